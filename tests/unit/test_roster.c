/* Unit tests of the roster readers (lib/roster/roster_read.c) and the import (lib/roster/roster.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "fh/roster.h"

/* What the reader handed over, as one line per record: "kind line:col key=value ...". */
struct seen {
	char text[4096];
	int n;
	int stop_at;  /* return an error at this record (1-based), 0 never */
};

static int collect(void *ctx, const struct fh_roster_record *rec, struct fh_error *err)
{
	static const char *const kinds[] = { "station", "zone", "group", "member" };
	struct seen *s = ctx;
	size_t len = strlen(s->text);

	if (++s->n == s->stop_at)
		return fh_error_set(err, "stopped at record %d", s->n);
	if (len > sizeof(s->text) - 512)
		return 0;  /* only the count matters for long inputs */
	len += (size_t)snprintf(s->text + len, sizeof(s->text) - len, "%s %lu:%lu", kinds[rec->kind],
				rec->line, rec->col);
	for (int i = 0; i < FH_RF_COUNT; i++)
		if (rec->f[i].given)
			len += (size_t)snprintf(s->text + len, sizeof(s->text) - len, " %s=%s@%lu:%lu",
						fh_roster_key(i), rec->f[i].value ? rec->f[i].value : "~",
						rec->f[i].line, rec->f[i].col);
	snprintf(s->text + len, sizeof(s->text) - len, "\n");
	return 0;
}

/* Reads text as a roster named name; returns the reader's result. */
static int read_text(const char *text, const char *name, enum fh_roster_format fmt,
		     struct seen *s, struct fh_error *err)
{
	FILE *fp = fmemopen((void *)text, strlen(text), "r");
	int rc;

	assert_non_null(fp);
	rc = fh_roster_read(fp, name, fmt, 0, collect, s, err);
	fclose(fp);
	return rc;
}

static void yaml_gives_records_in_file_order_with_places(void **state)
{
	struct seen s = { 0 };
	struct fh_error err = { 0 };

	(void)state;
	assert_int_equal(read_text("station: 枫泾派出所\n"
				   "zones:\n"
				   "  - {code: Z1, name: 北区块}\n"
				   "members:\n"
				   "  - code: S1\n"
				   "    name: 老街茶馆\n"
				   "    zone: Z1\n"
				   "    lat: 30.5\n", "r.yaml", FH_ROSTER_AUTO, &s, &err), 0);
	assert_string_equal(s.text,
			    "station 1:10 name=枫泾派出所@1:10\n"
			    "zone 3:5 code=Z1@3:12 name=北区块@3:22\n"
			    "member 5:5 code=S1@5:11 name=老街茶馆@6:11 zone=Z1@7:11 lat=30.5@8:10\n");
}

static void yaml_null_is_given_without_a_value(void **state)
{
	struct seen s = { 0 };
	struct fh_error err = { 0 };

	(void)state;
	assert_int_equal(read_text("members:\n  - {code: S1, name: A, zone: Z1, phone: ~, note: \"~\", group: }\n",
				   "r.yaml", FH_ROSTER_AUTO, &s, &err), 0);
	assert_non_null(strstr(s.text, "phone=~@"));
	assert_non_null(strstr(s.text, "group=~@"));
	/* A quoted ~ is text, not null; only the marker shows it here. */
	assert_non_null(strstr(s.text, "note=~@2:51"));
}

static void yaml_empty_document_gives_no_records(void **state)
{
	struct seen s = { 0 };
	struct fh_error err = { 0 };

	(void)state;
	assert_int_equal(read_text("", "r.yaml", FH_ROSTER_AUTO, &s, &err), 0);
	assert_int_equal(read_text("# nothing yet\n", "r.yaml", FH_ROSTER_AUTO, &s, &err), 0);
	assert_int_equal(read_text("zones:\nmembers: []\n", "r.yaml", FH_ROSTER_AUTO, &s, &err), 0);
	assert_int_equal(s.n, 0);
}

