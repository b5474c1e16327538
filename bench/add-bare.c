/*
 * The floor for fh-report add (bench/report-add.sh): a bare C program that
 * opens the database, files one report and its event in one transaction
 * (the same SQL as the shell's in report-add.sh), and closes it.  No checks, no audit, no
 * messages: what is left is SQLite's own cost and the process's start.
 *
 * Usage: add-bare DB TOKENIZER.so
 */
#include <stdio.h>

#include <sqlite3.h>

static const char insert[] =
	"PRAGMA foreign_keys = ON; BEGIN IMMEDIATE;"
	" INSERT INTO reports(category, member_id, zone_id, group_id, reported_at, place, text)"
	" SELECT 'fire', id, zone_id, group_id, strftime('%Y-%m-%d %H:%M', 'now', 'localtime'),"
	" '北大街12号', '消防通道被杂物堵塞' FROM members WHERE code = 'S0001';"
	" INSERT INTO report_events(report_id, at, actor, action)"
	" VALUES (last_insert_rowid(), strftime('%Y-%m-%d %H:%M', 'now', 'localtime'), 'bench', 'filed');"
	" COMMIT;";

int main(int argc, char **argv)
{
	sqlite3 *db = NULL;
	char *msg = NULL;
	int rc;

	if (argc != 3) {
		fprintf(stderr, "usage: add-bare DB TOKENIZER.so\n");
		return 2;
	}
	rc = sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READWRITE, NULL);
	if (rc == SQLITE_OK) {
		sqlite3_busy_timeout(db, 5000);
		sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 1, NULL);
		rc = sqlite3_load_extension(db, argv[2], NULL, &msg);
	}
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(db, insert, NULL, NULL, &msg);
	if (rc != SQLITE_OK)
		fprintf(stderr, "add-bare: %s\n", msg ? msg : sqlite3_errmsg(db));
	sqlite3_free(msg);
	sqlite3_close(db);
	return rc != SQLITE_OK;
}
