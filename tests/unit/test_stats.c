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
#include "fh/tally.h"

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

/* The median of the n times v counted into one bucket of a tally. */
static double tally_median(const double *v, size_t n)
{
	const char *keys[1] = { "fire" };
	struct fh_tally t = { .nkeys = 1 };
	struct fh_tally_bucket *b = fh_tally_bucket(&t, keys);
	double m;

	assert_non_null(b);
	for (size_t i = 0; i < n; i++)
		fh_tally_minutes(&t, b, v[i]);
	assert_false(t.oom);
	assert_int_equal(b->nminutes, n);
	m = fh_tally_median(b);
	fh_tally_free(&t);
	return m;
}

static void tally_median_counts_times_and_stays_exact(void **state)
{
	double odd[] = { 1440, 90, 180, 240, 150 };
	double even[] = { 1440, 60, 600, 180 };
	double same[] = { 7, 7, 7, 7, 7, 7 };
	double mixed[] = { -5, 3, 3, 3, 100000000, 3, 2 };
	double many[3001], sorted[3001];

	(void)state;
	assert_true(tally_median(odd, 5) == 180);
	assert_true(tally_median(even, 4) == 390);
	assert_true(tally_median(same, 6) == 7);
	assert_true(tally_median(mixed, 7) == 3);
	/* Enough distinct times to grow the table several times, in no order. */
	for (size_t i = 0; i < 3001; i++)
		many[i] = (double)((i * 7919) % 3001);
	assert_true(tally_median(many, 3001) == 1500);
	memcpy(sorted, many, sizeof(many));
	assert_true(tally_median(many, 3000) == fh_stats_median(sorted, 3000));
	assert_true(isnan(tally_median(NULL, 0)));
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
		cmocka_unit_test(tally_median_counts_times_and_stays_exact),
		cmocka_unit_test(period_words_name_the_period_relative_to_now),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
