/*
 * Unit tests of lib/plan/plan.c: loading members, numbering and writing the
 * groups (the geometry is test_kd.c's).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "fh/db.h"
#include "fh/out.h"
#include "fh/plan.h"

static void natural_order_compares_numbers_by_value(void **state)
{
	(void)state;
	assert_true(fh_plan_natural_cmp("北大街2号", "北大街10号") < 0);
	assert_true(fh_plan_natural_cmp("北大街10号", "北大街2号") > 0);
	assert_true(fh_plan_natural_cmp("北大街10号", "北大街10号") == 0);
	assert_true(fh_plan_natural_cmp("北大街10号", "北大街10号之1") < 0);
	assert_true(fh_plan_natural_cmp("G9", "G10") < 0);
	assert_true(fh_plan_natural_cmp("G009", "G010") < 0);
	assert_true(fh_plan_natural_cmp("G02", "G2") != 0);
	assert_true(fh_plan_natural_cmp("A", "B") < 0);
}

/* ---- The database part ---- */

struct dbfix {
	char dir[64];
	char path[96];
	struct fh_db *db;
};

static int db_setup(void **state)
{
	struct dbfix *f = calloc(1, sizeof(*f));
	struct fh_error err = { 0 };

	if (!f)
		return -1;
	setenv("FH_NOW", "2026-11-23 10:00", 1);
	strcpy(f->dir, "/tmp/fh-test-plan.XXXXXX");
	if (!mkdtemp(f->dir))
		return -1;
	snprintf(f->path, sizeof(f->path), "%s/fh.db", f->dir);
	if (fh_db_open(&f->db, f->path, FH_DB_CREATE, &err)) {
		fprintf(stderr, "%s\n", err.msg);
		return -1;
	}
	fh_db_set_actor(f->db, "test", "test_plan");
	*state = f;
	return 0;
}

static int db_teardown(void **state)
{
	struct dbfix *f = *state;

	fh_db_close(f->db);
	fh_db_remove(f->path);
	rmdir(f->dir);
	free(f);
	return 0;
}

static void sql(struct dbfix *f, const char *s)
{
	char *msg = NULL;

	if (sqlite3_exec(f->db->sql, s, NULL, NULL, &msg) != SQLITE_OK)
		fail_msg("%s: %s", s, msg);
}

/* Runs a query returning one integer. */
static long long one(struct dbfix *f, const char *s)
{
	sqlite3_stmt *stmt;
	long long v = -1;

	assert_int_equal(sqlite3_prepare_v2(f->db->sql, s, -1, &stmt, NULL), SQLITE_OK);
	if (sqlite3_step(stmt) == SQLITE_ROW)
		v = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	return v;
}

/* Runs a query returning one text, copied into buf. */
static const char *text(struct dbfix *f, const char *s, char *buf, size_t size)
{
	sqlite3_stmt *stmt;

	assert_int_equal(sqlite3_prepare_v2(f->db->sql, s, -1, &stmt, NULL), SQLITE_OK);
	buf[0] = '\0';
	if (sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_text(stmt, 0))
		snprintf(buf, size, "%s", (const char *)sqlite3_column_text(stmt, 0));
	sqlite3_finalize(stmt);
	return buf;
}

/*
 * Runs the planner with its output as TSV into buf.  Returns what
 * fh_plan_run returned.
 */
static int run_plan(struct dbfix *f, const struct fh_plan_options *opt,
		    struct fh_error *err, char *buf, size_t size)
{
	FILE *fp = tmpfile();
	struct fh_out *out;
	size_t got;
	int rc;

	assert_non_null(fp);
	out = fh_out_new(fp, FH_FORMAT_TSV, 0);
	assert_non_null(out);
	rc = fh_plan_run(f->db, opt, out, err);
	fh_out_finish(out);
	fh_out_free(out);
	rewind(fp);
	got = fread(buf, 1, size - 1, fp);
	buf[got] = '\0';
	fclose(fp);
	return rc;
}

