/* Unit tests of lib/store/audit.c: the command line the audit trail keeps. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "fh/audit.h"

/* The audit line of a command line given as one argv (NULL-ended). */
static void check(const char *expected, char **argv)
{
	int argc = 0;
	char *line;

	while (argv[argc])
		argc++;
	line = fh_audit_command(argv[0], argc, argv);
	assert_non_null(line);
	assert_string_equal(line, expected);
	free(line);
}

static void personal_options_are_redacted_in_every_form(void **state)
{
	(void)state;
	check("fh-group member add S9 --name *** --address *** --zone Z1 --contact=*** --lat *** --lon ***",
	      (char *[]){ "fh-group", "member", "add", "S9", "--name", "张三", "--address", "北大街12号",
			  "--zone", "Z1", "--contact=李四", "--lat", "30.1", "--lon", "121.2", NULL });
	/* getopt takes abbreviations: --addr is --address. */
	check("fh-group member edit S9 --addr *** --ph *** --kind household",
	      (char *[]){ "fh-group", "member", "edit", "S9", "--addr", "南街1号", "--ph", "13800138000",
			  "--kind", "household", NULL });
	check("fh-report handle 5 7 --note ***",
	      (char *[]){ "fh-report", "handle", "5", "7", "--note", "已联系张三", NULL });
	check("fh-meeting record 3 --held-on 2026-10-01 --chair ***",
	      (char *[]){ "fh-meeting", "record", "3", "--held-on", "2026-10-01", "--chair", "王五", NULL });
}

static void free_text_operands_are_redacted_ids_kept(void **state)
{
	(void)state;
	check("fh-report add --category fire --by S9 --where *** ***",
	      (char *[]){ "fh-report", "add", "--category", "fire", "--by", "S9", "--where", "北大街12号",
			  "身份证110101199003071234", NULL });
	check("fh-report add *** --category fire",
	      (char *[]){ "fh-report", "add", "张三 报", "--category", "fire", NULL });
	check("fh-report note 12 13 ***",
	      (char *[]){ "fh-report", "note", "12", "13", "已回访", NULL });
	check("fh-meeting --db x.db action add 4 *** --owner ***",
	      (char *[]){ "fh-meeting", "--db", "x.db", "action", "add", "4", "清理楼道", "--owner", "张三", NULL });
	/* An option fh does not list is taken for a flag: the word after it is hidden. */
	check("fh-report add --new-flag *** ***",
	      (char *[]){ "fh-report", "add", "--new-flag", "value", "text", NULL });
	check("fh-report note 5 -- ***",
	      (char *[]){ "fh-report", "note", "5", "--", "--text-looking-like-an-option", NULL });
}

static void other_operands_and_values_are_kept_numbers_masked(void **state)
{
	(void)state;
	check("fh-group zone add Z1 北区块", (char *[]){ "fh-group", "zone", "add", "Z1", "北区块", NULL });
	check("fh-report assign 5 王警官", (char *[]){ "fh-report", "assign", "5", "王警官", NULL });
	check("fh init --station '枫泾 派出所'", (char *[]){ "fh", "init", "--station", "枫泾 派出所", NULL });
	check("fh config set officers 138****8000",
	      (char *[]){ "fh", "config", "set", "officers", "13800138000", NULL });
	check("fh-group import 'my roster.yaml'", (char *[]){ "fh-group", "import", "my roster.yaml", NULL });
}

/* Lines recorded before redaction are read back and redacted the same way. */
static void old_lines_are_read_back_and_redacted(void **state)
{
	static const char *const cases[][2] = {
		{ "fh-group member add S9 --name 张三 --address 北大街12号", "fh-group member add S9 --name *** --address ***" },
		{ "fh-report add --category fire 'a b'\\''c'", "fh-report add --category fire ***" },
		{ "fh-group zone add Z1 '北 区'", "fh-group zone add Z1 '北 区'" },
		{ "fh-report edit 5 --where ''", "fh-report edit 5 --where ''" },
		{ "fh-group zone add Z1 'it'\\''s'", "fh-group zone add Z1 'it'\\''s'" },
		{ "fh", "fh" },
		{ "", "" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		char *line = fh_audit_redact(cases[i][0]);

		assert_non_null(line);
		assert_string_equal(line, cases[i][1]);
		free(line);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(personal_options_are_redacted_in_every_form),
		cmocka_unit_test(free_text_operands_are_redacted_ids_kept),
		cmocka_unit_test(other_operands_and_values_are_kept_numbers_masked),
		cmocka_unit_test(old_lines_are_read_back_and_redacted),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
