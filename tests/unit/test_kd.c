/* Unit tests of lib/plan/kd.c: the pure geometry, points in, compact groups out. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <cmocka.h>

#include "fh/kd.h"

/* A small deterministic generator, so the tests never depend on the clock. */
static unsigned long long rng_state;

static double rnd(void)
{
	rng_state = rng_state * 6364136223846793005ULL + 1442695040888963407ULL;
	return (double)(rng_state >> 11) / 9007199254740992.0;
}

/* Counts each group's points; fails unless every group 0..k-1 is used. */
static void group_sizes(const int *group, long n, long k, long *size)
{
	for (long g = 0; g < k; g++)
		size[g] = 0;
	for (long i = 0; i < n; i++) {
		assert_true(group[i] >= 0 && group[i] < k);
		size[group[i]]++;
	}
	for (long g = 0; g < k; g++)
		assert_true(size[g] > 0);
}

static void sizes_stay_within_bounds_for_every_count(void **state)
{
	struct fh_error err = { 0 };
	double x[200], y[200];
	int group[200];
	long size[200];

	(void)state;
	rng_state = 42;
	for (int i = 0; i < 200; i++) {
		x[i] = rnd() * 500;
		y[i] = rnd() * 300;
	}
	for (int s = 5; s <= 15; s++) {
		int min = s - 2, max = s + 2;

		for (long n = 1; n <= 200; n++) {
			long k = fh_kd_group(x, y, n, s, min, max, group, &err);
			int feasible = (n + max - 1) / max <= n / min;

			assert_int_equal(k, fh_kd_count(n, s, min, max));
			group_sizes(group, n, k, size);
			for (long g = 0; g < k; g++) {
				if (feasible && (size[g] < min || size[g] > max))
					fail_msg("n %ld size %d: a group of %ld", n, s, size[g]);
				/* Otherwise as even as can be. */
				if (!feasible && (size[g] < n / k || size[g] > (n + k - 1) / k))
					fail_msg("n %ld size %d: uneven group of %ld", n, s, size[g]);
			}
		}
	}
}

static void too_few_members_make_one_group(void **state)
{
	(void)state;
	assert_int_equal(fh_kd_count(5, 10, 8, 12), 1);
	assert_int_equal(fh_kd_count(1, 10, 8, 12), 1);
	assert_int_equal(fh_kd_count(0, 10, 8, 12), 0);
	assert_int_equal(fh_kd_count(100, 10, 8, 12), 10);
	assert_int_equal(fh_kd_count(103, 10, 8, 12), 10);
	assert_int_equal(fh_kd_count(16, 10, 8, 12), 2);
	/* 14 fits neither one group (max 12) nor two (min 8): two of 7. */
	assert_int_equal(fh_kd_count(14, 10, 8, 12), 2);
}

/*
 * Lays out three parallel streets of 40 shops, 8 m apart along the
 * street and 60 m between streets, the middle one shifted, in a scrambled
 * index order.  Street s of point i is street[i].
 */
static void three_streets(double *x, double *y, int *street, double shift)
{
	int perm[120];

	for (int i = 0; i < 120; i++)
		perm[i] = i;
	rng_state = 7;
	for (int i = 119; i > 0; i--) {
		int j = (int)(rnd() * (i + 1)), t = perm[i];

		perm[i] = perm[j];
		perm[j] = t;
	}
	for (int i = 0; i < 120; i++) {
		int s = perm[i] / 40, pos = perm[i] % 40;

		street[i] = s;
		x[i] = pos * 8.0 + (s == 1 ? shift : 0);
		y[i] = s * 60.0;
	}
}