/* Two zones with 25 located shops each, and members the planner leaves alone. */
static void station(struct dbfix *f)
{
	char s[256];

	sql(f, "INSERT INTO zones(id, code, name) VALUES (1, 'Z1', '北区块'), (2, 'Z2', '南区块')");
	sql(f, "INSERT INTO groups(id, code, zone_id) VALUES (1, 'G099', 1), (2, 'G100', 1)");
	for (int i = 0; i < 50; i++) {
		snprintf(s, sizeof(s),
			 "INSERT INTO members(code, name, zone_id, lat, lon) VALUES ('S%03d', '店%d', %d, %.6f, %.6f)",
			 i + 1, i + 1, i < 25 ? 1 : 2, 30.89 + (i % 25) * 0.0001,
			 /* Z2 lies right beside Z1: only the zone keeps them apart. */
			 121.02 + (i < 25 ? 0 : 0.00005));
		sql(f, s);
	}
	sql(f, "INSERT INTO members(code, name, zone_id, group_id, lat, lon) VALUES ('S900', '老店', 1, 2, 30.89, 121.02)");
	sql(f, "INSERT INTO members(code, kind, name, zone_id, lat, lon) VALUES ('M001', 'mobile', '骑手', 1, 30.89, 121.02)");
	sql(f, "INSERT INTO members(code, name, zone_id, lat, lon, left_on) VALUES ('S901', '旧店', 1, 30.89, 121.02, '2026-01-01')");
}

static void plan_apply_groups_each_zone_apart(void **state)
{
	struct dbfix *f = *state;
	/* New groups only: G100 (one member) would otherwise take eleven of Z1's. */
	struct fh_plan_options opt = { .size = 10, .min = 8, .max = 12, .apply = 1, .no_fill = 1 };
	struct fh_error err = { 0 };
	static char out[8192];
	char buf[64];

	station(f);
	if (run_plan(f, &opt, &err, out, sizeof(out)))
		fail_msg("%s", err.msg);
	/* 25 members a zone make 3 groups (of 8, 8 and 9). */
	assert_int_equal(one(f, "SELECT count(*) FROM groups"), 2 + 6);
	assert_string_equal(text(f, "SELECT min(code) FROM groups WHERE id > 2", buf, sizeof(buf)), "G101");
	assert_string_equal(text(f, "SELECT max(code) FROM groups", buf, sizeof(buf)), "G106");
	assert_int_equal(one(f, "SELECT count(*) FROM groups WHERE id > 2 AND formed_on = '2026-11-23'"), 6);
	/* No group crosses a zone, and every size is within bounds. */
	assert_int_equal(one(f, "SELECT count(*) FROM members m JOIN groups g ON g.id = m.group_id WHERE g.zone_id <> m.zone_id"), 0);
	assert_int_equal(one(f, "SELECT count(*) FROM (SELECT group_id, count(*) AS n FROM members WHERE group_id > 2 GROUP BY group_id) WHERE n NOT BETWEEN 8 AND 12"), 0);
	/* The grouped, mobile and departed members are as they were. */
	assert_int_equal(one(f, "SELECT group_id FROM members WHERE code = 'S900'"), 2);
	assert_int_equal(one(f, "SELECT count(*) FROM members WHERE code IN ('M001', 'S901') AND group_id IS NULL"), 2);
	assert_int_equal(one(f, "SELECT count(*) FROM members WHERE group_id IS NULL"), 2);
	/* The rows printed are the plan written, by group then member. */
	{
		sqlite3_stmt *stmt;
		char expect[8192] = "member\tgroup\n";
		size_t len = strlen(expect);

		assert_int_equal(sqlite3_prepare_v2(f->db->sql,
			"SELECT m.code, g.code FROM members m JOIN groups g ON g.id = m.group_id "
			"WHERE g.id > 2 ORDER BY g.code, m.code", -1, &stmt, NULL), SQLITE_OK);
		while (sqlite3_step(stmt) == SQLITE_ROW)
			len += (size_t)snprintf(expect + len, sizeof(expect) - len, "%s\t%s\n",
						sqlite3_column_text(stmt, 0), sqlite3_column_text(stmt, 1));
		sqlite3_finalize(stmt);
		assert_string_equal(out, expect);
	}
	/* The audit trail has the one command. */
	assert_int_equal(one(f, "SELECT count(*) FROM audit"), 1);
	/* Planning again finds nobody to place and writes nothing at all. */
	if (run_plan(f, &opt, &err, out, sizeof(out)))
		fail_msg("%s", err.msg);
	assert_string_equal(out, "member\tgroup\n");
	assert_int_equal(one(f, "SELECT count(*) FROM audit"), 1);
	assert_int_equal(one(f, "SELECT count(*) FROM groups"), 2 + 6);
}

