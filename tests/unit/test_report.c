/* Unit tests of lib/report.c helpers: distances for dups, UTF-8 checks, keys. */
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

static void utf8_check_finds_the_first_bad_byte(void **state)
{
	static const char ok[] = "纠纷 ok";
	(void)state;
	assert_int_equal(fh_report_utf8_check(ok, strlen(ok)), strlen(ok));
	assert_int_equal(fh_report_utf8_check("ab\xff", 3), 2);
	assert_int_equal(fh_report_utf8_check("\xe7\xba", 2), 0);           /* cut short */
	assert_int_equal(fh_report_utf8_check("\xc0\xaf", 2), 0);           /* overlong */
	assert_int_equal(fh_report_utf8_check("a\xed\xa0\x80", 4), 1);      /* surrogate */
	assert_int_equal(fh_report_utf8_check("\xf4\x90\x80\x80", 4), 0);   /* past U+10FFFF */
	assert_int_equal(fh_report_utf8_check("\xf0\x9f\x98\x80", 4), 4);   /* an emoji */
}

static void keys_are_the_flags_names(void **state)
{
	(void)state;
	assert_int_equal(fh_report_key("where", 5), FH_RF_WHERE);
	assert_int_equal(fh_report_key("text", 4), FH_RF_TEXT);
	assert_int_equal(fh_report_key("textx", 4), FH_RF_TEXT);
	assert_int_equal(fh_report_key("place", 5), -1);
	assert_int_equal(fh_report_key("", 0), -1);
	for (int i = 0; i < FH_RF_COUNT; i++)
		assert_non_null(strstr(fh_report_key_list(), fh_report_keys[i]));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(distance_is_haversine_in_metres),
		cmocka_unit_test(utf8_check_finds_the_first_bad_byte),
		cmocka_unit_test(keys_are_the_flags_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
