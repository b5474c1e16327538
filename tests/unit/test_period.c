/* Unit tests of lib/base/period.c: dates, times and periods as staff type them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <cmocka.h>

#include "fh/period.h"

/* W3C datetimes carry the zone's offset on that date, summer time included. */
static void w3c_times_carry_the_offset_of_their_day(void **state)
{
	struct fh_time winter = { 2026, 1, 15, 23, 10 }, summer = { 2026, 7, 1, 9, 30 };
	char buf[FH_W3C_LEN];

	(void)state;
	setenv("TZ", "Asia/Shanghai", 1);
	tzset();
	fh_time_w3c(&winter, buf);
	assert_string_equal(buf, "2026-01-15T23:10:00+08:00");
	setenv("TZ", "Europe/Berlin", 1);
	tzset();
	fh_time_w3c(&winter, buf);
	assert_string_equal(buf, "2026-01-15T23:10:00+01:00");
	fh_time_w3c(&summer, buf);
	assert_string_equal(buf, "2026-07-01T09:30:00+02:00");
	setenv("TZ", "America/St_Johns", 1);
	tzset();
	fh_time_w3c(&winter, buf);
	assert_string_equal(buf, "2026-01-15T23:10:00-03:30");
	setenv("TZ", "UTC", 1);
	tzset();
	fh_time_w3c(&summer, buf);
	assert_string_equal(buf, "2026-07-01T09:30:00+00:00");
}

static void date_rejects_impossible_days(void **state)
{
	struct fh_error err = { 0 };
	struct fh_time t;

	(void)state;
	assert_int_equal(fh_date_parse("2026-02-30", &t, &err), -1);
	assert_string_equal(err.msg, "invalid date '2026-02-30': no such day");
	assert_int_equal(fh_date_parse("2026-13-01", &t, &err), -1);
	assert_int_equal(fh_date_parse("2025-02-29", &t, &err), -1);
	assert_int_equal(fh_date_parse("2024-02-29", &t, &err), 0);
	assert_int_equal(fh_date_parse("2000-02-29", &t, &err), 0);
	assert_int_equal(fh_date_parse("1900-02-29", &t, &err), -1);
	assert_int_equal(fh_date_parse("2026-1-5", &t, &err), -1);
	assert_string_equal(err.msg, "invalid date '2026-1-5' (expected YYYY-MM-DD)");
	assert_int_equal(fh_date_parse("2026-11-23x", &t, &err), -1);
	assert_int_equal(fh_date_parse("", &t, &err), -1);
}

static void time_accepts_the_spec_forms(void **state)
{
	struct fh_error err = { 0 };
	char buf[FH_TIME_LEN];
	struct fh_time t;

	(void)state;
	assert_int_equal(fh_time_parse("2026-11-23 14:05", &t, &err), 0);
	fh_time_format(&t, buf);
	assert_string_equal(buf, "2026-11-23 14:05");
	assert_int_equal(fh_time_parse("2026-11-23T14:05:59", &t, &err), 0);
	fh_time_format(&t, buf);
	assert_string_equal(buf, "2026-11-23 14:05");
	assert_int_equal(fh_time_parse("2026-11-23", &t, &err), 0);
	fh_time_format(&t, buf);
	assert_string_equal(buf, "2026-11-23 00:00");
	assert_int_equal(fh_time_parse("2026-11-23 24:00", &t, &err), -1);
	assert_int_equal(fh_time_parse("2026-11-23 12:60", &t, &err), -1);
	assert_int_equal(fh_time_parse("2026-11-23 1:05", &t, &err), -1);
}

/* Parses s as a period and checks its bounds. */
static void expect_period(const char *s, const char *start, const char *end)
{
	struct fh_error err = { 0 };
	struct fh_range r;

	if (fh_period_parse(s, &r, &err))
		fail_msg("%s: %s", s, err.msg);
	assert_string_equal(r.start, start);
	assert_string_equal(r.end, end);
}

static void periods_become_half_open_ranges(void **state)
{
	(void)state;
	expect_period("2026", "2026-01-01 00:00", "2027-01-01 00:00");
	expect_period("2026Q4", "2026-10-01 00:00", "2027-01-01 00:00");
	expect_period("2026Q1", "2026-01-01 00:00", "2026-04-01 00:00");
	expect_period("2026-11", "2026-11-01 00:00", "2026-12-01 00:00");
	expect_period("2026-12", "2026-12-01 00:00", "2027-01-01 00:00");
	expect_period("2026-02-28", "2026-02-28 00:00", "2026-03-01 00:00");
	expect_period("2026-W01", "2025-12-29 00:00", "2026-01-05 00:00");
	expect_period("2026-W53", "2026-12-28 00:00", "2027-01-04 00:00");
}

