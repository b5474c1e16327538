/* Reading the audit trail (see include/fh/audit.h); lib/store/db.c writes it. */
#include "fh/audit.h"

int fh_audit_list(struct fh_db *db, const struct fh_audit_filter *f, struct fh_out *out,
		  struct fh_error *err)
{
	sqlite3_stmt *stmt;
	int rc;

	if (fh_db_prepare(db, &stmt,
			  "SELECT id, at, actor, command, changes FROM audit_v"
			  " WHERE (?1 = '' OR at >= ?1) AND (?2 = '' OR at < ?2)"
			  " AND (?3 IS NULL OR actor = ?3) ORDER BY id", err))
		return -1;
	sqlite3_bind_text(stmt, 1, f->since ? f->since : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 2, f->until ? f->until : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 3, f->actor, -1, SQLITE_STATIC);
	rc = fh_out_stmt(out, stmt, err);
	sqlite3_finalize(stmt);
	return rc == SQLITE_DONE ? 0 : -1;
}
