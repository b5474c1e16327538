/* Unit tests of lib/report/report.c helpers: distances for dups, UTF-8 checks, keys. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>

#include "fh/report.h"

static void distance_is_haversine_in_metres(void **state)
{
	(void)state;
	/* One degree of latitude on a sphere of radius 6371008.8 m. */
	assert_true(fabs(fh_report_distance(30, 121, 31, 121) - 111195.08) < 0.1);
	assert_true(fh_report_distance(30.8912, 121.0231, 30.8912, 121.0231) == 0);
	/* Two shops next door, about 15 m apart. */
	assert_true(fabs(fh_report_distance(30.8912, 121.0231, 30.8913, 121.0232) - 14.8) < 0.5);
	/* Antipodes: half the circumference. */
	assert_true(fabs(fh_report_distance(0, 0, 0, 180) - M_PI * 6371008.8) < 1);
}

static void keys_are_the_flags_names(void **state)
{
	(void)state;
	assert_int_equal(fh_report_key("where", 5), FH_REPORT_F_WHERE);
	assert_int_equal(fh_report_key("text", 4), FH_REPORT_F_TEXT);
	assert_int_equal(fh_report_key("textx", 4), FH_REPORT_F_TEXT);
	assert_int_equal(fh_report_key("place", 5), -1);
	assert_int_equal(fh_report_key("", 0), -1);
	for (int i = 0; i < FH_REPORT_F_COUNT; i++)
		assert_non_null(strstr(fh_report_key_list(), fh_report_keys[i]));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(distance_is_haversine_in_metres),
		cmocka_unit_test(keys_are_the_flags_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
