/*
 * The roster's problems: one definition, with the problem codes and their
 * labels in one table.
 */
#include <string.h>

#include "fh/check.h"
#include "fh/i18n.h"
#include "fh/lookup.h"

const struct fh_check_problem fh_check_problems[] = {
	{ "size", N_("size out of bounds") },
	{ "no-leader", N_("no leader") },
	{ "leader-not-member", N_("leader is not a member of the group") },
	{ "letter-unsigned", N_("letter not signed") },
	{ "ungrouped", N_("active member without a group") },
	{ "cross-zone", N_("member in another zone than its group") },
	{ NULL, NULL },
};

const char *fh_check_label(const char *code)
{
	for (int i = 0; fh_check_problems[i].code; i++)
		if (!strcmp(fh_check_problems[i].code, code))
			return _(fh_check_problems[i].label);
	return code;
}

int fh_check_groups(struct fh_db *db, const struct fh_check_options *opt,
		    struct fh_out *out, struct fh_error *err)
{
	/*
	 * The details, parameters ?4 to ?10: in the reader's language in a
	 * table, English in the machine formats (formats keep their order).
	 */
	static const char *const details[] = {
		N_("size %d, not within %d..%d"), N_("no leader"), N_("leader left on %s"),
		N_("leader is not a member of the group"), N_("letter not signed"),
		N_("active member without a group"), N_("member in zone %s, group in zone %s"),
	};
	sqlite3_stmt *st;
	int rc;

	if (fh_lookup_check(db, FH_ZONE, opt->zone, err))
		return -1;
	if (fh_db_prepare(db, &st,
		"WITH g AS (SELECT g.id, g.code, g.zone_id, z.code AS zone,"
		"  (SELECT count(*) FROM members m WHERE m.group_id = g.id AND m.left_on IS NULL) AS size"
		"  FROM groups g JOIN zones z ON z.id = g.zone_id"
		"  WHERE g.dissolved_on IS NULL AND (?3 IS NULL OR z.code = ?3)),"
		" t AS (SELECT t.*, m.code AS member, m.group_id AS mgroup, m.left_on AS mleft"
		"  FROM leader_terms t JOIN members m ON m.id = t.member_id WHERE t.ended_on IS NULL)"
		"SELECT problem, zone, \"group\", member, detail FROM ("
		" SELECT 1 AS o, 'size' AS problem, g.zone, g.code AS \"group\", NULL AS member,"
		"  printf(?4, g.size, ?1, ?2) AS detail"
		"  FROM g WHERE g.size < ?1 OR g.size > ?2"
		" UNION ALL SELECT 2, 'no-leader', g.zone, g.code, NULL, ?5"
		"  FROM g WHERE NOT EXISTS (SELECT 1 FROM t WHERE t.group_id = g.id)"
		" UNION ALL SELECT 3, 'leader-not-member', g.zone, g.code, t.member,"
		"  CASE WHEN t.mleft IS NOT NULL THEN printf(?6, t.mleft) ELSE ?7 END"
		"  FROM g JOIN t ON t.group_id = g.id"
		"  WHERE t.mleft IS NOT NULL OR t.mgroup IS NOT g.id"
		" UNION ALL SELECT 4, 'letter-unsigned', g.zone, g.code, t.member, ?8"
		"  FROM g JOIN t ON t.group_id = g.id WHERE t.letter_signed IS NULL"
		" UNION ALL SELECT 5, 'ungrouped', z.code, NULL, m.code, ?9"
		"  FROM members m JOIN zones z ON z.id = m.zone_id"
		"  WHERE m.left_on IS NULL AND m.kind <> 'mobile' AND m.group_id IS NULL"
		"  AND (?3 IS NULL OR z.code = ?3)"
		" UNION ALL SELECT 6, 'cross-zone', g.zone, g.code, m.code,"
		"  printf(?10, mz.code, g.zone)"
		"  FROM g JOIN members m ON m.group_id = g.id JOIN zones mz ON mz.id = m.zone_id"
		"  WHERE m.left_on IS NULL AND m.zone_id <> g.zone_id"
		") ORDER BY o, \"group\", member", err))
		return -1;
	sqlite3_bind_int(st, 1, opt->min);
	sqlite3_bind_int(st, 2, opt->max);
	sqlite3_bind_text(st, 3, opt->zone, -1, SQLITE_STATIC);
	for (int i = 0; i < (int)(sizeof(details) / sizeof(details[0])); i++)
		sqlite3_bind_text(st, 4 + i, fh_out_for_people(out) ? _(details[i]) : details[i],
				  -1, SQLITE_STATIC);
	rc = fh_out_stmt(out, st, err);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? (int)fh_out_rows(out) : -1;
}