static void groups_follow_streets(void **state)
{
	const double shifts[] = { 0, 13, 35, 72, 120, 200 };
	struct fh_error err = { 0 };
	double x[120], y[120];
	int street[120], group[120];
	long size[120];

	(void)state;
	for (size_t t = 0; t < sizeof(shifts) / sizeof(shifts[0]); t++) {
		long k;

		three_streets(x, y, street, shifts[t]);
		k = fh_kd_group(x, y, 120, 10, 8, 12, group, &err);
		assert_int_equal(k, 12);
		group_sizes(group, 120, k, size);
		for (int i = 0; i < 120; i++) {
			for (int j = 0; j < 120; j++) {
				if (group[i] != group[j])
					continue;
				if (street[i] != street[j])
					fail_msg("shift %g: group %d spans streets %d and %d",
						 shifts[t], group[i], street[i], street[j]);
				/* A stretch of about ten shops, far below the 312 m street. */
				assert_true(fabs(x[i] - x[j]) <= 100);
			}
		}
	}
}

/* Mean distance of points to their group's centre. */
static double mean_distance(const double *x, const double *y, const int *group,
			    long n, long k)
{
	double *cx = calloc((size_t)k, sizeof(double)), *cy = calloc((size_t)k, sizeof(double));
	long *c = calloc((size_t)k, sizeof(long));
	double sum = 0;

	assert_non_null(cx);
	assert_non_null(cy);
	assert_non_null(c);
	for (long i = 0; i < n; i++) {
		cx[group[i]] += x[i];
		cy[group[i]] += y[i];
		c[group[i]]++;
	}
	for (long i = 0; i < n; i++)
		sum += hypot(x[i] - cx[group[i]] / c[group[i]], y[i] - cy[group[i]] / c[group[i]]);
	free(cx);
	free(cy);
	free(c);
	return sum / n;
}

static void dense_block_and_streets_give_compact_groups(void **state)
{
	enum { N = 1003 };
	struct fh_error err = { 0 };
	static double x[N], y[N];
	static int group[N];
	static long size[N];
	long k;

	(void)state;
	rng_state = 99;
	/* 600 shops along two long streets, 403 stalls in a 60 m market hall. */
	for (int i = 0; i < 600; i++) {
		x[i] = i < 300 ? i * 5.0 : 700 + rnd() * 4;
		y[i] = i < 300 ? rnd() * 4 : (i - 300) * 5.0;
	}
	for (int i = 600; i < N; i++) {
		x[i] = 300 + rnd() * 60;
		y[i] = 500 + rnd() * 60;
	}
	k = fh_kd_group(x, y, N, 10, 8, 12, group, &err);
	assert_int_equal(k, 100);
	group_sizes(group, N, k, size);
	for (long g = 0; g < k; g++)
		assert_true(size[g] >= 8 && size[g] <= 12);
	/* Ten shops 5 m apart average about 12.5 m from their middle. */
	assert_true(mean_distance(x, y, group, N, k) < 16);
}

static void same_input_gives_same_plan(void **state)
{
	enum { N = 500 };
	struct fh_error err = { 0 };
	static double x[N], y[N];
	static int a[N], b[N];

	(void)state;
	rng_state = 3;
	for (int i = 0; i < N; i++) {
		/* A grid with many equal coordinates, where only ties decide. */
		x[i] = (double)(int)(rnd() * 10) * 10;
		y[i] = (double)(int)(rnd() * 10) * 10;
	}
	assert_int_equal(fh_kd_group(x, y, N, 10, 8, 12, a, &err), 50);
	assert_int_equal(fh_kd_group(x, y, N, 10, 8, 12, b, &err), 50);
	assert_memory_equal(a, b, sizeof(a));
}

/* No points make no groups and touch nothing; one point makes one group. */
static void no_points_make_no_groups(void **state)
{
	struct fh_error err = { 0 };
	double x = 5, y = 7;
	int group = -1;

	(void)state;
	assert_int_equal(fh_kd_group(&x, &y, 0, 10, 8, 12, &group, &err), 0);
	assert_int_equal(group, -1);
	assert_int_equal(fh_kd_group(&x, &y, 1, 10, 8, 12, &group, &err), 1);
	assert_int_equal(group, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(sizes_stay_within_bounds_for_every_count),
		cmocka_unit_test(too_few_members_make_one_group),
		cmocka_unit_test(groups_follow_streets),
		cmocka_unit_test(dense_block_and_streets_give_compact_groups),
		cmocka_unit_test(same_input_gives_same_plan),
		cmocka_unit_test(no_points_make_no_groups),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
