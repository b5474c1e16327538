/* Unit tests of lib/io/cli.c: the common options, wherever they stand. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "fh/cli.h"

static void common_options_are_taken_from_anywhere(void **state)
{
	char *argv[] = { "fh-stats", "--db", "a.db", "summary", "--by", "zone",
			 "--db=b.db", "-fjson", "--no-header", "--reveal", "--as", "王警官", NULL };
	struct fh_error err = { 0 };
	struct fh_cli cli;

	(void)state;
	assert_int_equal(fh_cli_parse(&cli, "fh-stats", 12, argv, &err), 0);
	assert_int_equal(cli.ndbs, 2);
	assert_string_equal(cli.dbs[0], "a.db");
	assert_string_equal(cli.dbs[1], "b.db");
	assert_int_equal(cli.format, FH_FORMAT_JSON);
	assert_true(cli.no_header);
	assert_true(cli.reveal);
	assert_string_equal(cli.actor, "王警官");
	assert_int_equal(cli.argc, 4);
	assert_string_equal(cli.argv[1], "summary");
	assert_string_equal(cli.argv[2], "--by");
	assert_string_equal(cli.argv[3], "zone");
	assert_null(cli.argv[4]);
	fh_cli_release(&cli);
}

static void double_dash_ends_the_options(void **state)
{
	char *argv[] = { "fh-report", "add", "--", "--reveal", "-f", NULL };
	struct fh_error err = { 0 };
	struct fh_cli cli;

	(void)state;
	assert_int_equal(fh_cli_parse(&cli, "fh-report", 5, argv, &err), 0);
	assert_false(cli.reveal);
	assert_int_equal(cli.argc, 5);
	assert_string_equal(cli.argv[3], "--reveal");
	fh_cli_release(&cli);
}

static void option_without_value_is_a_usage_error(void **state)
{
	char *argv[] = { "fh", "sql", "--db", NULL };
	struct fh_error err = { 0 };
	struct fh_cli cli;

	(void)state;
	assert_int_equal(fh_cli_parse(&cli, "fh", 3, argv, &err), -1);
	assert_int_equal(err.status, FH_USAGE);
	assert_string_equal(err.msg, "option '--db' needs a value");
	fh_cli_release(&cli);
}

static void unknown_format_is_left_for_the_tool(void **state)
{
	char *argv[] = { "fh-meeting", "agenda", "-f", "md", NULL };
	struct fh_error err = { 0 };
	struct fh_cli cli;

	(void)state;
	assert_int_equal(fh_cli_parse(&cli, "fh-meeting", 4, argv, &err), 0);
	assert_true(cli.format_bad);
	assert_string_equal(cli.format_name, "md");
	assert_null(fh_cli_out(&cli, &err));
	assert_string_equal(err.msg, "unknown format 'md' (use table, tsv, csv or json)");
	fh_cli_release(&cli);
}

static void actor_defaults_to_fh_user_and_command_is_masked(void **state)
{
	char *argv[] = { "fh-group", "member", "add", "S1", "--phone", "13800138000", "--name", "老街 茶馆", NULL };
	struct fh_error err = { 0 };
	struct fh_cli cli;

	(void)state;
	setenv("FH_USER", "李四", 1);
	assert_int_equal(fh_cli_parse(&cli, "fh-group", 8, argv, &err), 0);
	assert_string_equal(cli.actor, "李四");
	assert_string_equal(cli.command, "fh-group member add S1 --phone *** --name ***");
	fh_cli_release(&cli);
	unsetenv("FH_USER");
}

static void numbers_are_range_checked(void **state)
{
	struct fh_error err = { 0 };
	long long n;

	(void)state;
	assert_int_equal(fh_cli_number("10", 1, 100, "--size", &n, &err), 0);
	assert_int_equal(n, 10);
	assert_int_equal(fh_cli_number("0", 1, 100, "--size", &n, &err), -1);
	assert_string_equal(err.msg, "invalid value '0' for --size (a whole number from 1 to 100)");
	assert_int_equal(fh_cli_number("10x", 1, 100, "--size", &n, &err), -1);
	assert_int_equal(fh_cli_number("99999999999999999999", 1, 100, "--size", &n, &err), -1);
	assert_int_equal(fh_cli_number("", 1, 100, "--size", &n, &err), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(common_options_are_taken_from_anywhere),
		cmocka_unit_test(double_dash_ends_the_options),
		cmocka_unit_test(option_without_value_is_a_usage_error),
		cmocka_unit_test(unknown_format_is_left_for_the_tool),
		cmocka_unit_test(actor_defaults_to_fh_user_and_command_is_masked),
		cmocka_unit_test(numbers_are_range_checked),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
