/*
 * The history of a corrected record (an activity, a meeting, an action
 * item): the note of an 'edited' event, with each old and new value, and
 * the masking that keeps personal numbers out of it, as the audit trail
 * keeps them out of its command lines.
 */
#ifndef FH_HISTORY_H
#define FH_HISTORY_H

#include <sqlite3.h>

#include "fh/db.h"
#include "fh/error.h"

/*
 * Returns a new string (the caller frees it) listing the fields whose
 * values differ, "field 'old' -> 'new'" joined by "; " (NULL reads as
 * ''), over the n fields names[i] with values old[i] and now[i]; personal
 * numbers are masked as fh_history_mask does.  Sets *changed to the
 * number of fields that differ.  NULL when out of memory.
 */
char *fh_history_diff(const char *const *names, char *const *old, char *const *now, int n,
		      int *changed);

/*
 * Returns a new copy of s with personal numbers and runs of 7 or more
 * digits masked (fh_mask_text, then fh_mask_digits), as the audit trail
 * records a command line: history is kept for good, so it never holds
 * those values in full.  NULL when out of memory.
 */
char *fh_history_mask(const char *s);

/*
 * Records an event of record id (and item, a sub-record, unless 0) in the
 * caller's transaction by sql, an INSERT of its owner module taking ?1
 * the id, ?2 the item (NULL for 0), ?3 the time, ?4 the actor, ?5 the
 * action and ?6 the note.  Returns 0 or -1.
 */
int fh_history_add(struct fh_db *db, const char *sql, sqlite3_int64 id, sqlite3_int64 item,
		   const char *action, const char *note, struct fh_error *err);

/*
 * Cancels record id for reason (UTF-8, not empty; stored masked): runs
 * update, an UPDATE of the owner module taking ?1 the id, ?2 the time and
 * ?3 the reason, then records a 'cancelled' event by event (as
 * fh_history_add, with item).  Returns 0 or -1.
 */
int fh_history_cancel(struct fh_db *db, const char *update, const char *event, sqlite3_int64 id,
		      sqlite3_int64 item, const char *reason, struct fh_error *err);

#endif
