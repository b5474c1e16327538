/*
 * Equipment: the one writer of the equipment_moves table.
 */
#include "fh/equipment.h"
#include "fh/i18n.h"
#include "fh/lookup.h"
#include "fh/member.h"
#include "fh/rule.h"
#include "fh/sqlrun.h"

int fh_equipment_issue(struct fh_db *db, const char *member, const char *item,
		       long long count, const char *date, struct fh_error *err)
{
	sqlite3_int64 mid;
	int rc;

	if (!*item)
		return fh_error_usage(err, _("the item must not be empty"));
	if (fh_rule_past("--on", date, err) || fh_db_begin(db, err))
		return -1;
	rc = fh_member_active(db, member, &mid, err);
	if (!rc)
		rc = fh_sqlrun(db, err, NULL, "INSERT INTO equipment_moves(member_id, item, count, on_date)"
			 " VALUES (?1, ?2, ?3, ?4)", "itit", mid, item, (sqlite3_int64)count, date) < 0;
	return fh_sqlrun_finish(db, rc ? -1 : 0, err);
}

int fh_equipment_return(struct fh_db *db, const char *member, const char *item,
			long long count, const char *date, struct fh_error *err)
{
	sqlite3_int64 mid, held = 0;
	int rc;

	if (fh_rule_past("--on", date, err) || fh_db_begin(db, err))
		return -1;
	rc = fh_lookup(db, FH_MEMBER, member, &mid, err);
	if (!rc && fh_sqlrun(db, err, &held, "SELECT coalesce(sum(count), 0) FROM equipment_moves"
		       " WHERE member_id = ?1 AND item = ?2", "it", mid, item) < 0)
		rc = -1;
	if (!rc && held < count)
		rc = fh_error_set(err, _("member '%s' holds %lld '%s', cannot return %lld"), member,
				  (long long)held, item, count);
	if (!rc)
		rc = fh_sqlrun(db, err, NULL, "INSERT INTO equipment_moves(member_id, item, count, on_date)"
			 " VALUES (?1, ?2, ?3, ?4)", "itit", mid, item, (sqlite3_int64)-count, date) < 0;
	return fh_sqlrun_finish(db, rc ? -1 : 0, err);
}

int fh_equipment_list(struct fh_db *db, const char *zone, const char *group,
		      const char *item, struct fh_out *out, struct fh_error *err)
{
	char zbuf[FH_LOOKUP_CODE_MAX], gbuf[FH_LOOKUP_CODE_MAX];
	sqlite3_stmt *st;
	int rc;

	if (fh_lookup_code(db, FH_ZONE, &zone, zbuf, err) || fh_lookup_code(db, FH_GROUP, &group, gbuf, err))
		return -1;
	if (fh_db_prepare(db, &st,
			  "SELECT member, name, zone, \"group\", item, count, since FROM equipment_v"
			  " WHERE (?1 IS NULL OR zone = ?1) AND (?2 IS NULL OR \"group\" = ?2)"
			  " AND (?3 IS NULL OR item = ?3) ORDER BY member, item", err))
		return -1;
	sqlite3_bind_text(st, 1, zone, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, group, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, item, -1, SQLITE_STATIC);
	rc = fh_out_stmt(out, st, err);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* ---- check ---- */
