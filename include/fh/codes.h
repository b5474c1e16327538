/*
 * Every fixed value list of fh, defined once: member kinds, report
 * statuses, severities and channels, category families, activity kinds
 * and usual topics, meeting kinds, members' trades.  Validation,
 * messages, table labels (each code's gettext label) and the shell
 * completion (through `fh codes`) all read them here.  Group problems
 * are the roster's (fh/roster.h).
 */
#ifndef FH_CODES_H
#define FH_CODES_H

#include <stddef.h>

#include "fh/error.h"
#include "fh/out.h"

enum fh_code_list {
	FH_CODES_MEMBER_KIND,    /* "kinds": shop, household, organisation, mobile */
	FH_CODES_STATUS,         /* "statuses": a report's, open, assigned, handled, closed, dismissed */
	FH_CODES_SEVERITY,       /* "severities": low ... urgent */
	FH_CODES_CHANNEL,        /* "channels": how a report came in (--via) */
	FH_CODES_FAMILY,         /* "families": of report categories */
	FH_CODES_ACTIVITY_KIND,  /* "activity-kinds": training, drill, ... */
	FH_CODES_TOPIC,          /* "topics": the usual topics of activities (free text) */
	FH_CODES_MEETING_KIND,   /* "meeting-kinds": zone, joint */
	FH_CODES_TEAM_KIND,      /* "team-kinds": patrol, publicity, inspection, service, other */
	FH_CODES_TRADE,          /* "trades": a member's trade, rider ... other; a station adds its own */
	FH_CODES_COUNT
};

/* The codes of list, in their documented order, ending with NULL (static). */
const char *const *fh_codes(enum fh_code_list list);

/* The name of list as `fh codes` takes it, e.g. "severities" (static). */
const char *fh_codes_name(enum fh_code_list list);

/* Returns 1 if code is in list, else 0. */
int fh_codes_has(enum fh_code_list list, const char *code);

/*
 * Whether a report's status means the station has done its part: handled,
 * or handled and verified (closed).  Every figure that counts "handled"
 * counts through this or FH_CODES_DONE_SQL, so a verified report never
 * drops out of them.  Returns 1 or 0 (NULL: 0).
 */
int fh_codes_status_done(const char *status);

/* FH_CODES_DONE_SQL("r.status"): the SQL form of fh_codes_status_done. */
#define FH_CODES_DONE_SQL(col) col " IN ('handled', 'closed')"

/*
 * Writes the codes of list into buf as "a, b, c" for messages; returns
 * buf, cut short when size is too small.
 */
const char *fh_codes_join(enum fh_code_list list, char *buf, size_t size);

/*
 * Returns 1 if code is in any list (its label is then gettext(code), in
 * the catalogue), else 0.
 */
int fh_codes_known(const char *code);

/*
 * What a user typed for a code of list, as the code: s itself when it is
 * a code (or not known: the caller's check then names it), else the code
 * whose label s is, in the reader's language or in Chinese whatever the
 * locale, such as "open" for 未处置.  The one resolver of typed labels of
 * the fixed lists; NULL stays NULL.
 */
const char *fh_codes_input(enum fh_code_list list, const char *s);

/*
 * Sets *list to the list named name (see fh_codes_name).  Returns 0, or
 * -1 with a usage error naming the value and the valid names.
 */
int fh_codes_find(const char *name, enum fh_code_list *list, struct fh_error *err);

/*
 * Writes list to out as rows code, label (the label in the reader's
 * language); FH_CODES_COUNT writes the lists' names instead, one column
 * list.  Returns 0.
 */
int fh_codes_write(struct fh_out *out, enum fh_code_list list);

#endif
