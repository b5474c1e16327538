/*
 * Equipment: the one writer of the equipment_moves table.
 */
#include <stdlib.h>

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
		return fh_error_set(err, _("the item must not be empty"));
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
	sqlite3_stmt *st = NULL;
	char *zones = NULL, *groups = NULL;
	int rc = -1;

	/* zone and group may be comma lists (fh(1)); each code must exist. */
	if (fh_lookup_filter(db, FH_ZONE, zone, &zones, err) ||
	    fh_lookup_filter(db, FH_GROUP, group, &groups, err) ||
	    fh_db_prepare(db, &st,
			  "SELECT member, name, zone, \"group\", item, count, since FROM equipment_v"
			  " WHERE (?1 IS NULL OR zone IN (SELECT value FROM json_each(?1)))"
			  " AND (?2 IS NULL OR \"group\" IN (SELECT value FROM json_each(?2)))"
			  " AND (?3 IS NULL OR instr(',' || ?3 || ',', ',' || item || ',') > 0)"
			  " ORDER BY member, item", err))
		goto done;
	sqlite3_bind_text(st, 1, zones, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, groups, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, item, -1, SQLITE_STATIC);
	rc = fh_out_stmt(out, st, err) == SQLITE_DONE ? 0 : -1;
done:
	sqlite3_finalize(st);
	free(zones);
	free(groups);
	return rc;
}

/* ---- check ---- */

int fh_equipment_scrub(struct fh_db *db, const char *const *values, struct fh_error *err)
{
	static const char *const columns[] = { "note", NULL };

	return fh_db_scrub(db, "equipment_moves", columns, values, err);
}
