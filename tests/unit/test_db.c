/* Unit tests of lib/store/db.c and lib/store/config.c: opening, migrations, the audit trail. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "fh/audit.h"
#include "fh/config.h"
#include "fh/db.h"
#include "fh/schema.h"
#include "fh/tokenizer.h"

struct fixture {
	char dir[64];
	char path[96];
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));

	if (!f)
		return -1;
	strcpy(f->dir, "/tmp/fh-test-db.XXXXXX");
	if (!mkdtemp(f->dir))
		return -1;
	snprintf(f->path, sizeof(f->path), "%s/fh.db", f->dir);
	setenv("FH_NOW", "2026-11-23 10:00", 1);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;

	fh_db_remove(f->path);
	rmdir(f->dir);
	free(f);
	return 0;
}

/* Runs a one-value query and returns its integer. */
static long long query_int(struct fh_db *db, const char *sql)
{
	sqlite3_stmt *stmt;
	long long v = -1;

	assert_int_equal(sqlite3_prepare_v2(db->sql, sql, -1, &stmt, NULL), SQLITE_OK);
	if (sqlite3_step(stmt) == SQLITE_ROW)
		v = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	return v;
}

static void create_makes_a_private_current_database(void **state)
{
	struct fixture *f = *state;
	struct fh_error err = { 0 };
	struct fh_db *db;
	struct stat st;
	int nsteps;

	fh_schema_migrations(&nsteps);
	assert_int_equal(fh_db_open(&db, f->path, FH_DB_CREATE, &err), 0);
	assert_int_equal(stat(f->path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	assert_int_equal(query_int(db, "PRAGMA user_version"), nsteps);
	assert_int_equal(query_int(db, "PRAGMA application_id"), FH_APPLICATION_ID);
	assert_int_equal(query_int(db, "PRAGMA foreign_keys"), 1);
	assert_int_equal(query_int(db, "SELECT count(*) FROM categories"), 12);
	fh_db_close(db);

	assert_int_equal(fh_db_open(&db, f->path, FH_DB_CREATE, &err), -1);
	assert_non_null(strstr(err.msg, "already exists"));
}

static void missing_database_says_run_init(void **state)
{
	struct fixture *f = *state;
	struct fh_error err = { 0 };
	struct fh_db *db;

	assert_int_equal(fh_db_open(&db, f->path, 0, &err), -1);
	assert_null(db);
	assert_non_null(strstr(err.msg, "run 'fh init'"));
	assert_int_equal(access(f->path, F_OK), -1);
}

static void older_schema_is_migrated_in_one_step(void **state)
{
	static const char *const steps[] = {
		"CREATE TABLE a (x INTEGER); INSERT INTO a VALUES (1);",
		"ALTER TABLE a ADD COLUMN y TEXT DEFAULT 'new';",
		"CREATE TABLE b (z);",
	};
	struct fixture *f = *state;
	struct fh_error err = { 0 };
	sqlite3 *sql;

	assert_int_equal(sqlite3_open(f->path, &sql), SQLITE_OK);
	/* A database at version 1 of this three-step history. */
	assert_int_equal(fh_db_migrate(sql, f->path, steps, 1, &err), 0);
	assert_int_equal(fh_db_migrate(sql, f->path, steps, 3, &err), 0);
	assert_int_equal(sqlite3_exec(sql, "SELECT y, z FROM a, b", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(sql);
}

/* Runs a one-value query on a raw connection and returns its integer. */
static long long raw_int(sqlite3 *sql, const char *q)
{
	sqlite3_stmt *stmt;
	long long v = -1;

	assert_int_equal(sqlite3_prepare_v2(sql, q, -1, &stmt, NULL), SQLITE_OK);
	if (sqlite3_step(stmt) == SQLITE_ROW)
		v = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	return v;
}

/*
 * The life-cycle migration rebuilds reports and report_events: ids, the
 * search index, the partial index and the triggers stay, a reopening
 * after handling counts as rework (after a dismissal it does not), and
 * the new status and events are accepted.
 */
static void lifecycle_migration_keeps_reports(void **state)
{
	struct fixture *f = *state;
	struct fh_error err = { 0 };
	const char *const *steps;
	int nsteps;
	sqlite3 *sql;

	steps = fh_schema_migrations(&nsteps);
	assert_true(nsteps >= 2);
	assert_int_equal(sqlite3_open(f->path, &sql), SQLITE_OK);
	assert_int_equal(fh_tokenizer_register(sql), SQLITE_OK);
	assert_int_equal(fh_db_migrate(sql, f->path, steps, 1, &err), 0);
	assert_int_equal(sqlite3_exec(sql,
		"INSERT INTO reports(id, category, reported_at, text, status) VALUES"
		" (7, 'fire', '2026-11-01 09:00', '楼道堆放杂物', 'open'),"
		" (9, 'dispute', '2026-11-02 09:00', '邻里纠纷', 'open');"
		"INSERT INTO report_events(report_id, at, actor, action) VALUES"
		" (7, '2026-11-01 09:00', 't', 'filed'), (7, '2026-11-01 10:00', 't', 'handled'),"
		" (7, '2026-11-01 11:00', 't', 'reopened'), (7, '2026-11-01 12:00', 't', 'dismissed'),"
		" (7, '2026-11-01 13:00', 't', 'reopened'), (9, '2026-11-02 09:00', 't', 'filed');",
		NULL, NULL, NULL), SQLITE_OK);
	assert_int_equal(fh_db_migrate(sql, f->path, steps, nsteps, &err), 0);
	assert_int_equal(raw_int(sql, "SELECT reworked FROM reports_v WHERE id = 7"), 1);
	assert_int_equal(raw_int(sql, "SELECT reworked + extended FROM reports_v WHERE id = 9"), 0);
	assert_int_equal(raw_int(sql, "SELECT rowid FROM reports_fts WHERE reports_fts MATCH '杂物'"), 7);
	assert_int_equal(raw_int(sql, "SELECT count(*) FROM sqlite_master WHERE name IN ('reports_active',"
				 " 'reports_zone_status', 'reports_fts_insert', 'reports_fts_update',"
				 " 'reports_fts_delete', 'report_events_report')"), 6);
	assert_int_equal(raw_int(sql, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
	assert_int_equal(sqlite3_exec(sql,
		"UPDATE reports SET status = 'closed', handled_at = '2026-11-03 09:00' WHERE id = 9;"
		"INSERT INTO report_events(report_id, at, actor, action, days) VALUES"
		" (9, '2026-11-03 09:00', 't', 'extended', 2);", NULL, NULL, NULL), SQLITE_OK);
	/* closed needs handled_at, as handled does; an extension needs its days. */
	assert_int_not_equal(sqlite3_exec(sql, "UPDATE reports SET handled_at = NULL WHERE id = 9",
					  NULL, NULL, NULL), SQLITE_OK);
	assert_int_not_equal(sqlite3_exec(sql, "INSERT INTO report_events(report_id, at, actor, action)"
					  " VALUES (9, '2026-11-03 09:00', 't', 'extended')",
					  NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(sql);
}

static void failed_migration_changes_nothing(void **state)
{
	static const char *const steps[] = {
		"CREATE TABLE a (x INTEGER);",
		"CREATE TABLE c (y); INSERT INTO nosuch VALUES (1);",
	};
	struct fixture *f = *state;
	struct fh_error err = { 0 };
	sqlite3 *sql;
	sqlite3_stmt *stmt;

	assert_int_equal(sqlite3_open(f->path, &sql), SQLITE_OK);
	assert_int_equal(fh_db_migrate(sql, f->path, steps, 1, &err), 0);
	assert_int_equal(fh_db_migrate(sql, f->path, steps, 2, &err), -1);
	assert_non_null(strstr(err.msg, "to schema version 2"));
	/* Table c of the failed step must not exist, and the version stays 1. */
	assert_int_not_equal(sqlite3_prepare_v2(sql, "SELECT * FROM c", -1, &stmt, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(sql, "PRAGMA user_version", -1, &stmt, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(stmt), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(stmt, 0), 1);
	sqlite3_finalize(stmt);
	sqlite3_close(sql);
}

static void newer_schema_is_refused(void **state)
{
	struct fixture *f = *state;
	struct fh_error err = { 0 };
	struct fh_db *db;

	assert_int_equal(fh_db_open(&db, f->path, FH_DB_CREATE, &err), 0);
	assert_int_equal(fh_db_exec(db, "PRAGMA user_version = 42", &err), 0);
	fh_db_close(db);
	assert_int_equal(fh_db_open(&db, f->path, 0, &err), -1);
	assert_non_null(strstr(err.msg, "has schema version 42, newer than this fh knows"));
}

static void writes_leave_who_what_and_which_rows(void **state)
{
	struct fixture *f = *state;
	struct fh_error err = { 0 };
	struct fh_db *db;
	sqlite3_stmt *stmt;

	assert_int_equal(fh_db_open(&db, f->path, FH_DB_CREATE, &err), 0);
	assert_int_equal(fh_db_set_actor(db, "王警官", "fh-group zone add Z1 北区块"), 0);
	assert_int_equal(fh_db_begin(db, &err), 0);
	for (int i = 1; i <= 5; i++) {
		char sql[128];

		snprintf(sql, sizeof(sql), "INSERT INTO zones(code, name) VALUES ('Z%d', 'zone %d')", i, i);
		assert_int_equal(fh_db_exec(db, sql, &err), 0);
	}
	assert_int_equal(fh_db_exec(db, "UPDATE zones SET name = 'x' WHERE code = 'Z2'", &err), 0);
	assert_int_equal(fh_db_exec(db, "DELETE FROM zones WHERE code IN ('Z4','Z5')", &err), 0);
	assert_int_equal(fh_db_commit(db, &err), 0);

	assert_int_equal(sqlite3_prepare_v2(db->sql,
		"SELECT actor, command, changes FROM audit_v", -1, &stmt, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(stmt), SQLITE_ROW);
	assert_string_equal((const char *)sqlite3_column_text(stmt, 0), "王警官");
	assert_string_equal((const char *)sqlite3_column_text(stmt, 1), "fh-group zone add Z1 北区块");
	assert_string_equal((const char *)sqlite3_column_text(stmt, 2),
			    "insert zones 1-5; update zones 2; delete zones 4-5");
	assert_int_equal(sqlite3_step(stmt), SQLITE_DONE);
	sqlite3_finalize(stmt);
	fh_db_close(db);
}

static void rolled_back_writes_leave_no_audit(void **state)
{
	struct fixture *f = *state;
	struct fh_error err = { 0 };
	struct fh_db *db;

	assert_int_equal(fh_db_open(&db, f->path, FH_DB_CREATE, &err), 0);
	assert_int_equal(fh_db_begin(db, &err), 0);
	assert_int_equal(fh_db_exec(db, "INSERT INTO zones(code, name) VALUES ('Z1', 'a')", &err), 0);
	/* A constraint failure part-way: the command gives up. */
	assert_int_equal(fh_db_exec(db, "INSERT INTO zones(code, name) VALUES ('Z1', 'b')", &err), -1);
	fh_db_rollback(db);
	assert_int_equal(query_int(db, "SELECT count(*) FROM zones"), 0);
	assert_int_equal(query_int(db, "SELECT count(*) FROM audit"), 0);
	fh_db_close(db);
}

/* Lists the audit rows that pass f as TSV without header; the caller frees. */
static char *audit_tsv(struct fh_db *db, const struct fh_audit_filter *f)
{
	struct fh_error err = { 0 };
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);
	struct fh_out *out = fh_out_new(fp, FH_FORMAT_TSV, FH_OUT_NO_HEADER);

	assert_int_equal(fh_audit_list(db, f, out, &err), 0);
	assert_int_equal(fh_out_finish(out), 0);
	fh_out_free(out);
	fclose(fp);
	return buf;
}

static void audit_list_filters_by_actor_and_time(void **state)
{
	struct fixture *f = *state;
	struct fh_error err = { 0 };
	struct fh_db *db;
	char *s;

	assert_int_equal(fh_db_open(&db, f->path, FH_DB_CREATE, &err), 0);
	for (int i = 1; i <= 2; i++) {
		char sql[96];

		assert_int_equal(fh_db_set_actor(db, i == 1 ? "a" : "b", "cmd"), 0);
		assert_int_equal(fh_db_begin(db, &err), 0);
		snprintf(sql, sizeof(sql), "INSERT INTO zones(code, name) VALUES ('Z%d', 'z')", i);
		assert_int_equal(fh_db_exec(db, sql, &err), 0);
		assert_int_equal(fh_db_commit(db, &err), 0);
	}
	s = audit_tsv(db, &(struct fh_audit_filter){ .actor = "b" });
	assert_string_equal(s, "2\t2026-11-23 10:00\tb\tcmd\tinsert zones 2\n");
	free(s);
	s = audit_tsv(db, &(struct fh_audit_filter){ .since = "2026-11-23 10:00",
						       .until = "2026-11-23 10:01" });
	assert_string_equal(s, "1\t2026-11-23 10:00\ta\tcmd\tinsert zones 1\n"
			       "2\t2026-11-23 10:00\tb\tcmd\tinsert zones 2\n");
	free(s);
	s = audit_tsv(db, &(struct fh_audit_filter){ .since = "2026-11-24 00:00" });
	assert_string_equal(s, "");
	free(s);
	fh_db_close(db);
}

static void config_sets_categories_and_deadlines(void **state)
{
	static const char yaml[] =
		"station: 枫泾派出所\n"
		"deadlines: {hazard: 2, service: 1}\n"
		"categories:\n"
		"  - {code: gas, family: hazard, label: 燃气隐患}\n"
		"  - {code: noise, family: incident, label: 噪声扰民, deadline: 5}\n"
		"photo_max_bytes: 2048\n";
	struct fixture *f = *state;
	struct fh_error err = { 0 };
	struct fh_db *db;
	FILE *fp = fmemopen((void *)yaml, sizeof(yaml) - 1, "r");
	int group_access;

	assert_int_equal(fh_db_open(&db, f->path, FH_DB_CREATE, &err), 0);
	assert_int_equal(fh_db_begin(db, &err), 0);
	assert_int_equal(fh_config_apply(db, fp, "station.yaml", &group_access, &err), 0);
	assert_int_equal(fh_db_commit(db, &err), 0);
	fclose(fp);
	assert_int_equal(query_int(db, "SELECT deadline_days FROM categories WHERE code = 'fire'"), 2);
	assert_int_equal(query_int(db, "SELECT deadline_days FROM categories WHERE code = 'gas'"), 2);
	assert_int_equal(query_int(db, "SELECT deadline_days FROM categories WHERE code = 'noise'"), 5);
	assert_int_equal(query_int(db, "SELECT deadline_days FROM categories WHERE code = 'theft'"), 7);
	assert_int_equal(fh_config_photo_max(db), 2048);
	assert_int_equal(group_access, 0);
	fh_db_close(db);
}

/* Applies yaml as a config and returns the error message (static buffer). */
static const char *config_error(const char *path, const char *yaml)
{
	static struct fh_error err;
	struct fh_db *db;
	FILE *fp = fmemopen((void *)yaml, strlen(yaml), "r");
	int group_access, rc;

	memset(&err, 0, sizeof(err));
	assert_int_equal(fh_db_open(&db, path, FH_DB_CREATE, &err), 0);
	assert_int_equal(fh_db_begin(db, &err), 0);
	rc = fh_config_apply(db, fp, "c.yaml", &group_access, &err);
	fh_db_rollback(db);
	fh_db_close(db);
	fh_db_remove(path);
	fclose(fp);
	assert_int_equal(rc, -1);
	return err.msg;
}

static void bad_configs_name_line_and_column(void **state)
{
	struct fixture *f = *state;

	assert_string_equal(config_error(f->path, "station: x\nstaton: y\n"),
			    "c.yaml:2:1: unknown key 'staton'");
	assert_string_equal(config_error(f->path, "deadlines: {hazard: 0}\n"),
			    "c.yaml:1:21: a deadline must be a whole number from 1 to 3650, not '0'");
	assert_string_equal(config_error(f->path, "categories:\n  - {code: Gas, family: hazard}\n"),
			    "c.yaml:2:12: invalid category code 'Gas' (use lower-case letters, digits and '-')");
	assert_string_equal(config_error(f->path, "categories:\n  - {code: gas, family: danger}\n"),
			    "c.yaml:2:25: unknown family 'danger' (valid: hazard, incident, service, other)");
	assert_string_equal(config_error(f->path, "a: &x [1]\nb: *x\n"),
			    "c.yaml:2:4: aliases are not allowed here");
	assert_string_equal(config_error(f->path, "station: [\n"),
			    "c.yaml:2:1: did not find expected node content");
	assert_string_equal(config_error(f->path, "station: *x\n"),
			    "c.yaml:1:10: aliases are not allowed here");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(create_makes_a_private_current_database, setup, teardown),
		cmocka_unit_test_setup_teardown(missing_database_says_run_init, setup, teardown),
		cmocka_unit_test_setup_teardown(older_schema_is_migrated_in_one_step, setup, teardown),
		cmocka_unit_test_setup_teardown(failed_migration_changes_nothing, setup, teardown),
		cmocka_unit_test_setup_teardown(newer_schema_is_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(writes_leave_who_what_and_which_rows, setup, teardown),
		cmocka_unit_test_setup_teardown(rolled_back_writes_leave_no_audit, setup, teardown),
		cmocka_unit_test_setup_teardown(audit_list_filters_by_actor_and_time, setup, teardown),
		cmocka_unit_test_setup_teardown(config_sets_categories_and_deadlines, setup, teardown),
		cmocka_unit_test_setup_teardown(lifecycle_migration_keeps_reports, setup, teardown),
		cmocka_unit_test_setup_teardown(bad_configs_name_line_and_column, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
