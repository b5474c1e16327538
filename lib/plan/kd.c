/*
 * The pure geometry of planning groups (see include/fh/kd.h): points in
 * metres in, a group number for each out.  No SQLite and no threads, so
 * that it can be tested alone and run on several zones at once.
 *
 * A zone's points are split in two again and again (a k-d split) until
 * each part holds one group's worth.  Each cut is the one, along either
 * axis and at any count that lets both parts keep their groups within the
 * bounds, that promises the tightest groups: a part's spread is estimated
 * from its covariance as a line (a street, which splits into short
 * stretches) or as a block (which splits into small squares).  So shops
 * along a street stay together and a cut falls between streets rather
 * than across them.  A few rounds of local improvement then move or swap
 * members between neighbouring groups while that brings them nearer their
 * group's centre and keeps every size within bounds.  It takes
 * O(n log n) time and no randomness: the order of the points breaks every
 * tie.
 */
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fh/i18n.h"
#include "fh/kd.h"

/* Groups whose centres are compared when improving a plan. */
#define NEIGHBOURS 8
/* Rounds of local improvement; most plans settle in fewer. */
#define REFINE_ROUNDS 6
/* A part larger than twice this is cut at about this many places only. */
#define STRIDE_CUTS 256
/* A move must bring a member this much nearer (in metres) to be made. */
#define MIN_GAIN 1e-6

static long lmax(long a, long b)
{
	return a > b ? a : b;
}

/* Returns the smaller of two longs. */
static long lmin(long a, long b)
{
	return a < b ? a : b;
}

/* How far an even split of n into k groups strays outside [min, max]. */
static long violation(long n, long k, int min, int max)
{
	long small = n / k, big = (n + k - 1) / k;

	return lmax(0, big - max) + lmax(0, min - small);
}

long fh_kd_count(long n, int size, int min, int max)
{
	long k, lo, hi, best;

	if (n <= 0)
		return 0;
	if (size < 1)
		size = 1;
	if (min < 1)
		min = 1;
	if (max < min)
		max = min;
	k = lmax(1, (n + size / 2) / size);
	lo = (n + max - 1) / max;
	hi = n / min;
	if (lo <= hi)
		return lmin(lmax(k, lo), hi);
	/* No count fits: take the one whose even split strays least. */
	best = lmax(1, hi);
	for (long c = best + 1; c <= lo; c++) {
		long v = violation(n, c, min, max), bv = violation(n, best, min, max);

		if (v < bv || (v == bv && labs(c - k) < labs(best - k)))
			best = c;
	}
	return best;
}

/* ---- The k-d split ---- */

/* A point's sort key along one axis, ties broken by the other, then index. */
struct axis_key {
	double a, b;
	long i;
};

/* Orders axis keys for qsort. */
static int axis_key_cmp(const void *pa, const void *pb)
{
	const struct axis_key *p = pa, *q = pb;

	if (p->a != q->a)
		return p->a < q->a ? -1 : 1;
	if (p->b != q->b)
		return p->b < q->b ? -1 : 1;
	return (p->i > q->i) - (p->i < q->i);
}

/* The state of a k-d split of one zone's points. */
struct kd {
	const double *x, *y;
	int bmin, bmax;        /* the size bounds every group keeps */
	long *ord[2];          /* point indices by x and by y; a node is a range of both */
	long *tmp;
	unsigned char *left;   /* marks the points of a node's left part */
	int *group;
	long next;             /* the next group number, in spatial order */
};

/* The best cut of a node found so far. */
struct cut {
	int axis;
	long kl, m;
	double cost;
};

/* Sums over a set of points, relative to the node's mean. */
struct moments {
	double x, y, xx, yy, xy;
};

/*
 * Estimates the sum of squared distances to their centres once the m
 * points with moments s are cut into kc groups.  The points' spread is
 * an ellipse with variances l1 >= l2 along its axes; cutting it into a
 * pieces along the long axis and kc / a across gives pieces of variance
 * l1 / a^2 + l2 a^2 / kc^2, least when a = sqrt(kc) (l1 / l2)^(1/4), or
 * a = kc for a thin ellipse (a street): then l1 / kc^2 + l2.  So a street
 * counts as what it is, a line that splits into short stretches, and a
 * block as a square that splits into small squares.
 */