static void plan_without_apply_changes_nothing(void **state)
{
	struct dbfix *f = *state;
	struct fh_plan_options opt = { .size = 10, .min = 8, .max = 12, .no_fill = 1 };
	struct fh_error err = { 0 };
	static char first[8192], second[8192];

	station(f);
	if (run_plan(f, &opt, &err, first, sizeof(first)))
		fail_msg("%s", err.msg);
	assert_int_equal(one(f, "SELECT count(*) FROM groups"), 2);
	assert_int_equal(one(f, "SELECT count(*) FROM members WHERE group_id IS NOT NULL"), 1);
	assert_int_equal(one(f, "SELECT count(*) FROM audit"), 0);
	assert_non_null(strstr(first, "\tG106\n"));
	/* And planning again gives the same plan. */
	assert_int_equal(run_plan(f, &opt, &err, second, sizeof(second)), 0);
	assert_string_equal(first, second);
}

static void plan_of_one_zone_leaves_the_others(void **state)
{
	struct dbfix *f = *state;
	struct fh_plan_options opt = { .size = 10, .zone = "Z2", .apply = 1 };
	struct fh_error err = { 0 };
	static char out[8192];

	station(f);
	if (run_plan(f, &opt, &err, out, sizeof(out)))
		fail_msg("%s", err.msg);
	assert_int_equal(one(f, "SELECT count(*) FROM members WHERE zone_id = 1 AND group_id IS NULL"), 27);
	assert_int_equal(one(f, "SELECT count(*) FROM members WHERE zone_id = 2 AND group_id IS NULL"), 0);
	assert_int_equal(one(f, "SELECT count(DISTINCT zone_id) FROM groups WHERE id > 2"), 1);
}

static void unknown_zone_is_refused(void **state)
{
	struct dbfix *f = *state;
	struct fh_plan_options opt = { .size = 10, .zone = "Z9", .apply = 1 };
	struct fh_error err = { 0 };
	char out[256];

	station(f);
	assert_int_equal(run_plan(f, &opt, &err, out, sizeof(out)), -1);
	assert_string_equal(err.msg, "unknown zone 'Z9'");
	assert_int_equal(one(f, "SELECT count(*) FROM groups"), 2);
	assert_int_equal(f->db->in_transaction, 0);
}

static void bad_bounds_are_refused(void **state)
{
	struct dbfix *f = *state;
	struct fh_plan_options opt = { .size = 10, .min = 12, .max = 8 };
	struct fh_error err = { 0 };
	char out[256];

	assert_int_equal(run_plan(f, &opt, &err, out, sizeof(out)), -1);
	assert_int_equal(err.status, FH_FAIL);
	assert_string_equal(err.msg, "minimum group size 12 is above the maximum 8");
}

static void first_codes_are_g001_without_groups(void **state)
{
	struct dbfix *f = *state;
	struct fh_plan_options opt = { .size = 5, .apply = 1 };
	struct fh_error err = { 0 };
	char out[4096], buf[64];

	sql(f, "INSERT INTO zones(id, code, name) VALUES (1, 'Z1', '北区块')");
	for (int i = 0; i < 12; i++) {
		char s[200];

		snprintf(s, sizeof(s), "INSERT INTO members(code, name, zone_id, lat, lon) VALUES ('S%02d', '店', 1, %.5f, 121.02)",
			 i, 30.89 + i * 0.0001);
		sql(f, s);
	}
	if (run_plan(f, &opt, &err, out, sizeof(out)))
		fail_msg("%s", err.msg);
	assert_string_equal(text(f, "SELECT group_concat(code) FROM (SELECT code FROM groups ORDER BY code)", buf, sizeof(buf)),
			    "G001,G002");
}

