/*
 * Unit tests of the report batch readers (lib/report/report_import.c): YAML,
 * JSON Lines and CSV give the same reports, and bad input is refused
 * with its place.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "fh/report_import.h"

/* What the sink saw: one line per report, "key=value;..." in key order. */
struct seen {
	char text[4096];
	int fail_at;  /* the report number at which the sink fails, or 0 */
	int count;
};

static int record(void *ctx, const struct fh_report_input *in, struct fh_error *err)
{
	struct seen *s = ctx;
	char line[1024] = "";

	if (++s->count == s->fail_at)
		return fh_error_set(err, "sink stops");
	snprintf(line, sizeof(line), "%lu:", in->line);
	for (int i = 0; i < FH_REPORT_F_COUNT; i++) {
		if (!in->value[i])
			continue;
		strcat(line, fh_report_keys[i]);
		strcat(line, "=");
		strcat(line, in->value[i]);
		strcat(line, ";");
	}
	for (size_t i = 0; i < in->nphotos; i++) {
		strcat(line, "photo=");
		strcat(line, in->photos[i]);
		strcat(line, ";");
	}
	strcat(s->text, line);
	strcat(s->text, "\n");
	return 0;
}

/* Reads data in fmt; returns 0 or -1, with what was seen and the error. */
static int read_text(const char *data, enum fh_import_format fmt, struct seen *s,
		     struct fh_error *err)
{
	FILE *fp = fmemopen((void *)data, strlen(data), "r");
	int rc = fh_report_read(fp, "in", NULL, fmt, record, s, err);

	fclose(fp);
	return rc;
}

static void expect_reports(const char *data, enum fh_import_format fmt, const char *want)
{
	struct seen s = { 0 };
	struct fh_error err = { 0 };

	if (read_text(data, fmt, &s, &err))
		fail_msg("%s", err.msg);
	assert_string_equal(s.text, want);
}

static void expect_error(const char *data, enum fh_import_format fmt, const char *want)
{
	struct seen s = { 0 };
	struct fh_error err = { 0 };

	assert_int_equal(read_text(data, fmt, &s, &err), -1);
	assert_string_equal(err.msg, want);
}

static void yaml_reads_block_and_flow_reports(void **state)
{
	(void)state;
	expect_reports("# two reports\n"
		       "- category: fire\n"
		       "  by: S0001\n"
		       "  text: 消防通道被堵\n"
		       "  photo: [a.jpg, b.jpg]\n"
		       "  lat: 30.5\n"
		       "  lon: 121\n"
		       "  where: ~\n"
		       "- {category: lost-item, at: 2026-11-22 08:00, text: '捡到钱包', photo: c.jpg}\n",
		       FH_IMPORT_YAML,
		       "2:category=fire;by=S0001;lat=30.5;lon=121;text=消防通道被堵;photo=a.jpg;photo=b.jpg;\n"
		       "9:category=lost-item;at=2026-11-22 08:00;text=捡到钱包;photo=c.jpg;\n");
	expect_reports("", FH_IMPORT_YAML, "");
	expect_reports("[]\n", FH_IMPORT_YAML, "");
}

static void jsonl_reads_typed_values(void **state)
{
	(void)state;
	expect_reports("{\"category\":\"fire\",\"text\":\"电动车\",\"lat\":30.5,\"lon\":121,\"activity\":7,\"photo\":[\"a.jpg\"]}\n"
		       "\n"
		       "{\"category\":\"theft\",\"text\":\"x\",\"where\":null,\"photo\":\"b.jpg\"}\r\n",
		       FH_IMPORT_JSONL,
		       "1:category=fire;lat=30.5;lon=121;activity=7;text=电动车;photo=a.jpg;\n"
		       "3:category=theft;text=x;photo=b.jpg;\n");
}

static void csv_reads_a_header_and_quoted_fields(void **state)
{
	(void)state;
	expect_reports("category,text,where,photo\r\n"
		       "fire,\"堵塞,严重\",北大街,a.jpg;b.jpg\r\n"
		       "theft,\"两行\n文字\",,\n",
		       FH_IMPORT_CSV,
		       "2:category=fire;where=北大街;text=堵塞,严重;photo=a.jpg;photo=b.jpg;\n"
		       "3:category=theft;text=两行\n文字;\n");
}

static void format_is_guessed_from_the_first_bytes(void **state)
{
	(void)state;
	expect_reports("\xEF\xBB\xBF{\"category\":\"fire\",\"text\":\"a\"}\n", FH_IMPORT_AUTO,
		       "1:category=fire;text=a;\n");
	expect_reports("\n# c\n- {category: fire, text: a}\n", FH_IMPORT_AUTO, "3:category=fire;text=a;\n");
	expect_reports("\xEF\xBB\xBF" "category,text\nfire,a\n", FH_IMPORT_AUTO, "2:category=fire;text=a;\n");
	assert_int_equal(fh_import_format_of("x/r.YML"), FH_IMPORT_YAML);
	assert_int_equal(fh_import_format_of("r.jsonl"), FH_IMPORT_JSONL);
	assert_int_equal(fh_import_format_of("r.csv"), FH_IMPORT_CSV);
	assert_int_equal(fh_import_format_of("r.txt"), FH_IMPORT_AUTO);
	assert_int_equal(fh_import_format_of("a.b/r"), FH_IMPORT_AUTO);
}

