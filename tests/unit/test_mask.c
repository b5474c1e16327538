/* Unit tests of lib/base/mask.c: personal data masked in output. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
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

/* Free text and what fh_mask_text makes of it. */
static const struct { const char *in, *out; } texts[] = {
	/* Mobile numbers, inside Chinese text and around it. */
	{ "拾到钱包，失主电话13812345678", "拾到钱包，失主电话138****5678" },
	{ "13812345678", "138****5678" },
	{ "电话:13912345678。", "电话:139****5678。" },
	{ "call 15012345678 now", "call 150****5678 now" },
	{ "138 1234 5678", "138 **** 5678" },
	{ "138-1234-5678", "138-****-5678" },
	{ "联系人张三（18612345678）", "联系人张三（186****5678）" },
	{ "１３８１２３４５６７８", "１３８****５６７８" },
	{ "电话１３８ １２３４ ５６７８谢谢", "电话１３８ **** ５６７８谢谢" },
	{ "+86 138 1234 5678", "+86 138 **** 5678" },
	{ "+8613812345678", "+861******5678" },
	{ "两个号码13812345678和13987654321", "两个号码138****5678和139****4321" },
	{ "13812345678,13987654321", "138****5678,139****4321" },
	{ "2026-11-25 13812345678", "2026-11-25 138****5678" },
	{ "tel:19912345678", "tel:199****5678" },
	{ "ab19912345678", "ab19912345678" },
	/* Landlines with their area code. */
	{ "座机021-57381234", "座机021-****1234" },
	{ "010-12345678", "010-****5678" },
	{ "0571-8812345", "057*-***2345" },
	{ "0571-88123456转8", "057*-****3456转8" },
	{ "02157381234", "021****1234" },
	{ "０２１－５７３８１２３４", "０２１－****１２３４" },
	/* Resident ID numbers and bank cards. */
	{ "身份证号11010519491231002X", "身份证号110***********002X" },
	{ "身份证110105194912310021。", "身份证110***********0021。" },
	{ "110105 19491231 002x", "110*** ******** 002x" },
	{ "卡号6222021234567890123", "卡号622************0123" },
	{ "6222 0212 3456 7890", "622* **** **** 7890" },
	{ "6222-0212-3456-7890-123", "622*-****-****-***0-123" },
	/* Not personal: left as they are. */
	{ "2026-11-25 08:30 北大街12号", "2026-11-25 08:30 北大街12号" },
	{ "20261125", "20261125" },
	{ "罚款1380.00元", "罚款1380.00元" },
	{ "损失约12000元", "损失约12000元" },
	{ "报告 123456 重复", "报告 123456 重复" },
	{ "北大街12号3幢501室", "北大街12号3幢501室" },
	{ "报警110，火警119", "报警110，火警119" },
	{ "验证码 384756", "验证码 384756" },
	{ "1234567", "1234567" },
	{ "12345678901", "12345678901" },
	{ "00012345678", "00012345678" },
	{ "sha 3f2a13812345678ab", "sha 3f2a13812345678ab" },
	{ "1381234567890", "1381234567890" },
	{ "2026-01-01 至 2026-12-31", "2026-01-01 至 2026-12-31" },
	{ "G001 S0001 Z1", "G001 S0001 Z1" },
	{ "a whole number from 1 to 9223372036854775807", "a whole number from 1 to 9223372036854775807" },
	{ "编号 990105194912310021", "编号 990105194912310021" },
	{ "流水号 100000000000000000", "流水号 100000000000000000" },
	{ "138****5678", "138****5678" },
	{ "", "" },
};

static void free_text_table(void **state)
{
	char buf[256];

	(void)state;
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		fh_mask_text(texts[i].in, buf, sizeof(buf));
		if (strcmp(buf, texts[i].out))
			print_error("%zu: '%s' gave '%s', not '%s'\n", i, texts[i].in, buf, texts[i].out);
		assert_string_equal(buf, texts[i].out);
		assert_true(strlen(buf) <= strlen(texts[i].in));
	}
}

static void only_ten_digits_or_more_need_masking(void **state)
{
	(void)state;
	assert_false(fh_mask_text_needed("08:30 北大街12号"));
	assert_false(fh_mask_text_needed("\x99" "123456789"));
	assert_true(fh_mask_text_needed("电话138 1234 5678"));
	assert_true(fh_mask_text_needed("１３８１２３４５６７８"));
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		char buf[256];

		if (!fh_mask_text_needed(texts[i].in))
			assert_string_equal(fh_mask_text(texts[i].in, buf, sizeof(buf)), texts[i].in);
	}
}

static void free_text_never_overflows(void **state)
{
	char buf[8];

	(void)state;
	assert_string_equal(fh_mask_text("电话13812345678", buf, sizeof(buf)), "电话1");
	assert_string_equal(fh_mask_text("13812345678", buf, sizeof(buf)), "138****");
}

static void full_width_phones_are_masked(void **state)
{
	char buf[64];

	(void)state;
	assert_string_equal(fh_mask_phone("１３８００１３７０００", buf, sizeof(buf)), "１３８****７０００");
	assert_string_equal(fh_mask_phone("138 0013 9000", buf, sizeof(buf)), "138 **** 9000");
}

static void names_keep_their_first_character(void **state)
{
	char buf[64];

	(void)state;
	assert_string_equal(fh_mask_name("张三", buf, sizeof(buf)), "张*");
	assert_string_equal(fh_mask_name("欧阳娜娜", buf, sizeof(buf)), "欧***");
	assert_string_equal(fh_mask_name("Li Lei", buf, sizeof(buf)), "L*****");
	assert_string_equal(fh_mask_name("", buf, sizeof(buf)), "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(mobile_numbers_keep_three_and_four),
		cmocka_unit_test(short_numbers_reveal_less),
		cmocka_unit_test(masking_never_overflows),
		cmocka_unit_test(free_text_masks_long_digit_runs_only),
		cmocka_unit_test(free_text_table),
		cmocka_unit_test(only_ten_digits_or_more_need_masking),
		cmocka_unit_test(free_text_never_overflows),
		cmocka_unit_test(full_width_phones_are_masked),
		cmocka_unit_test(names_keep_their_first_character),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
