/*
 * The roster's problems: one definition of each (the SQL conditions
 * below), one table of their codes and labels, used by fh-group check and
 * by the agenda's group_issues section, so both say the same thing.
 */
#include <string.h>

#include "fh/check.h"
#include "fh/i18n.h"
#include "fh/lookup.h"

/*
 * The labels are catalogue messages like every other code's: English in
 * the C locale, Chinese under zh_CN, the same in fh-group check and in
 * the agenda (any format), which both call fh_check_label.
 */
const struct fh_check_problem fh_check_problems[] = {
	{ "size", N_("size out of bounds") },
	{ "no-leader", N_("without a leader") },
	{ "leader-left", N_("leader has left") },
	{ "leader-not-member", N_("leader not in the group") },
	{ "letter-unsigned", N_("letter not signed") },
	{ "ungrouped", N_("without a group") },
	{ "cross-zone", N_("across zones") },
	{ "inactive", N_("no reports or activities") },
	{ NULL, NULL },
};

const char *fh_check_label(const char *code)
{
	for (int i = 0; code && fh_check_problems[i].code; i++)
		if (!strcmp(fh_check_problems[i].code, code))
			return _(fh_check_problems[i].label);
	return code;
}

/* The SQL function fh_problem_label(CODE): fh_check_label. */
static void label_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const char *code = (const char *)sqlite3_value_text(argv[0]);

	(void)argc;
	sqlite3_result_text(ctx, fh_check_label(code), -1, SQLITE_TRANSIENT);
}

int fh_check_register(struct fh_db *db, struct fh_error *err)
{
	if (sqlite3_create_function(db->sql, "fh_problem_label", 1,
				    SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY,
				    NULL, label_fn, NULL, NULL) != SQLITE_OK)
		return fh_db_error(db, err, _("cannot read the roster"));
	return 0;
}

/*
 * The active groups (those of where), each with its current leader term
 * and leader: what every group problem is computed from.
 */
#define GROUPS_CTE(where) \
	"gs AS (SELECT g.id, g.code, g.name, g.zone_id, z.code AS zone, t.id AS term," \
	" t.letter_signed, lm.code AS leader, lm.left_on AS leader_left," \
	" lm.group_id AS leader_group FROM groups g JOIN zones z ON z.id = g.zone_id" \
	" LEFT JOIN leader_terms t ON t.group_id = g.id AND t.ended_on IS NULL" \
	" LEFT JOIN members lm ON lm.id = t.member_id" \
	" WHERE g.dissolved_on IS NULL AND " where ")"

/* The problems of a group, each defined here once, over a row of gs. */
#define NO_LEADER "term IS NULL"
#define LEADER_LEFT "leader_left IS NOT NULL"
#define LEADER_NOT_MEMBER "term IS NOT NULL AND leader_left IS NULL AND leader_group IS NOT id"
#define LETTER_UNSIGNED "term IS NOT NULL AND letter_signed IS NULL"
/* With the columns reports and activities of a span (see fh_check_agenda_sql). */
#define INACTIVE FH_CHECK_INACTIVE("reports", "activities")

/* Activities held in [?2, ?3): their date at midnight compared with the bounds. */
#define HELD_IN_SPAN "a.held_on || ' 00:00' >= ?2 AND a.held_on || ' 00:00' < ?3"