static void members_without_place_follow_address_order(void **state)
{
	struct dbfix *f = *state;
	struct fh_plan_options opt = { .size = 5, .min = 5, .max = 5, .apply = 1 };
	struct fh_error err = { 0 };
	static char out[4096];
	/* Scrambled, so neither code nor insertion order is address order. */
	static const int num[] = { 7, 2, 10, 15, 1, 12, 9, 4, 14, 3, 11, 6, 13, 5, 8 };
	char buf[256];

	sql(f, "INSERT INTO zones(id, code, name) VALUES (1, 'Z1', '北区块')");
	sql(f, "INSERT INTO groups(code, zone_id) VALUES ('Q7', 1)");
	for (int i = 0; i < 15; i++) {
		char s[200];

		snprintf(s, sizeof(s), "INSERT INTO members(code, name, zone_id, address) VALUES ('S%02d', '店', 1, '北大街%d号')",
			 i, num[i]);
		sql(f, s);
	}
	if (run_plan(f, &opt, &err, out, sizeof(out)))
		fail_msg("%s", err.msg);
	/* Groups of 1-5, 6-10 and 11-15: 北大街2号 is not with 北大街10号. */
	assert_string_equal(text(f,
		"SELECT group_concat(a, ' ') FROM (SELECT g.code || ':' || group_concat(replace(replace(m.address, '北大街', ''), '号', ''), ',') AS a "
		"FROM (SELECT * FROM members ORDER BY CAST(replace(replace(address, '北大街', ''), '号', '') AS INTEGER)) m "
		"JOIN groups g ON g.id = m.group_id GROUP BY g.code ORDER BY length(g.code), g.code)", buf, sizeof(buf)),
		"Q8:1,2,3,4,5 Q9:6,7,8,9,10 Q10:11,12,13,14,15");
}

static void located_and_unlocated_members_are_grouped_apart(void **state)
{
	struct dbfix *f = *state;
	struct fh_plan_options opt = { .size = 5, .min = 4, .max = 6, .apply = 1 };
	struct fh_error err = { 0 };
	static char out[8192];

	sql(f, "INSERT INTO zones(id, code, name) VALUES (1, 'Z1', '北区块')");
	for (int i = 0; i < 20; i++) {
		char s[256];

		if (i % 2)
			snprintf(s, sizeof(s), "INSERT INTO members(code, name, zone_id, address) VALUES ('S%02d', '店', 1, '和平街%d号')", i, i);
		else
			snprintf(s, sizeof(s), "INSERT INTO members(code, name, zone_id, address, lat, lon) VALUES ('S%02d', '店', 1, '北大街%d号', 30.89, %.5f)",
				 i, i, 121.02 + i * 0.0001);
		sql(f, s);
	}
	if (run_plan(f, &opt, &err, out, sizeof(out)))
		fail_msg("%s", err.msg);
	/* Ten on the map make two groups, ten by address two more: none mixed. */
	assert_int_equal(one(f, "SELECT count(*) FROM groups"), 4);
	assert_int_equal(one(f, "SELECT count(*) FROM (SELECT group_id FROM members GROUP BY group_id "
			     "HAVING count(DISTINCT lat IS NULL) > 1)"), 0);
}

