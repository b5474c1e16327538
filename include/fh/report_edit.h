/*
 * Corrections to filed reports: edit their values (by the rules of a new
 * report) and add notes of progress, each kept as an event of the report
 * ('edited' with every old and new value, 'noted' with the note).
 */
#ifndef FH_REPORT_EDIT_H
#define FH_REPORT_EDIT_H

#include <stddef.h>
#include <sqlite3.h>

#include "fh/db.h"
#include "fh/error.h"
#include "fh/report.h"

/*
 * Changes each of the n reports ids (repeats count once) to the values
 * given in changes (NULL: kept; photos are not edited), in one
 * transaction.  The new values pass the checks of fh_report_add.  A new
 * member, zone or group re-derives the zone and group not given, as at
 * add; lat and lon go together; an empty where clears the place.  A
 * report whose values change gets one 'edited' event whose note lists
 * each changed field as "field 'old' -> 'new'" joined by "; "; one left
 * the same gets none.  Returns 0, or -1 with err set and nothing changed.
 */
int fh_report_edit(struct fh_db *db, const char *actor,
		   const sqlite3_int64 *ids, size_t n,
		   const struct fh_report_input *changes, struct fh_error *err);

/*
 * Records note (UTF-8, not blank) as a 'noted' event of each of the n
 * reports ids, whatever their status, and adds it to the report's notes
 * for search, in one transaction.  Returns 0, or -1 with err set and
 * nothing changed.
 */
int fh_report_note(struct fh_db *db, const char *actor,
		   const sqlite3_int64 *ids, size_t n, const char *note,
		   struct fh_error *err);

#endif
