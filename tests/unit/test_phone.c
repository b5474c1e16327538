/* Unit tests of lib/base/phone.c: phone numbers normalised and checked on the way in. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>

#include "fh/phone.h"

static void phones_are_normalised(void **state)
{
	static const struct { const char *in, *out; } cases[] = {
		{ "13800138000", "13800138000" },
		{ "138 0013 9000", "13800139000" },
		{ "138-0013-9000", "13800139000" },
		{ "１３８００１３７０００", "13800137000" },
		{ "１３８　００１３　７０００", "13800137000" },
		{ "+86 138 0013 8000", "13800138000" },
		{ "+8613800138000", "13800138000" },
		{ "021-57381234", "021-57381234" },
		{ "02157381234", "021-57381234" },
		{ "(021) 5738 1234", "021-57381234" },
		{ "010-1234567", "010-1234567" },
		{ "0571-88123456", "0571-88123456" },
		{ "05718812345", "0571-8812345" },
		{ "０５７１－８８１２３４５６", "0571-88123456" },
		{ "", "" },
	};
	char out[FH_PHONE_SIZE];
	struct fh_error err = { 0 };

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		if (fh_phone_normalize(cases[i].in, out, sizeof(out), &err))
			print_error("%zu: '%s': %s\n", i, cases[i].in, err.msg);
		assert_int_equal(fh_phone_normalize(cases[i].in, out, sizeof(out), &err), 0);
		assert_string_equal(out, cases[i].out);
	}
}

static void other_numbers_are_refused_without_echo(void **state)
{
	static const char *const bad[] = {
		"138", "1380013800", "138001380001", "12800138000", "10086", "110",
		"57381234", "021-573812", "021-573812345", "0571-881234567", "00-12345678",
		"138O0138000", "+1 415 555 0100", "+86 021 57381234", "13800138000 ext 5",
		"138****8000", "tel:13800138000",
	};
	char out[FH_PHONE_SIZE];

	(void)state;
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		struct fh_error err = { 0 };

		if (!fh_phone_normalize(bad[i], out, sizeof(out), &err))
			print_error("%zu: '%s' accepted as '%s'\n", i, bad[i], out);
		assert_int_equal(fh_phone_normalize(bad[i], out, sizeof(out), &err), -1);
		assert_null(strstr(err.msg, "138"));
		assert_null(strstr(err.msg, "5738"));
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(phones_are_normalised),
		cmocka_unit_test(other_numbers_are_refused_without_echo),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