static void large_plan_keeps_the_group_index(void **state)
{
	enum { N = 60000 };
	struct dbfix *f = *state;
	struct fh_plan_options opt = { .size = 10, .apply = 1 };
	struct fh_error err = { 0 };
	FILE *null = fopen("/dev/null", "w");
	struct fh_out *out;
	char buf[256];

	assert_non_null(null);
	sql(f, "INSERT INTO zones(id, code, name) VALUES (1, 'Z1', '北区块'), (2, 'Z2', '南区块')");
	sql(f, "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 59999)\n"
	       "INSERT INTO members(code, name, zone_id, lat, lon)\n"
	       "SELECT printf('S%05d', i), '店', 1 + i % 2, 30.88 + (i / 250) * 0.0001, 121.01 + (i % 250) * 0.0001 FROM n");
	out = fh_out_new(null, FH_FORMAT_TSV, 0);
	assert_non_null(out);
	if (fh_plan_run(f->db, &opt, out, &err))
		fail_msg("%s", err.msg);
	fh_out_free(out);
	fclose(null);
	assert_int_equal(one(f, "SELECT count(*) FROM members WHERE group_id IS NULL"), 0);
	assert_int_equal(one(f, "SELECT count(*) FROM groups"), N / 10);
	assert_int_equal(one(f, "SELECT count(*) FROM (SELECT count(*) AS n FROM members GROUP BY group_id) WHERE n NOT BETWEEN 8 AND 12"), 0);
	assert_int_equal(one(f, "SELECT count(*) FROM members m JOIN groups g ON g.id = m.group_id WHERE g.zone_id <> m.zone_id"), 0);
	assert_string_equal(text(f, "SELECT sql FROM sqlite_schema WHERE name = 'members_group'", buf, sizeof(buf)),
			    "CREATE INDEX members_group ON members(group_id)");
	assert_string_equal(text(f, "PRAGMA integrity_check", buf, sizeof(buf)), "ok");
	assert_string_equal(text(f, "SELECT changes FROM audit_v", buf, sizeof(buf)),
			    "insert groups 1-6000; update members 1-60000");
}

static void fresh_codes_follow_the_commonest_prefix(void **state)
{
	struct dbfix *f = *state;
	struct fh_plan_options opt = { .size = 5, .apply = 1 };
	struct fh_error err = { 0 };
	char out[4096], buf[128];

	sql(f, "INSERT INTO zones(id, code, name) VALUES (1, 'Z1', '北区块')");
	/* G wins over 东 and the code without digits; G999 is its highest. */
	sql(f, "INSERT INTO groups(code, zone_id) VALUES ('G998', 1), ('G999', 1), ('G05', 1), "
	       "('东1', 1), ('东2', 1), ('老街组', 1)");
	for (int i = 0; i < 10; i++) {
		char s[200];

		snprintf(s, sizeof(s), "INSERT INTO members(code, name, zone_id, lat, lon) VALUES ('S%02d', '店', 1, %.5f, 121.02)",
			 i, 30.89 + i * 0.0001);
		sql(f, s);
	}
	if (run_plan(f, &opt, &err, out, sizeof(out)))
		fail_msg("%s", err.msg);
	assert_string_equal(text(f, "SELECT group_concat(code) FROM (SELECT code FROM groups WHERE id > 6 ORDER BY id)", buf, sizeof(buf)),
			    "G1000,G1001");
}

/*
 * A zone with two groups 1 km apart (G1 at lon 121.00, G2 at 121.01) of
 * have members each, and new shops: want_g1 beside G1, want_g2 beside G2.
 */
static void grown_zone(struct dbfix *f, int have, int want_g1, int want_g2)
{
	char s[256];

	sql(f, "INSERT INTO zones(id, code, name) VALUES (1, 'Z1', '北区块')");
	sql(f, "INSERT INTO groups(id, code, zone_id) VALUES (1, 'G1', 1), (2, 'G2', 1)");
	for (int i = 0; i < 2 * have; i++) {
		snprintf(s, sizeof(s), "INSERT INTO members(code, name, zone_id, group_id, lat, lon)"
			 " VALUES ('A%02d', '店', 1, %d, %.5f, %.5f)", i, i % 2 + 1, 30.89 + i / 2 * 0.0001,
			 121.00 + i % 2 * 0.01);
		sql(f, s);
	}
	for (int i = 0; i < want_g1 + want_g2; i++) {
		snprintf(s, sizeof(s), "INSERT INTO members(code, name, zone_id, lat, lon)"
			 " VALUES ('N%02d', '新店', 1, %.5f, %.5f)", i, 30.89 + i * 0.0001,
			 i < want_g1 ? 121.0002 : 121.0102);
		sql(f, s);
	}
}

