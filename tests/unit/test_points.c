/* Unit tests of lib/roster/points.c: the ledger's writes and the totals and items read from one query. */
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
#include "fh/points.h"

struct fixture {
	char dir[64];
	char path[96];
	struct fh_db *db;
};

/*
 * A station of two members: S1 leads G1 since 2026-10-05 (lead 5 in
 * 2026Q4), filed a fire report that was handled (1 + 2) and attended a
 * training (2); S2 filed a report that was dismissed (nothing).
 */
static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));
	struct fh_error err = { 0 };

	if (!f)
		return -1;
	strcpy(f->dir, "/tmp/fh-test-points.XXXXXX");
	if (!mkdtemp(f->dir))
		return -1;
	snprintf(f->path, sizeof(f->path), "%s/fh.db", f->dir);
	setenv("FH_NOW", "2026-11-23 10:00", 1);
	if (fh_db_open(&f->db, f->path, FH_DB_CREATE, &err) ||
	    fh_db_exec(f->db,
		       "INSERT INTO zones(id, code, name) VALUES (1, 'Z1', '北区块');"
		       "INSERT INTO groups(id, code, zone_id) VALUES (1, 'G1', 1);"
		       "INSERT INTO members(id, code, name, zone_id, group_id) VALUES"
		       " (1, 'S1', '茶馆', 1, 1), (2, 'S2', '药店', 1, 1);"
		       "INSERT INTO leader_terms(group_id, member_id, started_on) VALUES (1, 1, '2026-10-05');"
		       "INSERT INTO reports(id, category, member_id, zone_id, reported_at, text, status,"
		       " handled_at) VALUES (1, 'fire', 1, 1, '2026-11-02 09:00', 'x', 'handled',"
		       " '2026-11-03 10:00');"
		       "INSERT INTO reports(id, category, member_id, zone_id, reported_at, text, status)"
		       " VALUES (2, 'fire', 2, 1, '2026-11-04 09:00', 'y', 'dismissed');"
		       "INSERT INTO activities(id, kind, zone_id, held_on, created_at)"
		       " VALUES (1, 'training', 1, '2026-11-05', '2026-11-05 12:00');"
		       "INSERT INTO activity_attendance VALUES (1, 1);", &err)) {
		fprintf(stderr, "setup: %s\n", err.msg);
		return -1;
	}
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;

	fh_db_close(f->db);
	fh_db_remove(f->path);
	rmdir(f->dir);
	free(f);
	return 0;
}

/* The TSV rows (no header) that list writes; the caller frees them. */
static char *rows(struct fixture *f, int (*list)(struct fixture *, struct fh_out *, struct fh_error *))
{
	struct fh_error err = { 0 };
	char *buf = NULL;
	size_t size = 0;
	FILE *fp = open_memstream(&buf, &size);
	struct fh_out *out = fh_out_new(fp, FH_FORMAT_TSV, FH_OUT_NO_HEADER);

	assert_int_equal(list(f, out, &err), 0);
	assert_int_equal(fh_out_finish(out), 0);
	fh_out_free(out);
	fclose(fp);
	return buf;
}

static int list_all(struct fixture *f, struct fh_out *out, struct fh_error *err)
{
	struct fh_points_filter flt = { 0 };

	return fh_points_list(f->db, &flt, out, err);
}

static int show_s1(struct fixture *f, struct fh_out *out, struct fh_error *err)
{
	return fh_points_show(f->db, "S1", NULL, NULL, out, err);
}

static void totals_are_the_rules_over_the_data(void **state)
{
	struct fixture *f = *state;
	char *t = rows(f, list_all), *s = rows(f, show_s1);

	assert_string_equal(t, "S1\tZ1\tG1\t10\t10\t0\t0\t茶馆\n");
	assert_string_equal(s, "2026-10-05\tlead\t5\tG1 2026Q4\n"
			       "2026-11-02\treport_filed\t1\treport 1\n"
			       "2026-11-03\thazard_handled\t2\treport 1\n"
			       "2026-11-05\ttraining\t2\tactivity 1\n");
	free(t);
	free(s);
}

static void a_setting_changes_a_rule(void **state)
{
	struct fixture *f = *state;
	struct fh_error err = { 0 };
	char *t;

	assert_int_equal(fh_db_exec(f->db, "INSERT INTO settings VALUES ('points.lead', '0'),"
				    " ('points.training', '8')", &err), 0);
	t = rows(f, list_all);
	assert_string_equal(t, "S1\tZ1\tG1\t11\t11\t0\t0\t茶馆\n");
	free(t);
}

static void redeeming_more_than_the_balance_is_refused(void **state)
{
	struct fixture *f = *state;
	struct fh_error err = { 0 };
	char *t;

	assert_int_equal(fh_points_award(f->db, "S2", 3, "2026-11-10", "见义勇为", &err), 0);
	assert_int_equal(fh_points_redeem(f->db, "S2", 4, "2026-11-20", "兑换", &err), -1);
	assert_string_equal(err.msg, "member 'S2' has 3 points, cannot redeem 4");
	assert_int_equal(fh_points_redeem(f->db, "S2", 3, "2026-11-20", "兑换", &err), 0);
	assert_int_equal(fh_points_redeem(f->db, "S1", 11, "2026-11-20", "兑换", &err), -1);
	t = rows(f, list_all);
	assert_string_equal(t, "S1\tZ1\tG1\t10\t10\t0\t0\t茶馆\n"
			       "S2\tZ1\tG1\t0\t0\t3\t3\t药店\n");
	free(t);
}

static void an_award_needs_a_reason_and_a_past_date(void **state)
{
	struct fixture *f = *state;
	struct fh_error err = { 0 };

	assert_int_equal(fh_points_award(f->db, "S1", 3, "2026-11-10", "", &err), -1);
	assert_int_equal(fh_points_award(f->db, "S1", 0, "2026-11-10", "x", &err), -1);
	assert_int_equal(fh_points_award(f->db, "S1", 3, "2026-12-01", "x", &err), -1);
	assert_int_equal(fh_points_award(f->db, "S9", 3, "2026-11-10", "x", &err), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(totals_are_the_rules_over_the_data, setup, teardown),
		cmocka_unit_test_setup_teardown(a_setting_changes_a_rule, setup, teardown),
		cmocka_unit_test_setup_teardown(redeeming_more_than_the_balance_is_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(an_award_needs_a_reason_and_a_past_date, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