static void bad_periods_are_refused(void **state)
{
	struct fh_error err = { 0 };
	struct fh_range r;

	(void)state;
	assert_int_equal(fh_period_parse("2026Q5", &r, &err), -1);
	assert_int_equal(fh_period_parse("2026-13", &r, &err), -1);
	assert_string_equal(err.msg, "invalid period '2026-13': no such month");
	assert_int_equal(fh_period_parse("2025-W53", &r, &err), -1);
	assert_int_equal(fh_period_parse("2026-02-30", &r, &err), -1);
	assert_string_equal(err.msg, "invalid date '2026-02-30': no such day");
	assert_int_equal(fh_period_parse("last-fortnight", &r, &err), -1);
	assert_int_equal(fh_period_parse("26", &r, &err), -1);
	/* Found by fuzzing: the end of 9999 cannot be written as a date. */
	assert_int_equal(fh_period_parse("9999", &r, &err), -1);
	assert_string_equal(err.msg, "invalid period '9999': it ends after the year 9999");
	assert_int_equal(fh_period_parse("9999-12-31", &r, &err), -1);
	assert_int_equal(fh_period_parse("9999-12-30", &r, &err), 0);
}

static void relative_periods_follow_fh_now(void **state)
{
	(void)state;
	/* 2026-11-23 is a Monday. */
	setenv("FH_NOW", "2026-11-23 10:00", 1);
	expect_period("today", "2026-11-23 00:00", "2026-11-24 00:00");
	expect_period("yesterday", "2026-11-22 00:00", "2026-11-23 00:00");
	expect_period("this-week", "2026-11-23 00:00", "2026-11-30 00:00");
	expect_period("last-week", "2026-11-16 00:00", "2026-11-23 00:00");
	expect_period("this-month", "2026-11-01 00:00", "2026-12-01 00:00");
	expect_period("last-month", "2026-10-01 00:00", "2026-11-01 00:00");
	expect_period("this-quarter", "2026-10-01 00:00", "2027-01-01 00:00");
	expect_period("last-quarter", "2026-07-01 00:00", "2026-10-01 00:00");
	expect_period("last-year", "2025-01-01 00:00", "2026-01-01 00:00");
	setenv("FH_NOW", "2026-01-15 08:00", 1);
	expect_period("last-month", "2025-12-01 00:00", "2026-01-01 00:00");
	expect_period("last-quarter", "2025-10-01 00:00", "2026-01-01 00:00");
	unsetenv("FH_NOW");
}

static void day_arithmetic_crosses_months_and_years(void **state)
{
	struct fh_time t = { 2024, 2, 28, 23, 59 };
	char buf[FH_TIME_LEN];

	(void)state;
	fh_time_add_days(&t, 1);
	fh_time_format(&t, buf);
	assert_string_equal(buf, "2024-02-29 23:59");
	fh_time_add_days(&t, 307);
	fh_time_format(&t, buf);
	assert_string_equal(buf, "2025-01-01 23:59");
	fh_time_add_days(&t, -366);
	fh_time_format(&t, buf);
	assert_string_equal(buf, "2024-01-01 23:59");
	assert_int_equal(fh_weekday(&t), 1);
}

static void past_dates_pass_and_future_ones_fail(void **state)
{
	struct fh_time now = { 2026, 11, 23, 10, 0 }, t = { 2026, 11, 23, 10, 1 };
	struct fh_error err = { 0 };

	(void)state;
	assert_int_equal(fh_time_check_past(&t, 0, &now, "2026-11-23 10:01", &err), -1);
	assert_string_equal(err.msg, "time '2026-11-23 10:01' is in the future");
	/* By date alone, later today is still today. */
	assert_int_equal(fh_time_check_past(&t, 1, &now, "2026-11-23", &err), 0);
	t.day = 24;
	assert_int_equal(fh_time_check_past(&t, 1, &now, "2026-11-24", &err), -1);
	assert_string_equal(err.msg, "date '2026-11-24' is in the future");
	t.year = 2025;
	assert_int_equal(fh_time_check_past(&t, 0, &now, "2025-11-24", &err), 0);
}

static void quarters_contain_their_three_months(void **state)
{
	struct fh_time t = { 2026, 10, 1, 0, 0 };

	(void)state;
	assert_true(fh_quarter_contains("2026Q4", &t));
	t.month = 12;
	t.day = 31;
	assert_true(fh_quarter_contains("2026Q4", &t));
	assert_false(fh_quarter_contains("2027Q4", &t));
	t.month = 9;
	assert_false(fh_quarter_contains("2026Q4", &t));
	assert_true(fh_quarter_contains("2026Q3", &t));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(date_rejects_impossible_days),
		cmocka_unit_test(time_accepts_the_spec_forms),
		cmocka_unit_test(periods_become_half_open_ranges),
		cmocka_unit_test(bad_periods_are_refused),
		cmocka_unit_test(relative_periods_follow_fh_now),
		cmocka_unit_test(day_arithmetic_crosses_months_and_years),
		cmocka_unit_test(past_dates_pass_and_future_ones_fail),
		cmocka_unit_test(quarters_contain_their_three_months),
		cmocka_unit_test(w3c_times_carry_the_offset_of_their_day),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