static void newcomers_join_the_nearest_group_with_room(void **state)
{
	struct dbfix *f = *state;
	struct fh_plan_options opt = { .size = 10, .min = 8, .max = 12, .apply = 1 };
	struct fh_error err = { 0 };
	static char out[4096];

	grown_zone(f, 8, 3, 4);
	if (run_plan(f, &opt, &err, out, sizeof(out)))
		fail_msg("%s", err.msg);
	assert_int_equal(one(f, "SELECT count(*) FROM groups"), 2);
	assert_int_equal(one(f, "SELECT count(*) FROM members WHERE group_id IS NULL"), 0);
	assert_int_equal(one(f, "SELECT count(*) FROM members WHERE code BETWEEN 'N00' AND 'N02' AND group_id = 1"), 3);
	assert_int_equal(one(f, "SELECT count(*) FROM members WHERE code BETWEEN 'N03' AND 'N06' AND group_id = 2"), 4);
	/* Rows by group, then member. */
	assert_string_equal(out, "member\tgroup\nN00\tG1\nN01\tG1\nN02\tG1\n"
			    "N03\tG2\nN04\tG2\nN05\tG2\nN06\tG2\n");
}

static void a_full_group_sends_newcomers_to_the_next(void **state)
{
	struct dbfix *f = *state;
	struct fh_plan_options opt = { .size = 10, .min = 8, .max = 12 };
	struct fh_error err = { 0 };
	static char out[4096];

	/* G1 has room for 4 of the 6 beside it; the other 2 go to G2, 1 km off, which has room. */
	grown_zone(f, 8, 6, 0);
	if (run_plan(f, &opt, &err, out, sizeof(out)))
		fail_msg("%s", err.msg);
	/* G1 takes the four nearest its centre (N02-N05); N00 and N01 go on to G2. */
	assert_string_equal(out, "member\tgroup\nN02\tG1\nN03\tG1\nN04\tG1\nN05\tG1\n"
			    "N00\tG2\nN01\tG2\n");
}

static void new_groups_only_for_those_left(void **state)
{
	struct dbfix *f = *state;
	struct fh_plan_options opt = { .size = 10, .min = 8, .max = 12, .apply = 1 };
	struct fh_error err = { 0 };
	static char out[4096];

	/* Room for 1 + 1; 18 newcomers: 2 join, 16 make new groups within bounds. */
	grown_zone(f, 11, 9, 9);
	if (run_plan(f, &opt, &err, out, sizeof(out)))
		fail_msg("%s", err.msg);
	assert_int_equal(one(f, "SELECT count(*) FROM members WHERE code LIKE 'N%' AND group_id IN (1, 2)"), 2);
	assert_int_equal(one(f, "SELECT count(*) FROM groups"), 4);
	assert_int_equal(one(f, "SELECT count(*) FROM (SELECT group_id, count(*) AS n FROM members"
			     " GROUP BY group_id) WHERE n NOT BETWEEN 8 AND 12"), 0);
}

static void too_few_left_call_back_their_neighbours(void **state)
{
	struct dbfix *f = *state;
	struct fh_plan_options opt = { .size = 10, .min = 8, .max = 12, .apply = 1 };
	struct fh_error err = { 0 };
	static char out[4096];

	/*
	 * Room for 4 + 4; 12 newcomers: 8 would join and 4 be left, too few
	 * for a group of 8 or more: 4 of those placed are called back.
	 */
	grown_zone(f, 8, 6, 6);
	if (run_plan(f, &opt, &err, out, sizeof(out)))
		fail_msg("%s", err.msg);
	assert_int_equal(one(f, "SELECT count(*) FROM groups"), 3);
	assert_int_equal(one(f, "SELECT count(*) FROM members WHERE group_id = 3"), 8);
	assert_int_equal(one(f, "SELECT count(*) FROM members WHERE group_id IS NULL"), 0);
	assert_int_equal(one(f, "SELECT count(*) FROM (SELECT group_id, count(*) AS n FROM members"
			     " GROUP BY group_id) WHERE n NOT BETWEEN 8 AND 12"), 0);
}

