/* Unit tests of lib/views/stats.c: the true median and the words for a period. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "fh/headline.h"
#include "fh/stats.h"

static void median_of_odd_count_is_the_middle_value(void **state)
{
	double v[] = { 24, 1.5, 3, 4, 2.5 };

	(void)state;
	assert_true(fh_stats_median(v, 5) == 3);
}

static void median_of_even_count_averages_the_two_middle_values(void **state)
{
	double two[] = { 2.5, 1.5 };
	double four[] = { 24, 1, 10, 3 };
	double same[] = { 7, 7, 7, 7 };

	(void)state;
	assert_true(fh_stats_median(two, 2) == 2);
	assert_true(fh_stats_median(four, 4) == 6.5);
	assert_true(fh_stats_median(same, 4) == 7);
}

static void median_sorts_its_input(void **state)
{
	double v[] = { 9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 12, 11 };

	(void)state;
	assert_true(fh_stats_median(v, 12) == 5.5);
	for (size_t i = 1; i < 12; i++)
		assert_true(v[i - 1] <= v[i]);
}

static void median_of_one_value_is_that_value_and_of_none_is_nan(void **state)
{
	double one[] = { 61 };

	(void)state;
	assert_true(fh_stats_median(one, 1) == 61);
	assert_true(isnan(fh_stats_median(NULL, 0)));
}

/* Checks the words for [since, until) seen at now. */
static void expect_words(const char *since, const char *until, const char *now, const char *want)
{
	char buf[128];

	fh_headline_period_words(since, until, now, buf, sizeof(buf));
	assert_string_equal(buf, want);
}

static void period_words_name_the_period_relative_to_now(void **state)
{
	const char *now = "2026-11-23 10:00";

	(void)state;
	expect_words("2026-10-01 00:00", "2027-01-01 00:00", now, "本季度");
	expect_words("2026-07-01 00:00", "2026-10-01 00:00", now, "上季度");
	expect_words("2025-10-01 00:00", "2026-01-01 00:00", now, "2025年第四季度");
	expect_words("2026-11-01 00:00", "2026-12-01 00:00", now, "本月");
	expect_words("2026-10-01 00:00", "2026-11-01 00:00", now, "上月");
	expect_words("2026-01-01 00:00", "2027-01-01 00:00", now, "本年");
	expect_words("2025-01-01 00:00", "2026-01-01 00:00", now, "去年");
	expect_words("2026-11-23 00:00", "2026-11-30 00:00", now, "本周");
	expect_words("2026-11-16 00:00", "2026-11-23 00:00", now, "上周");
	expect_words("2026-11-23 00:00", "2026-11-24 00:00", now, "今日");
	expect_words("2026-11-01 00:00", "2026-11-16 00:00", now, "2026年11月1日至2026年11月15日");
	expect_words("2026-11-01 00:00", "", now, "2026年11月1日以来");
	expect_words("", "", now, "截至目前");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(median_of_odd_count_is_the_middle_value),
		cmocka_unit_test(median_of_even_count_averages_the_two_middle_values),
		cmocka_unit_test(median_sorts_its_input),
		cmocka_unit_test(median_of_one_value_is_that_value_and_of_none_is_nan),
		cmocka_unit_test(period_words_name_the_period_relative_to_now),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
