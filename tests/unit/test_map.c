/* Unit tests of lib/base/map.c: the one string -> id map. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "fh/map.h"

static void hash_is_fnv1a_64(void **state)
{
	(void)state;
	/* The published FNV-1a 64-bit values: the offset basis, then "a" and "foobar". */
	assert_true(fh_map_hash("") == 0xcbf29ce484222325ull);
	assert_true(fh_map_hash("a") == 0xaf63dc4c8601ec8cull);
	assert_true(fh_map_hash("foobar") == 0x85944171f73967e8ull);
}

static void put_and_find_survive_growth(void **state)
{
	struct fh_map m = { 0 };
	char code[16];

	(void)state;
	assert_null(fh_map_find(&m, "G0001"));
	for (int i = 0; i < 5000; i++) {
		struct fh_map_entry *e;

		snprintf(code, sizeof(code), "G%04d", i);
		assert_non_null(e = fh_map_put(&m, code));
		assert_int_equal(e->id, 0);
		e->id = i + 1;
	}
	assert_int_equal(m.n, 5000);
	for (int i = 0; i < 5000; i++) {
		snprintf(code, sizeof(code), "G%04d", i);
		assert_int_equal(fh_map_find(&m, code)->id, i + 1);
	}
	/* A second put finds the entry rather than adding one. */
	assert_int_equal(fh_map_put(&m, "G0042")->id, 43);
	assert_int_equal(m.n, 5000);
	assert_null(fh_map_find(&m, "G5000"));
	fh_map_free(&m);
	assert_null(fh_map_find(&m, "G0001"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(hash_is_fnv1a_64),
		cmocka_unit_test(put_and_find_survive_growth),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