static double spread(const struct moments *s, long m, long kc)
{
	double vx, vy, cxy, half, disc, l1, l2, r;

	vx = s->xx / (double)m - (s->x / (double)m) * (s->x / (double)m);
	vy = s->yy / (double)m - (s->y / (double)m) * (s->y / (double)m);
	cxy = s->xy / (double)m - (s->x / (double)m) * (s->y / (double)m);
	half = (vx + vy) / 2;
	disc = sqrt(fmax(0, (vx - vy) * (vx - vy) / 4 + cxy * cxy));
	l1 = half + disc;
	l2 = fmax(0, half - disc);
	if (l1 <= 0)
		return 0;
	r = l2 > 0 ? sqrt(l1 / l2) : DBL_MAX;
	if (r >= (double)kc)
		return (double)m * (l1 / ((double)kc * (double)kc) + l2);
	return (double)m * 2 * sqrt(l1 * l2) / (double)kc;
}

/*
 * Considers cutting the node's ord[axis] range after each count m, with
 * the groups shared in proportion to the counts (kl for the first m
 * points), where both parts can hold their groups within the bounds.  The
 * cost is the estimated spread of the groups the two parts will make.
 */
static void try_axis(const struct kd *kd, long lo, long n, long k, int axis,
		     double mx, double my, struct cut *best)
{
	const long *ord = kd->ord[axis] + lo;
	struct moments all = { 0 }, left = { 0 }, right;
	/* Peeling off a few groups at a time would make the recursion deep. */
	long guard = k >= 16 ? (k + 7) / 8 : 1;
	/*
	 * A large part is cut roughly (the estimate is rough there anyway)
	 * at one of about STRIDE_CUTS places; the fine cuts, where a gap
	 * between streets decides, come in the small parts below.
	 */
	long stride = n > 2 * STRIDE_CUTS ? n / STRIDE_CUTS : 1;

	for (long i = 0; i < n; i++) {
		double dx = kd->x[ord[i]] - mx, dy = kd->y[ord[i]] - my;

		all.x += dx;
		all.y += dy;
		all.xx += dx * dx;
		all.yy += dy * dy;
		all.xy += dx * dy;
	}
	for (long m = 1; m < n; m++) {
		double dx = kd->x[ord[m - 1]] - mx, dy = kd->y[ord[m - 1]] - my;
		long prop = (k * m) / n;

		left.x += dx;
		left.y += dy;
		left.xx += dx * dx;
		left.yy += dy * dy;
		left.xy += dx * dy;
		if (m % stride)
			continue;
		right = (struct moments){ all.x - left.x, all.y - left.y, all.xx - left.xx,
					  all.yy - left.yy, all.xy - left.xy };
		/* The floor and ceiling of k m / n: just one when it is whole. */
		for (long kl = prop; kl <= prop + ((k * m) % n != 0); kl++) {
			long kr = k - kl;
			double cost;

			if (kl < guard || kr < guard ||
			    m < kl * kd->bmin || m > kl * kd->bmax ||
			    n - m < kr * kd->bmin || n - m > kr * kd->bmax)
				continue;
			cost = spread(&left, m, kl) + spread(&right, n - m, kr);
			if (cost < best->cost) {
				best->cost = cost;
				best->axis = axis;
				best->kl = kl;
				best->m = m;
			}
		}
	}
}