static void yaml_errors_name_file_line_and_column(void **state)
{
	static const struct {
		const char *text, *msg;
	} cases[] = {
		{ "zones:\n  - {code: Z1, name: A, colour: red}\n",
		  "r.yaml:2:25: unknown key 'colour' in a zone" },
		{ "members:\n  - {code: S1, name: [A], zone: Z1}\n",
		  "r.yaml:2:22: 'name' must be text, not a list" },
		{ "members:\n  - {code: S1, name: A, zone: Z1, lat: {x: 1}}\n",
		  "r.yaml:2:40: 'lat' must be a number, not a mapping" },
		{ "members:\n  - {code: S1, name: A, zone: Z1, lon: east}\n",
		  "r.yaml:2:40: 'lon' must be a number from -180 to 180, not 'east'" },
		{ "members:\n  - {code: S1, name: A, zone: Z1, joined: 2026-02-30}\n",
		  "r.yaml:2:43: invalid date '2026-02-30': no such day" },
		{ "teams:\n  - {code: T1, name: A, kind: car}\n",
		  "r.yaml:2:31: invalid team kind 'car' (valid: patrol, publicity, inspection, service, other)" },
		{ "members:\n  - {code: S1, name: A, zone: Z1, teams: [T1, [T2]]}\n",
		  "r.yaml:2:47: 'teams' must be a list of codes" },
		{ "members:\n  - {code: S1, name: A, zone: Z1, kind: car}\n",
		  "r.yaml:2:41: invalid kind 'car' (valid: shop, household, organisation, mobile)" },
		{ "members:\n  - {code: S1, zone: Z1}\n", "r.yaml:2:5: member has no 'name'" },
		{ "members:\n  - {code: S1, name: ~, zone: Z1}\n", "r.yaml:2:22: member 'name' must not be empty" },
		{ "members:\n  - {code: S 1, name: A, zone: Z1}\n",
		  "r.yaml:2:12: invalid code 'S 1' for 'code' (no spaces allowed)" },
		{ "members:\n  - {code: S1, code: S2, name: A, zone: Z1}\n", "r.yaml:2:16: duplicate key 'code'" },
		{ "zones: &z []\n", "r.yaml:1:8: anchors and aliases are not allowed in a roster" },
		{ "zones:\n  - {code: Z1, name: A}\n  - *x\n", "r.yaml:3:5: anchors and aliases are not allowed in a roster" },
		{ "members: [[[[[[[[[[]]]]]]]]]]\n", "r.yaml:1:11: each item of 'members' must be a mapping, not a list" },
		{ "zones: {code: Z1}\n", "r.yaml:1:8: 'zones' must be a list, not a mapping" },
		{ "- a\n", "r.yaml:1:1: a roster must be a mapping of station, zones, groups, members and teams, not a list" },
		{ "zones: []\n---\nzones: []\n", "r.yaml:2:1: a roster is one YAML document, but another follows" },
		{ "zones:\n  - {code: Z1, name: \"\xe5\x8c\x97\xff\"}\n", "r.yaml:2:24: invalid UTF-8 (byte 0xff)" },
		{ "zones:\n  - {code: Z1, name: \"\xe5\x8c\"}\n", "r.yaml:2:23: invalid UTF-8 (byte 0xe5)" },
		{ "zones:\n  - {code: Z1,\tname: \"a\x01\"}\n", "r.yaml:2:24: control character 0x01 is not allowed" },
		{ "zones:\n  - {code: Z1, name: \"\xc2\x9b\"}\n", "r.yaml:2:23: character U+009B is not allowed in YAML" },
		{ "zones: [] \x7f\n", "r.yaml:1:11: control character 0x7f is not allowed" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct seen s = { 0 };
		struct fh_error err = { 0 };

		assert_int_equal(read_text(cases[i].text, "r.yaml", FH_ROSTER_AUTO, &s, &err), -1);
		assert_string_equal(err.msg, cases[i].msg);
	}
}

static void yaml_utf8_is_checked_across_read_chunks(void **state)
{
	size_t size = 200000, n = 0;
	char *text = malloc(size);
	struct seen s = { 0 };
	struct fh_error err = { 0 };
	int lines = 0;

	(void)state;
	assert_non_null(text);
	n += (size_t)snprintf(text + n, size - n, "zones:\n");
	/* Lines of odd byte lengths, so that characters straddle every chunk boundary. */
	while (n < size - 200) {
		lines++;
		n += (size_t)snprintf(text + n, size - n, "  - {code: Z%d, name: 北区块%.*s}\n", lines,
				      lines % 3, "xyz");
	}
	assert_int_equal(read_text(text, "r.yaml", FH_ROSTER_AUTO, &s, &err), 0);
	assert_int_equal(s.n, lines);
	n += (size_t)snprintf(text + n, size - n, "  - {code: Zx, name: 北\xe5\x8c}\n");
	assert_int_equal(read_text(text, "r.yaml", FH_ROSTER_AUTO, &s, &err), -1);
	snprintf(text, size, "r.yaml:%d:23: invalid UTF-8 (byte 0xe5)", lines + 2);
	assert_string_equal(err.msg, text);
	free(text);
}

static void csv_reads_the_header_keys_and_quoted_fields(void **state)
{
	struct seen s = { 0 };
	struct fh_error err = { 0 };

	(void)state;
	assert_int_equal(read_text("\xef\xbb\xbf" "code,name,zone,group,phone\r\n"
				   "S1,\"茶馆, 老街\",Z1,,\"\"\r\n"
				   "S2,\"两\n行\",Z2,G1,13800138000\r\n", "-", FH_ROSTER_AUTO, &s, &err), 0);
	assert_string_equal(s.text,
			    "member 2:1 code=S1@2:1 name=茶馆, 老街@2:2 phone=@2:5 zone=Z1@2:3 group=~@2:4\n"
			    "member 3:1 code=S2@3:1 name=两\n行@4:2 phone=13800138000@4:5 zone=Z2@4:3 group=G1@4:4\n");
}

static void csv_errors_name_the_line_and_field(void **state)
{
	static const struct {
		const char *text, *msg;
	} cases[] = {
		{ "code,name,zone,colour\n", "m.csv:1:4: unknown column 'colour' in the header" },
		{ "code,name,name,zone\n", "m.csv:1:3: duplicate column 'name' in the header" },
		{ "code,zone\n", "m.csv:1: the header has no 'name' column" },
		{ "code,name,zone\nS1,A,Z1\nS2,B\n", "m.csv:3: the row has 2 fields, the header 3" },
		{ "code,name,zone,lat\nS1,A,Z1,x\n", "m.csv:2:4: 'lat' must be a number from -90 to 90, not 'x'" },
		{ "code,name,zone\nS1,\"A\xc3\",Z1\n", "m.csv:2:2: invalid UTF-8" },
		{ "code,name,zone\nS1,\"A,Z1\n", "m.csv:2:2: malformed CSV: a quoted field is not closed" },
		{ "code,name,zone\nS1,,Z1\n", "m.csv:2:2: member 'name' must not be empty" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct seen s = { 0 };
		struct fh_error err = { 0 };

		assert_int_equal(read_text(cases[i].text, "m.csv", FH_ROSTER_AUTO, &s, &err), -1);
		assert_string_equal(err.msg, cases[i].msg);
	}
}

static void format_is_told_by_name_then_by_content(void **state)
{
	struct seen s = { 0 };
	struct fh_error err = { 0 };

	(void)state;
	/* A .csv name wins over content that looks like YAML, and --yaml over a .csv name. */
	assert_int_equal(read_text("code,name,zone\nS1,A,Z1\n", "x.txt", FH_ROSTER_AUTO, &s, &err), 0);
	assert_int_equal(s.n, 1);
	assert_int_equal(read_text("zones: []\n", "x.csv", FH_ROSTER_AUTO, &s, &err), -1);
	assert_string_equal(err.msg, "x.csv:1:1: unknown column 'zones: []' in the header");
	assert_int_equal(read_text("zones: []\n", "x.csv", FH_ROSTER_YAML, &s, &err), 0);
	assert_int_equal(read_text("code,name,zone\nS2,B,Z1\n", "x.yaml", FH_ROSTER_CSV, &s, &err), 0);
	assert_int_equal(s.n, 2);
}

static void callback_error_stops_the_reading(void **state)
{
	struct seen s = { .stop_at = 2 };
	struct fh_error err = { 0 };

	(void)state;
	assert_int_equal(read_text("zones:\n  - {code: Z1, name: A}\n  - {code: Z2, name: B}\n"
				   "  - {code: Z3, name: C}\n", "r.yaml", FH_ROSTER_AUTO, &s, &err), -1);
	assert_string_equal(err.msg, "stopped at record 2");
	assert_int_equal(s.n, 2);
}

/* Imports text into a new database at path; returns the import's result. */
static int import_text(struct fh_db *db, const char *text, int dry, struct fh_roster_stats *st,
		       struct fh_error *err)
{
	FILE *fp = fmemopen((void *)text, strlen(text), "r");
	int rc = fh_roster_import(db, fp, "r.yaml", FH_ROSTER_AUTO, dry, st, err);

	fclose(fp);
	return rc;
}

static long long count(struct fh_db *db, const char *sql)
{
	sqlite3_stmt *st;
	long long n = -1;

	assert_int_equal(sqlite3_prepare_v2(db->sql, sql, -1, &st, NULL), SQLITE_OK);
	if (sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return n;
}

static void import_resolves_forward_references_and_dry_run_writes_nothing(void **state)
{
	char path[] = "/tmp/fh-test-roster-XXXXXX";
	struct fh_roster_stats st;
	struct fh_error err = { 0 };
	struct fh_db *db;
	const char *roster = "members:\n"
			     "  - {code: S2, name: B, zone: Z1, group: G1}\n"
			     "  - {code: S1, name: A, zone: Z1, group: G1}\n"
			     "groups:\n  - {code: G1, zone: Z1, leader: S1}\n"
			     "zones:\n  - {code: Z1, name: 北}\n";
	int fd = mkstemp(path);

	(void)state;
	assert_true(fd >= 0);
	close(fd);
	unlink(path);
	assert_int_equal(fh_db_open(&db, path, FH_DB_CREATE, &err), 0);
	assert_int_equal(import_text(db, roster, 1, &st, &err), 0);
	assert_int_equal(st.members_added, 2);
	assert_int_equal(st.leaders_set, 1);
	assert_int_equal(count(db, "SELECT count(*) FROM members"), 0);
	assert_int_equal(import_text(db, roster, 0, &st, &err), 0);
	assert_int_equal(count(db, "SELECT count(*) FROM members m JOIN groups g ON g.id = m.group_id"
			       " JOIN zones z ON z.id = m.zone_id AND z.id = g.zone_id"), 2);
	assert_int_equal(count(db, "SELECT count(*) FROM leaders_v WHERE member = 'S1' AND current"), 1);
	assert_int_equal(count(db, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
	/* Again: every code exists, so everything is an update. */
	assert_int_equal(import_text(db, roster, 0, &st, &err), 0);
	assert_int_equal(st.members_updated, 2);
	assert_int_equal(st.members_added, 0);
	assert_int_equal(import_text(db, "members:\n  - {code: S3, name: C, zone: Z7}\n", 0, &st, &err), -1);
	assert_string_equal(err.msg, "r.yaml:2:31: unknown zone 'Z7'");
	assert_int_equal(count(db, "SELECT count(*) FROM members"), 2);
	fh_db_close(db);
	fh_db_remove(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(yaml_gives_records_in_file_order_with_places),
		cmocka_unit_test(yaml_null_is_given_without_a_value),
		cmocka_unit_test(yaml_empty_document_gives_no_records),
		cmocka_unit_test(yaml_errors_name_file_line_and_column),
		cmocka_unit_test(yaml_utf8_is_checked_across_read_chunks),
		cmocka_unit_test(csv_reads_the_header_keys_and_quoted_fields),
		cmocka_unit_test(csv_errors_name_the_line_and_field),
		cmocka_unit_test(format_is_told_by_name_then_by_content),
		cmocka_unit_test(callback_error_stops_the_reading),
		cmocka_unit_test(import_resolves_forward_references_and_dry_run_writes_nothing),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
