/*
 * Removing a person's data on request, and old data by the station's
 * retention policy, while keeping the station's counts: the member's row
 * stays (so reports, activities and statistics still add up) but
 * everything that identifies them is erased, everywhere in the file.
 *
 * A purge runs fh_purge_begin, any of the purges, fh_purge_finish, then
 * fh_db_commit (or fh_db_rollback for a dry run) and, after a commit,
 * fh_db_leave_no_trace.
 */
#ifndef FH_PURGE_H
#define FH_PURGE_H

#include "fh/db.h"
#include "fh/error.h"
#include "fh/out.h"

/*
 * Turns secure deletion on for the connection (freed space is zeroed) and
 * starts the write transaction.  Returns 0 or -1.
 */
int fh_purge_begin(struct fh_db *db, struct fh_error *err);

/*
 * In the transaction fh_purge_begin started, erases the personal data of
 * the member with code: name (replaced by FH_DB_ERASED), contact, phone,
 * address, coordinates and note; marks the member as left if it had not;
 * ends a leader term it holds; removes its name from meeting attendance.
 * fh_purge_finish then erases its name, contact, phone and address
 * wherever they stand in a text (notes, group names, activities, meetings,
 * action items, reports, report events, photo names) and masks the
 * personal numbers in the reports it filed.  Links by id stay (its
 * reports, attendance, leader terms, teams, equipment), so every count
 * stays.  Returns 0, or -1 with err ("unknown member 'S9'").
 */
int fh_purge_member(struct fh_db *db, const char *code, struct fh_error *err);

/*
 * fh_purge_member for every member that left before date (FH_DATE_LEN
 * text) and is not purged yet.  Returns 0 or -1.
 */
int fh_purge_left_before(struct fh_db *db, const char *date, struct fh_error *err);

/*
 * Erases the personal data of the reports filed before date and no longer
 * open (fh_report_forget_before).  Returns 0 or -1.
 */
int fh_purge_reports_before(struct fh_db *db, const char *date, struct fh_error *err);

/*
 * Erases the purged members' values from every text, each table read once
 * for all of them; merges the search index when reports changed, so that
 * no erased word stays in it; and writes to out what the transaction
 * changed: columns table and rows, one row for each table with changed
 * rows (no values).  Returns 0 or -1.
 */
int fh_purge_finish(struct fh_db *db, struct fh_out *out, struct fh_error *err);

#endif