/* Splits the node of n points at lo in both orders into k groups. */
static void kd_split(struct kd *kd, long lo, long n, long k)
{
	struct cut best = { 0, 0, 0, DBL_MAX };
	long *other, *tmp = kd->tmp + lo, a = 0, b;
	double mx = 0, my = 0;

	if (k <= 1) {
		for (long i = 0; i < n; i++)
			kd->group[kd->ord[0][lo + i]] = (int)kd->next;
		kd->next++;
		return;
	}
	for (long i = 0; i < n; i++) {
		mx += kd->x[kd->ord[0][lo + i]];
		my += kd->y[kd->ord[0][lo + i]];
	}
	mx /= (double)n;
	my /= (double)n;
	try_axis(kd, lo, n, k, 0, mx, my, &best);
	try_axis(kd, lo, n, k, 1, mx, my, &best);
	if (best.kl == 0) {
		/* No place considered fits (all points alike, or a coarse stride): cut in proportion. */
		best.kl = k / 2;
		best.m = (n * best.kl + k / 2) / k;
		best.m = lmax(best.m, lmax((long)kd->bmin * best.kl, n - (long)kd->bmax * (k - best.kl)));
		best.m = lmin(best.m, lmin((long)kd->bmax * best.kl, n - (long)kd->bmin * (k - best.kl)));
	}
	/* Bring the other order into the same two parts, keeping its order. */
	for (long i = 0; i < n; i++)
		kd->left[kd->ord[best.axis][lo + i]] = i < best.m;
	other = kd->ord[1 - best.axis] + lo;
	b = best.m;
	for (long i = 0; i < n; i++) {
		if (kd->left[other[i]])
			tmp[a++] = other[i];
		else
			tmp[b++] = other[i];
	}
	memcpy(other, tmp, (size_t)n * sizeof(*other));
	kd_split(kd, lo, best.m, best.kl);
	kd_split(kd, lo + best.m, n - best.m, k - best.kl);
}

/* ---- Local improvement ---- */

/* The groups being improved: their members, centres and neighbours. */
struct refine {
	const double *x, *y;
	long n, k;
	int bmin, bmax;
	int *group;
	long *list;     /* the members of group g at list[g * bmax ...] */
	int *size;
	long *pos;      /* each point's place in its group's list */
	double *cx, *cy;
	long *nb;       /* each group's nearest groups, NEIGHBOURS a group */
	int *nnb;
	/* the grid of group centres used to find neighbours */
	long *cell, *cstart, *citem;
};

/* The distance from point i to the centre of group g. */
static double dist_to(const struct refine *r, long i, long g)
{
	double dx = r->x[i] - r->cx[g], dy = r->y[i] - r->cy[g];

	return sqrt(dx * dx + dy * dy);
}

/* Computes every group's centre. */
static void centres(struct refine *r)
{
	for (long g = 0; g < r->k; g++) {
		double sx = 0, sy = 0;
		const long *m = r->list + g * r->bmax;

		for (int j = 0; j < r->size[g]; j++) {
			sx += r->x[m[j]];
			sy += r->y[m[j]];
		}
		r->cx[g] = sx / r->size[g];
		r->cy[g] = sy / r->size[g];
	}
}

/* Adds group h at distance d to g's list of nearest groups, kept sorted. */
static void keep_nearest(struct refine *r, long g, long h, double d, double *nd)
{
	long *nb = r->nb + g * NEIGHBOURS;
	int n = r->nnb[g], j;

	if (n == NEIGHBOURS && !(d < nd[n - 1] || (d == nd[n - 1] && h < nb[n - 1])))
		return;
	if (n < NEIGHBOURS)
		n = ++r->nnb[g];
	for (j = n - 1; j > 0 && (d < nd[j - 1] || (d == nd[j - 1] && h < nb[j - 1])); j--) {
		nd[j] = nd[j - 1];
		nb[j] = nb[j - 1];
	}
	nd[j] = d;
	nb[j] = h;
}

/*
 * Finds each group's nearest groups by their centres, with a grid of
 * about one centre a cell searched in growing rings.
 */
