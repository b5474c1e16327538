/* Unit tests of lib/store/config.c: the one writer of the categories table. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "fh/config.h"
#include "fh/db.h"

/* Counts the rows of categories equal to the defaults, and all rows. */
static void count_defaults(struct fh_db *db, int *same, int *all)
{
	const struct fh_config_category *c = fh_config_default_categories();
	sqlite3_stmt *st;

	*same = 0;
	assert_int_equal(sqlite3_prepare_v2(db->sql, "SELECT count(*) FROM categories WHERE code = ?1"
					    " AND family = ?2 AND label = ?3 AND deadline_days = ?4"
					    " AND headline IS ?5 AND unit IS ?6",
					    -1, &st, NULL), SQLITE_OK);
	for (; c->code; c++) {
		sqlite3_bind_text(st, 1, c->code, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, c->family, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, c->label, -1, SQLITE_STATIC);
		sqlite3_bind_int(st, 4, c->deadline_days);
		sqlite3_bind_text(st, 5, c->headline, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 6, c->unit, -1, SQLITE_STATIC);
		assert_int_equal(sqlite3_step(st), SQLITE_ROW);
		*same += sqlite3_column_int(st, 0);
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	assert_int_equal(sqlite3_prepare_v2(db->sql, "SELECT count(*) FROM categories", -1, &st, NULL),
			 SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	*all = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
}

/*
 * Migration 1 (released, never edited) still inserts categories; they
 * must be exactly config.c's defaults, which fh init puts in their place.
 */
static void init_seeds_the_default_categories(void **state)
{
	char dir[] = "/tmp/fh-test-config.XXXXXX", path[64];
	struct fh_error err = { 0 };
	struct fh_db *db = NULL;
	int same, all, n = 0;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/fh.db", dir);
	assert_int_equal(fh_db_open(&db, path, FH_DB_CREATE, &err), 0);
	for (const struct fh_config_category *c = fh_config_default_categories(); c->code; c++)
		n++;
	assert_int_equal(n, 12);
	count_defaults(db, &same, &all);
	assert_int_equal(same, n);
	assert_int_equal(all, n);
	assert_int_equal(fh_db_begin(db, &err), 0);
	assert_int_equal(fh_db_exec(db, "UPDATE categories SET label = 'x' WHERE code = 'fire'", &err), 0);
	assert_int_equal(fh_config_seed_categories(db, &err), 0);
	assert_int_equal(fh_db_commit(db, &err), 0);
	count_defaults(db, &same, &all);
	assert_int_equal(same, n);
	assert_int_equal(all, n);
	fh_db_close(db);
	unlink(path);
	rmdir(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(init_seeds_the_default_categories),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
