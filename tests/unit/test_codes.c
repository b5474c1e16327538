/* Unit tests of lib/base/codes.c: every fixed value list, once. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "fh/codes.h"

static void lists_hold_their_codes_in_order(void **state)
{
	char buf[128];

	(void)state;
	assert_true(fh_codes_has(FH_CODES_SEVERITY, "urgent"));
	assert_false(fh_codes_has(FH_CODES_SEVERITY, "Urgent"));
	assert_true(fh_codes_has(FH_CODES_CHANNEL, "walk-in"));
	assert_true(fh_codes_has(FH_CODES_MEMBER_KIND, "organisation"));
	assert_string_equal(fh_codes_join(FH_CODES_STATUS, buf, sizeof(buf)),
			    "open, assigned, handled, closed, dismissed");
	assert_string_equal(fh_codes(FH_CODES_FAMILY)[0], "hazard");
	assert_null(fh_codes(FH_CODES_MEETING_KIND)[2]);
}

static void a_short_buffer_cuts_the_list(void **state)
{
	char buf[8];

	(void)state;
	assert_string_equal(fh_codes_join(FH_CODES_STATUS, buf, sizeof(buf)), "open, a");
}

static void lists_are_found_by_name(void **state)
{
	enum fh_code_list l;
	struct fh_error err = { 0 };

	(void)state;
	assert_int_equal(fh_codes_find("activity-kinds", &l, &err), 0);
	assert_int_equal(l, FH_CODES_ACTIVITY_KIND);
	assert_string_equal(fh_codes_name(l), "activity-kinds");
	assert_int_equal(fh_codes_find("colours", &l, &err), -1);
	assert_non_null(strstr(err.msg, "unknown list 'colours'"));
	assert_true(fh_codes_known("anti-fraud"));
	assert_false(fh_codes_known("no-leader"));
}

/* "Handled" in every figure means handled or verified: one definition, in C and in SQL. */
static void done_means_handled_or_closed(void **state)
{
	(void)state;
	assert_true(fh_codes_status_done("handled"));
	assert_true(fh_codes_status_done("closed"));
	assert_false(fh_codes_status_done("dismissed"));
	assert_false(fh_codes_status_done("assigned"));
	assert_false(fh_codes_status_done(NULL));
	assert_string_equal(FH_CODES_DONE_SQL("r.status"), "r.status IN ('handled', 'closed')");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(lists_hold_their_codes_in_order),
		cmocka_unit_test(a_short_buffer_cuts_the_list),
		cmocka_unit_test(lists_are_found_by_name),
		cmocka_unit_test(done_means_handled_or_closed),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