const char fh_check_agenda_sql[] =
	"WITH " GROUPS_CTE("g.zone_id = ?1") ","
	" ga AS (SELECT gs.*,"
	"  (SELECT count(*) FROM reports r WHERE r.group_id = gs.id"
	"   AND r.reported_at >= ?2 AND r.reported_at < ?3) AS reports,"
	"  (SELECT count(*) FROM activities a WHERE " HELD_IN_SPAN
	"   AND (a.group_id = gs.id OR EXISTS (SELECT 1 FROM activity_attendance x"
	"    JOIN members m ON m.id = x.member_id"
	"    WHERE x.activity_id = a.id AND m.group_id = gs.id))) AS activities FROM gs)"
	" SELECT \"group\", name, issue, fh_problem_label(issue) AS label, leader FROM ("
	"  SELECT code AS \"group\", name, 'no-leader' AS issue, leader, 1 AS o FROM ga WHERE " NO_LEADER
	"  UNION ALL SELECT code, name, 'leader-left', leader, 2 FROM ga WHERE " LEADER_LEFT
	"  UNION ALL SELECT code, name, 'leader-not-member', leader, 3 FROM ga WHERE " LEADER_NOT_MEMBER
	"  UNION ALL SELECT code, name, 'letter-unsigned', leader, 4 FROM ga WHERE " LETTER_UNSIGNED
	"  UNION ALL SELECT code, name, 'inactive', leader, 5 FROM ga WHERE " INACTIVE ")"
	" ORDER BY \"group\", o";

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
	char *zones = NULL;
	sqlite3_stmt *st;
	int rc;

	/* zone may be a comma list (fh(1)): the problems of any of them. */
	if (fh_lookup_filter(db, FH_ZONE, opt->zone, &zones, err) || fh_check_register(db, err)) {
		free(zones);
		return -1;
	}
	if (fh_db_prepare(db, &st,
		"WITH " GROUPS_CTE("(?3 IS NULL OR z.code IN (SELECT value FROM json_each(?3)))") ","
		" g AS (SELECT gs.*, (SELECT count(*) FROM members m WHERE m.group_id = gs.id"
		"  AND m.left_on IS NULL) AS size FROM gs)"
		"SELECT problem, zone, \"group\", member, detail, fh_problem_label(problem) AS label FROM ("
		" SELECT 1 AS o, 'size' AS problem, zone, code AS \"group\", NULL AS member,"
		"  printf(?4, size, ?1, ?2) AS detail FROM g WHERE size < ?1 OR size > ?2"
		" UNION ALL SELECT 2, 'no-leader', zone, code, NULL, ?5 FROM g WHERE " NO_LEADER
		" UNION ALL SELECT 3, 'leader-left', zone, code, leader, printf(?6, leader_left)"
		"  FROM g WHERE " LEADER_LEFT
		" UNION ALL SELECT 3, 'leader-not-member', zone, code, leader, ?7"
		"  FROM g WHERE " LEADER_NOT_MEMBER
		" UNION ALL SELECT 4, 'letter-unsigned', zone, code, leader, ?8 FROM g WHERE " LETTER_UNSIGNED
		" UNION ALL SELECT 5, 'ungrouped', z.code, NULL, m.code, ?9"
		"  FROM members m JOIN zones z ON z.id = m.zone_id"
		"  WHERE m.left_on IS NULL AND m.kind <> 'mobile' AND m.group_id IS NULL"
		"  AND (?3 IS NULL OR z.code IN (SELECT value FROM json_each(?3)))"
		" UNION ALL SELECT 6, 'cross-zone', g.zone, g.code, m.code,"
		"  printf(?10, mz.code, g.zone)"
		"  FROM g JOIN members m ON m.group_id = g.id JOIN zones mz ON mz.id = m.zone_id"
		"  WHERE m.left_on IS NULL AND m.zone_id <> g.zone_id"
		") ORDER BY o, \"group\", member", err)) {
		free(zones);
		return -1;
	}
	sqlite3_bind_int(st, 1, opt->min);
	sqlite3_bind_int(st, 2, opt->max);
	sqlite3_bind_text(st, 3, zones, -1, SQLITE_STATIC);
	for (int i = 0; i < (int)(sizeof(details) / sizeof(details[0])); i++)
		sqlite3_bind_text(st, 4 + i, fh_out_for_people(out) ? _(details[i]) : details[i],
				  -1, SQLITE_STATIC);
	rc = fh_out_stmt(out, st, err);
	sqlite3_finalize(st);
	free(zones);
	return rc == SQLITE_DONE ? (int)fh_out_rows(out) : -1;
}
