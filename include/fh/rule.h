/*
 * The roster's rules that are not one table's: how codes, text and dates
 * of things that happened must look.  The commands (zone, member, group,
 * team, equipment) and the roster import call these same functions, so a
 * value refused by one entry point is refused by all of them.
 */
#ifndef FH_RULE_H
#define FH_RULE_H

#include "fh/error.h"

/*
 * Refuses a code that is empty or holds a space, tab or newline, or is not
 * UTF-8.  what is "zone", "group", "member" or "team".  0, or -1 (a wrong value).
 */
int fh_rule_code(const char *what, const char *code, struct fh_error *err);

/*
 * Refuses text typed on the command line that is not UTF-8 (NULL is
 * fine); what names it in the message.  Returns 0, or -1 (a wrong value).
 */
int fh_rule_utf8(const char *what, const char *s, struct fh_error *err);

/*
 * Refuses s when it is not a YYYY-MM-DD date of the calendar (NULL and ""
 * are fine: not given).  what ("--on") prefixes the message.  0 or -1.
 */
int fh_rule_date(const char *what, const char *s, struct fh_error *err);

/*
 * The date of something that happened (joined, left, handed out, signed,
 * a leader's term started): a valid date, not after today (fh_now, local
 * time).  what ("--left") prefixes the message; the import passes NULL
 * and puts file:line:col in front instead.  0, or -1 (a wrong value).
 */
int fh_rule_past(const char *what, const char *s, struct fh_error *err);

/*
 * Refuses a member who left before joining (either may be NULL or "").
 * Returns 0, or -1 (a wrong value).
 */
int fh_rule_joined_left(const char *joined, const char *left, struct fh_error *err);

#endif
