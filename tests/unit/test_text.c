/* Unit tests of lib/base/text.c: the one UTF-8 and control-character check. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "fh/text.h"

static void utf8_prefix_stops_at_the_first_bad_byte(void **state)
{
	(void)state;
	assert_int_equal(fh_text_utf8_prefix("abc", 3), 3);
	assert_int_equal(fh_text_utf8_prefix("茶馆", strlen("茶馆")), 6);
	assert_int_equal(fh_text_utf8_prefix("ok\344", 3), 2);
	/* A character cut short at the end of the buffer. */
	assert_int_equal(fh_text_utf8_prefix("茶", 2), 0);
	/* An overlong encoding of '/' and a UTF-16 surrogate are not UTF-8. */
	assert_int_equal(fh_text_utf8_prefix("a\xc0\xaf", 3), 1);
	assert_int_equal(fh_text_utf8_prefix("\xed\xa0\x80", 3), 0);
	assert_true(fh_text_utf8_valid("北大街12号"));
	assert_false(fh_text_utf8_valid("\xff"));
}

static void control_characters_depend_on_the_kind(void **state)
{
	(void)state;
	assert_int_equal(fh_text_bad_offset("老街茶馆", FH_TEXT_LINE), (size_t)-1);
	assert_int_equal(fh_text_bad_offset("a\x1b[2J", FH_TEXT_LINE), 1);
	assert_int_equal(fh_text_bad_offset("a\nb", FH_TEXT_LINE), 1);
	assert_int_equal(fh_text_bad_offset("a\nb\tc", FH_TEXT_MULTILINE), (size_t)-1);
	assert_int_equal(fh_text_bad_offset("a\a", FH_TEXT_MULTILINE), 1);
	assert_int_equal(fh_text_bad_offset("x\x7f", FH_TEXT_MULTILINE), 1);
	/* U+0085 (NEL), a C1 control, in UTF-8. */
	assert_int_equal(fh_text_bad_offset("\xc2\x85", FH_TEXT_MULTILINE), 0);
}

static void check_names_the_field_not_the_value(void **state)
{
	struct fh_error err = { 0 };

	(void)state;
	assert_int_equal(fh_text_check("张三", FH_TEXT_LINE, "the name", &err), 0);
	assert_int_equal(fh_text_check("13800138000\344", FH_TEXT_LINE, "the phone", &err), -1);
	assert_string_equal(err.msg, "the phone is not valid UTF-8 text");
	assert_int_equal(fh_text_check("a\x1b", FH_TEXT_LINE, "the name", &err), -1);
	assert_string_equal(err.msg, "the name contains a control character");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(utf8_prefix_stops_at_the_first_bad_byte),
		cmocka_unit_test(control_characters_depend_on_the_kind),
		cmocka_unit_test(check_names_the_field_not_the_value),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