static void unknown_keys_are_errors_with_their_place(void **state)
{
	(void)state;
	expect_error("- category: fire\n  txt: a\n", FH_IMPORT_YAML,
		     "in:2:3: unknown key 'txt' (valid: category, by, zone, group, at, where, lat, lon, severity, via, activity, photo, text, status, officer, handled_at, note, reason, duplicate_of)");
	expect_error("{\"category\":\"fire\",\"id\":3}\n", FH_IMPORT_JSONL,
		     "in:1: unknown key 'id' (valid: category, by, zone, group, at, where, lat, lon, severity, via, activity, photo, text, status, officer, handled_at, note, reason, duplicate_of)");
	expect_error("category,texte\n", FH_IMPORT_CSV,
		     "in:1: unknown column 'texte' (valid: category, by, zone, group, at, where, lat, lon, severity, via, activity, photo, text, status, officer, handled_at, note, reason, duplicate_of)");
	expect_error("- category: fire\n  category: theft\n", FH_IMPORT_YAML, "in:2:3: key 'category' given twice");
	expect_error("{\"text\":\"a\",\"text\":\"b\"}\n", FH_IMPORT_JSONL,
		     "in:1:18: invalid JSON: duplicate object key near '\"text\"'");
}

static void wrong_types_are_errors(void **state)
{
	(void)state;
	expect_error("{\"category\":\"fire\",\"text\":5}\n", FH_IMPORT_JSONL, "in:1:27: 'text' must be a string, not a number");
	expect_error("{\"lat\":\"30\"}\n", FH_IMPORT_JSONL, "in:1:8: 'lat' must be a number, not a string");
	expect_error("{\"activity\":1.5}\n", FH_IMPORT_JSONL, "in:1:13: 'activity' must be a whole number, not a number");
	expect_error("{\"photo\":[1]}\n", FH_IMPORT_JSONL,
		     "in:1:10: 'photo' must be a path or a list of paths, not a list holding a number");
	expect_error("[1]\n", FH_IMPORT_JSONL, "in:1: a report must be a JSON object, not a list");
	expect_error("- text: {a: 1}\n", FH_IMPORT_YAML, "in:1:9: 'text' must be a single value, not a mapping");
	expect_error("- fire\n", FH_IMPORT_YAML, "in:1:3: a report must be a mapping, not a value");
	expect_error("category: fire\n", FH_IMPORT_YAML, "in:1:1: a report batch must be a list of reports, not a mapping");
	expect_error("- &a {text: x}\n- *a\n", FH_IMPORT_YAML, "in:2:3: aliases are not allowed in a report batch");
}

static void invalid_utf8_is_refused_with_line_and_column(void **state)
{
	(void)state;
	expect_error("{\"text\":\"ok\"}\n{\"text\":\"ab\xff\"}\n", FH_IMPORT_JSONL, "in:2:12: invalid UTF-8");
	expect_error("- text: ok\n- text: \"\xe7\xba\"\n", FH_IMPORT_YAML, "in:2:10: invalid UTF-8");
	expect_error("text\n\xc0\xaf\n", FH_IMPORT_CSV, "in:2:1: invalid UTF-8");
	expect_error("text\nab\xe7", FH_IMPORT_CSV, "in:2:3: invalid UTF-8");
}

static void a_control_character_far_into_yaml_names_its_line(void **state)
{
	static const char line[] = "# a comment line of no report\n";
	size_t n = 30000, len = strlen(line);
	char *text = malloc(n * len + 32);

	(void)state;
	assert_non_null(text);
	for (size_t i = 0; i < n; i++)
		memcpy(text + i * len, line, len);
	strcpy(text + n * len, "- text: \"ab\x01\"\n");
	/* libyaml says only at which byte; the line is counted past its 16 KiB buffer. */
	expect_error(text, FH_IMPORT_YAML, "in:30001:12: control characters are not allowed");
	free(text);
}

static void malformed_input_is_refused(void **state)
{
	(void)state;
	expect_error("{\"text\":\"a\"\n", FH_IMPORT_JSONL, "in:1:11: invalid JSON: '}' expected near end of file");
	expect_error("- {text: a\n", FH_IMPORT_YAML, "in:2:1: invalid YAML: did not find expected ',' or '}'");
	expect_error("text\n\"a\n", FH_IMPORT_CSV, "in:2: invalid CSV: error parsing data while strict checking enabled");
	expect_error("text\na,b\n", FH_IMPORT_CSV, "in:2: more fields than the header's 1 columns");
}

static void a_failing_sink_stops_the_reading(void **state)
{
	struct seen s = { .fail_at = 2 };
	struct fh_error err = { 0 };

	(void)state;
	assert_int_equal(read_text("text\na\nb\nc\n", FH_IMPORT_CSV, &s, &err), -1);
	assert_string_equal(err.msg, "sink stops");
	assert_int_equal(s.count, 2);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(yaml_reads_block_and_flow_reports),
		cmocka_unit_test(jsonl_reads_typed_values),
		cmocka_unit_test(csv_reads_a_header_and_quoted_fields),
		cmocka_unit_test(format_is_guessed_from_the_first_bytes),
		cmocka_unit_test(unknown_keys_are_errors_with_their_place),
		cmocka_unit_test(wrong_types_are_errors),
		cmocka_unit_test(invalid_utf8_is_refused_with_line_and_column),
		cmocka_unit_test(malformed_input_is_refused),
		cmocka_unit_test(a_failing_sink_stops_the_reading),
		cmocka_unit_test(a_control_character_far_into_yaml_names_its_line),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