static void neighbours(struct refine *r)
{
	double x0 = DBL_MAX, y0 = DBL_MAX, x1 = -DBL_MAX, y1 = -DBL_MAX, side;
	long nx, ny, ncell;

	for (long g = 0; g < r->k; g++) {
		x0 = fmin(x0, r->cx[g]);
		x1 = fmax(x1, r->cx[g]);
		y0 = fmin(y0, r->cy[g]);
		y1 = fmax(y1, r->cy[g]);
	}
	side = sqrt(fmax((x1 - x0) * (y1 - y0), 0) / (double)r->k);
	side = fmax(side, fmax(x1 - x0, y1 - y0) / (double)r->k);
	if (!(side > 0))
		side = 1;
	nx = (long)((x1 - x0) / side) + 1;
	ny = (long)((y1 - y0) / side) + 1;
	ncell = nx * ny;
	for (long c = 0; c <= ncell; c++)
		r->cstart[c] = 0;
	for (long g = 0; g < r->k; g++) {
		long cx = lmin((long)((r->cx[g] - x0) / side), nx - 1);
		long cy = lmin((long)((r->cy[g] - y0) / side), ny - 1);

		r->cell[g] = cy * nx + cx;
		r->cstart[r->cell[g] + 1]++;
	}
	for (long c = 0; c < ncell; c++)
		r->cstart[c + 1] += r->cstart[c];
	for (long g = 0; g < r->k; g++)
		r->citem[r->cstart[r->cell[g]]++] = g;
	for (long c = ncell; c > 0; c--)
		r->cstart[c] = r->cstart[c - 1];
	r->cstart[0] = 0;

	for (long g = 0; g < r->k; g++) {
		long gx = r->cell[g] % nx, gy = r->cell[g] / nx;
		double nd[NEIGHBOURS];

		r->nnb[g] = 0;
		for (long ring = 0; ring <= lmax(nx, ny); ring++) {
			for (long cy = gy - ring; cy <= gy + ring; cy++) {
				if (cy < 0 || cy >= ny)
					continue;
				for (long cx = gx - ring; cx <= gx + ring; cx++) {
					long c;

					if (cx < 0 || cx >= nx)
						continue;
					if (labs(cx - gx) != ring && labs(cy - gy) != ring)
						continue;
					c = cy * nx + cx;
					for (long j = r->cstart[c]; j < r->cstart[c + 1]; j++) {
						long h = r->citem[j];
						double dx = r->cx[h] - r->cx[g], dy = r->cy[h] - r->cy[g];

						if (h != g)
							keep_nearest(r, g, h, sqrt(dx * dx + dy * dy), nd);
					}
				}
			}
			/* Every centre beyond this ring is at least ring * side away. */
			if (r->nnb[g] == lmin(NEIGHBOURS, r->k - 1) &&
			    (r->nnb[g] == 0 || nd[r->nnb[g] - 1] <= (double)ring * side))
				break;
		}
	}
}

/* Moves point i from its group to group h. */
static void move_point(struct refine *r, long i, long h)
{
	long g = r->group[i], *lg = r->list + g * r->bmax, last = lg[r->size[g] - 1];

	lg[r->pos[i]] = last;
	r->pos[last] = r->pos[i];
	r->size[g]--;
	r->list[h * r->bmax + r->size[h]] = i;
	r->pos[i] = r->size[h]++;
	r->group[i] = (int)h;
}

/* Exchanges points i and j of two groups. */
static void swap_points(struct refine *r, long i, long j)
{
	long g = r->group[i], h = r->group[j], pi = r->pos[i], pj = r->pos[j];

	r->list[g * r->bmax + pi] = j;
	r->list[h * r->bmax + pj] = i;
	r->pos[i] = pj;
	r->pos[j] = pi;
	r->group[i] = (int)h;
	r->group[j] = (int)g;
}

/*
 * One round: against the centres at its start, each member moves to a
 * neighbouring group whose centre is nearer, when both sizes stay within
 * bounds, or else swaps with the member of that group that gains the
 * most from the exchange.  Returns how many members changed group.
 */
static long refine_round(struct refine *r)
{
	long changed = 0;

	for (long g = 0; g < r->k; g++) {
		for (int t = 0; t < r->size[g];) {
			long i = r->list[g * r->bmax + t], best_h = -1, best_j = -1;
			double d0 = dist_to(r, i, g), best = MIN_GAIN;

			for (int q = 0; q < r->nnb[g]; q++) {
				long h = r->nb[g * NEIGHBOURS + q];
				double gain = d0 - dist_to(r, i, h);

				if (gain <= MIN_GAIN)
					continue;
				if (r->size[g] > r->bmin && r->size[h] < r->bmax) {
					if (gain > best) {
						best = gain;
						best_h = h;
						best_j = -1;
					}
					continue;
				}
				for (int s = 0; s < r->size[h]; s++) {
					long j = r->list[h * r->bmax + s];
					double total = gain + dist_to(r, j, h) - dist_to(r, j, g);

					if (total > best) {
						best = total;
						best_h = h;
						best_j = j;
					}
				}
			}
			if (best_h < 0) {
				t++;
				continue;
			}
			changed++;
			if (best_j < 0) {
				move_point(r, i, best_h);  /* the last member now stands at t */
			} else {
				swap_points(r, i, best_j);
				t++;
			}
		}
	}
	return changed;
}

