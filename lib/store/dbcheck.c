/* The consistency checks of `fh check` (see fh/dbcheck.h). */
#include <string.h>

#include "fh/dbcheck.h"
#include "fh/i18n.h"

static const struct {
	const char *what, *fmt, *sql;
} checks[] = {
	{ N_("integrity"), NULL, "PRAGMA integrity_check" },
	{ N_("foreign key"), N_("%s row %d refers to a missing row of %s"),
	  "SELECT printf(?1, \"table\", rowid, parent)"
	  " FROM pragma_foreign_key_check" },
	{ N_("reports"), N_("report %d has status %s but its last event is %s"),
	  "SELECT printf(?1, r.id, r.status, e.action)"
	  " FROM reports r JOIN report_events e ON e.id ="
	  "  (SELECT max(id) FROM report_events WHERE report_id = r.id"
	  "   AND action IN ('filed','assigned','handled','dismissed','reopened','verified','rejected'))"
	  " WHERE CASE e.action WHEN 'filed' THEN 'open' WHEN 'reopened' THEN 'open'"
	  "  WHEN 'verified' THEN 'closed'"
	  /* A rejection sends a report back to its officer, or to open without one. */
	  "  WHEN 'rejected' THEN CASE WHEN r.officer IS NULL THEN 'open' ELSE 'assigned' END"
	  "  ELSE e.action END <> r.status" },
};

/*
 * Hands each row of a check query to sink as a problem; returns how many,
 * or -1.  A query's ?1 is its message's format, in the user's language.
 */
static int run_check(struct fh_db *db, const char *sql, const char *fmt, const char *what,
		     fh_dbcheck_sink sink, void *ctx, struct fh_error *err)
{
	sqlite3_stmt *stmt;
	int n = 0, rc;

	if (fh_db_prepare(db, &stmt, sql, err))
		return -1;
	if (fmt)
		sqlite3_bind_text(stmt, 1, fmt, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		const char *text = (const char *)sqlite3_column_text(stmt, 0);

		if (text && !strcmp(text, "ok"))
			continue;
		sink(ctx, what, text ? text : "?");
		n++;
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE) {
		/* FTS5 reports a damaged index as an error, not as rows. */
		if (rc == SQLITE_CORRUPT || rc == SQLITE_CORRUPT_VTAB) {
			sink(ctx, what, sqlite3_errmsg(db->sql));
			return n + 1;
		}
		return fh_db_error(db, err, what);
	}
	return n;
}

int fh_dbcheck_run(struct fh_db *db, fh_dbcheck_sink sink, void *ctx, struct fh_error *err)
{
	int problems = 0;

	/* FTS5 checks its index through a special insert, which writes nothing. */
	if (sqlite3_exec(db->sql, "INSERT INTO reports_fts(reports_fts) VALUES ('integrity-check')",
			 NULL, NULL, NULL) != SQLITE_OK && sqlite3_errcode(db->sql) != SQLITE_READONLY) {
		sink(ctx, NULL, sqlite3_errmsg(db->sql));
		problems++;
	}
	for (size_t i = 0; i < sizeof(checks) / sizeof(checks[0]); i++) {
		int n = run_check(db, checks[i].sql, checks[i].fmt ? _(checks[i].fmt) : NULL,
				  _(checks[i].what), sink, ctx, err);

		if (n < 0)
			return -1;
		problems += n;
	}
	return problems;
}