static void dissolved_groups_and_no_fill_take_nobody(void **state)
{
	struct dbfix *f = *state;
	struct fh_plan_options opt = { .size = 10, .min = 8, .max = 12 };
	struct fh_error err = { 0 };
	static char out[4096];

	grown_zone(f, 8, 8, 0);
	sql(f, "UPDATE groups SET dissolved_on = '2026-06-01' WHERE code = 'G1'");
	sql(f, "UPDATE members SET group_id = NULL WHERE group_id = 1 AND code LIKE 'A%'");
	sql(f, "UPDATE members SET left_on = '2026-06-01' WHERE code LIKE 'A%' AND group_id IS NULL");
	if (run_plan(f, &opt, &err, out, sizeof(out)))
		fail_msg("%s", err.msg);
	/* G1 is dissolved: nobody joins it (G2 takes 4, the other 4 call them back into a new group). */
	assert_null(strstr(out, "\tG1\n"));
	opt.no_fill = 1;
	if (run_plan(f, &opt, &err, out, sizeof(out)))
		fail_msg("%s", err.msg);
	assert_null(strstr(out, "\tG1\n"));
	assert_null(strstr(out, "\tG2\n"));
}

static void newcomers_without_place_join_their_address_neighbours(void **state)
{
	struct dbfix *f = *state;
	struct fh_plan_options opt = { .size = 10, .min = 8, .max = 12 };
	struct fh_error err = { 0 };
	static char out[4096];
	char s[256];

	sql(f, "INSERT INTO zones(id, code, name) VALUES (1, 'Z1', '北区块')");
	sql(f, "INSERT INTO groups(id, code, zone_id) VALUES (1, 'G1', 1), (2, 'G2', 1)");
	for (int i = 1; i <= 16; i++) {
		snprintf(s, sizeof(s), "INSERT INTO members(code, name, zone_id, group_id, address)"
			 " VALUES ('A%02d', '店', 1, %d, '北大街%d号')", i, i <= 8 ? 1 : 2, i * 2);
		sql(f, s);
	}
	sql(f, "INSERT INTO members(code, name, zone_id, address) VALUES ('N1', '新店', 1, '北大街5号'),"
	       " ('N2', '新店', 1, '北大街29号'), ('N3', '新店', 1, NULL)");
	if (run_plan(f, &opt, &err, out, sizeof(out)))
		fail_msg("%s", err.msg);
	/* 5号 sits among G1's 2-16号, 29号 among G2's 18-32号; N3 has no address to go by. */
	assert_non_null(strstr(out, "N1\tG1\n"));
	assert_non_null(strstr(out, "N2\tG2\n"));
	assert_null(strstr(out, "N3\tG1\n"));
	assert_null(strstr(out, "N3\tG2\n"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(natural_order_compares_numbers_by_value),
		cmocka_unit_test_setup_teardown(plan_apply_groups_each_zone_apart, db_setup, db_teardown),
		cmocka_unit_test_setup_teardown(plan_without_apply_changes_nothing, db_setup, db_teardown),
		cmocka_unit_test_setup_teardown(plan_of_one_zone_leaves_the_others, db_setup, db_teardown),
		cmocka_unit_test_setup_teardown(unknown_zone_is_refused, db_setup, db_teardown),
		cmocka_unit_test_setup_teardown(bad_bounds_are_refused, db_setup, db_teardown),
		cmocka_unit_test_setup_teardown(first_codes_are_g001_without_groups, db_setup, db_teardown),
		cmocka_unit_test_setup_teardown(fresh_codes_follow_the_commonest_prefix, db_setup, db_teardown),
		cmocka_unit_test_setup_teardown(members_without_place_follow_address_order, db_setup, db_teardown),
		cmocka_unit_test_setup_teardown(located_and_unlocated_members_are_grouped_apart, db_setup, db_teardown),
		cmocka_unit_test_setup_teardown(large_plan_keeps_the_group_index, db_setup, db_teardown),
		cmocka_unit_test_setup_teardown(newcomers_join_the_nearest_group_with_room, db_setup, db_teardown),
		cmocka_unit_test_setup_teardown(a_full_group_sends_newcomers_to_the_next, db_setup, db_teardown),
		cmocka_unit_test_setup_teardown(new_groups_only_for_those_left, db_setup, db_teardown),
		cmocka_unit_test_setup_teardown(too_few_left_call_back_their_neighbours, db_setup, db_teardown),
		cmocka_unit_test_setup_teardown(dissolved_groups_and_no_fill_take_nobody, db_setup, db_teardown),
		cmocka_unit_test_setup_teardown(newcomers_without_place_join_their_address_neighbours, db_setup, db_teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
