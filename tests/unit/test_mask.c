/* Unit tests of lib/mask.c: personal data masked in output. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "fh/mask.h"

static void mobile_numbers_keep_three_and_four(void **state)
{
	char buf[64];

	(void)state;
	assert_string_equal(fh_mask_phone("13800138000", buf, sizeof(buf)), "138****8000");
	assert_string_equal(fh_mask_phone("+86 138 0013 8000", buf, sizeof(buf)), "+86 1** **** 8000");
}

static void short_numbers_reveal_less(void **state)
{
	char buf[64];

	(void)state;
	assert_string_equal(fh_mask_phone("021-57381234", buf, sizeof(buf)), "021-****1234");
	assert_string_equal(fh_mask_phone("57381234", buf, sizeof(buf)), "****1234");
	assert_string_equal(fh_mask_phone("110", buf, sizeof(buf)), "***");
	assert_string_equal(fh_mask_phone("12345", buf, sizeof(buf)), "***45");
	assert_string_equal(fh_mask_phone("", buf, sizeof(buf)), "");
}

static void masking_never_overflows(void **state)
{
	char buf[6];

	(void)state;
	assert_string_equal(fh_mask_phone("13800138000", buf, sizeof(buf)), "138**");
	assert_string_equal(fh_mask_digits("call 13800138000 now", buf, sizeof(buf)), "call ");
}

static void free_text_masks_long_digit_runs_only(void **state)
{
	char buf[128];

	(void)state;
	assert_string_equal(fh_mask_digits("fh-group member add S0001 --phone 13800138000 --name 老街茶馆",
					   buf, sizeof(buf)),
			    "fh-group member add S0001 --phone 138****8000 --name 老街茶馆");
	assert_string_equal(fh_mask_digits("report 123456 on 2026-11-23", buf, sizeof(buf)),
			    "report 123456 on 2026-11-23");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(mobile_numbers_keep_three_and_four),
		cmocka_unit_test(short_numbers_reveal_less),
		cmocka_unit_test(masking_never_overflows),
		cmocka_unit_test(free_text_masks_long_digit_runs_only),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