/* Improves the groups of a k-d split in place.  Returns 0 or -1 (memory). */
static int refine(const double *x, const double *y, long n, long k, int bmin,
		  int bmax, int *group)
{
	struct refine r = { .x = x, .y = y, .n = n, .k = k, .bmin = bmin, .bmax = bmax,
			    .group = group };
	int rc = -1;

	r.list = malloc((size_t)k * (size_t)bmax * sizeof(*r.list));
	r.size = calloc((size_t)k, sizeof(*r.size));
	r.pos = malloc((size_t)n * sizeof(*r.pos));
	r.cx = malloc((size_t)k * sizeof(*r.cx));
	r.cy = malloc((size_t)k * sizeof(*r.cy));
	r.nb = malloc((size_t)k * NEIGHBOURS * sizeof(*r.nb));
	r.nnb = malloc((size_t)k * sizeof(*r.nnb));
	r.cell = malloc((size_t)k * sizeof(*r.cell));
	/* The grid has at most 3k + 1 cells by its choice of side (see neighbours). */
	r.cstart = malloc(((size_t)k * 3 + 3) * sizeof(*r.cstart));
	r.citem = malloc((size_t)k * sizeof(*r.citem));
	if (!r.list || !r.size || !r.pos || !r.cx || !r.cy || !r.nb || !r.nnb ||
	    !r.cell || !r.cstart || !r.citem)
		goto done;
	for (long i = 0; i < n; i++) {
		long g = group[i];

		r.list[g * bmax + r.size[g]] = i;
		r.pos[i] = r.size[g]++;
	}
	for (int round = 0; round < REFINE_ROUNDS; round++) {
		centres(&r);
		neighbours(&r);
		/* Later rounds gain little once few members still move. */
		if (refine_round(&r) <= n / 2000)
			break;
	}
	rc = 0;
done:
	free(r.list);
	free(r.size);
	free(r.pos);
	free(r.cx);
	free(r.cy);
	free(r.nb);
	free(r.nnb);
	free(r.cell);
	free(r.cstart);
	free(r.citem);
	return rc;
}

long fh_kd_group(const double *x, const double *y, long n, int size,
		 int min, int max, int *group, struct fh_error *err)
{
	struct kd kd = { .x = x, .y = y, .group = group };
	struct axis_key *keys = NULL;
	long k = fh_kd_count(n, size, min, max), rc = -1;

	if (n <= 0)
		return 0;
	if (min < 1)
		min = 1;
	if (max < min)
		max = min;
	kd.bmin = min;
	kd.bmax = max;

	if (k * min > n || k * max < n) {
		/* No split fits the bounds: the groups are as even as can be. */
		kd.bmin = (int)(n / k);
		kd.bmax = (int)((n + k - 1) / k);
	}
	kd.ord[0] = malloc((size_t)n * sizeof(long));
	kd.ord[1] = malloc((size_t)n * sizeof(long));
	kd.tmp = malloc((size_t)n * sizeof(long));
	kd.left = malloc((size_t)n);
	keys = malloc((size_t)n * sizeof(*keys));
	if (!kd.ord[0] || !kd.ord[1] || !kd.tmp || !kd.left || !keys)
		goto done;
	for (int axis = 0; axis < 2; axis++) {
		for (long i = 0; i < n; i++)
			keys[i] = (struct axis_key){ axis ? y[i] : x[i], axis ? x[i] : y[i], i };
		qsort(keys, (size_t)n, sizeof(*keys), axis_key_cmp);
		for (long i = 0; i < n; i++)
			kd.ord[axis][i] = keys[i].i;
	}
	kd_split(&kd, 0, n, k);
	if (k > 1 && refine(x, y, n, k, kd.bmin, kd.bmax, group))
		goto done;
	rc = k;
done:
	free(kd.ord[0]);
	free(kd.ord[1]);
	free(kd.tmp);
	free(kd.left);
	free(keys);
	if (rc < 0)
		fh_error_set(err, _("out of memory planning %ld members"), n);
	return rc;
}
