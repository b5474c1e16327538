/*
 * Zones: the one writer of the zones table.
 */
#include "fh/i18n.h"
#include "fh/rule.h"
#include "fh/sqlrun.h"
#include "fh/zone.h"

int fh_zone_add(struct fh_db *db, const char *code, const char *name,
		struct fh_error *err)
{
	int rc;

	if (fh_rule_code("zone", code, err) || fh_rule_utf8("the zone name", name, err) ||
	    fh_db_begin(db, err))
		return -1;
	rc = fh_sqlrun(db, err, NULL, "SELECT 1 FROM zones WHERE code = ?1", "t", code);
	if (rc > 0)
		rc = fh_error_set(err, _("zone '%s' already exists"), code);
	if (rc >= 0)
		rc = fh_sqlrun(db, err, NULL, "INSERT INTO zones(code, name) VALUES (?1, ?2)", "tt", code, name);
	return fh_sqlrun_finish(db, rc < 0, err);
}

int fh_zone_list(struct fh_db *db, struct fh_out *out, struct fh_error *err)
{
	sqlite3_stmt *st;
	int rc;

	if (fh_db_prepare(db, &st, "SELECT zone, name, groups, members FROM zones_v ORDER BY zone", err))
		return -1;
	rc = fh_out_stmt(out, st, err);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

int fh_zone_upsert(struct fh_db *db, sqlite3_stmt **cache, const char *code,
		   const char *name, sqlite3_int64 *id, struct fh_error *err)
{
	int rc;

	/* The statement is kept by the caller: an import upserts many zones. */
	if (!*cache && fh_db_prepare(db, cache, "INSERT INTO zones(code, name) VALUES (?1, ?2)"
				     " ON CONFLICT(code) DO UPDATE SET name = excluded.name RETURNING id", err))
		return -1;
	sqlite3_bind_text(*cache, 1, code, -1, SQLITE_STATIC);
	sqlite3_bind_text(*cache, 2, name, -1, SQLITE_STATIC);
	if ((rc = sqlite3_step(*cache)) == SQLITE_ROW) {
		*id = sqlite3_column_int64(*cache, 0);
		rc = sqlite3_step(*cache);
	}
	sqlite3_reset(*cache);
	return rc == SQLITE_DONE ? 0 : fh_db_error(db, err, _("cannot write"));
}
