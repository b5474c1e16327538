/*
 * kmeans-ref: the reference bench/plan.sh measures the group planner
 * against.  Reads lines "ID ZONE LAT LON" (sorted by zone) and clusters
 * each zone's points with Lloyd's k-means, k = n / SIZE rounded, sizes
 * unconstrained, seeded from an even k-d split and iterated until nothing
 * moves (at most 30 rounds).  Writes lines "ID CLUSTER", clusters numbered
 * across zones.  Distances are metres on an equirectangular projection
 * around each zone's middle, as the planner's.
 *
 * usage: kmeans-ref [SIZE]   (default 10)
 */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EARTH_RADIUS_M 6371008.8
#define PI 3.14159265358979323846
#define ROUNDS 30

struct pt {
	long long id;
	long zone;
	double lat, lon, x, y;
	long c;
};

static int axis;

static int by_axis(const void *a, const void *b)
{
	const struct pt *p = a, *q = b;
	double u = axis ? p->y : p->x, v = axis ? q->y : q->x;

	return (u > v) - (u < v);
}

/* Seeds: splits p[0 .. n) evenly into k cells along the wider side, recursively. */
static void seed(struct pt *p, long n, long k, long first, double *cx, double *cy)
{
	double x0 = DBL_MAX, x1 = -DBL_MAX, y0 = DBL_MAX, y1 = -DBL_MAX, sx = 0, sy = 0;
	long kl, m;

	if (k <= 1) {
		for (long i = 0; i < n; i++) {
			sx += p[i].x;
			sy += p[i].y;
		}
		cx[first] = sx / (double)n;
		cy[first] = sy / (double)n;
		return;
	}
	for (long i = 0; i < n; i++) {
		x0 = fmin(x0, p[i].x);
		x1 = fmax(x1, p[i].x);
		y0 = fmin(y0, p[i].y);
		y1 = fmax(y1, p[i].y);
	}
	axis = y1 - y0 > x1 - x0;
	qsort(p, (size_t)n, sizeof(*p), by_axis);
	kl = k / 2;
	m = n * kl / k;
	seed(p, m, kl, first, cx, cy);
	seed(p + m, n - m, k - kl, first + kl, cx, cy);
}

/* Lloyd's iterations over one zone's points, with a grid of centres for the nearest. */
static int lloyd(struct pt *p, long n, long k, double *cx, double *cy)
{
	long *cnt = malloc((size_t)k * sizeof(long)), *cell = NULL, *start = NULL, *item = NULL;
	double *sx = malloc((size_t)k * sizeof(double)), *sy = malloc((size_t)k * sizeof(double));
	int rc = -1;

	if (!cnt || !sx || !sy || !(item = malloc((size_t)k * sizeof(long))) ||
	    !(cell = malloc((size_t)k * sizeof(long))))
		goto done;
	for (int round = 0; round < ROUNDS; round++) {
		double x0 = DBL_MAX, x1 = -DBL_MAX, y0 = DBL_MAX, y1 = -DBL_MAX, side;
		long nx, ny, moved = 0;

		for (long c = 0; c < k; c++) {
			x0 = fmin(x0, cx[c]);
			x1 = fmax(x1, cx[c]);
			y0 = fmin(y0, cy[c]);
			y1 = fmax(y1, cy[c]);
		}
		side = fmax(sqrt((x1 - x0) * (y1 - y0) / (double)k), fmax(x1 - x0, y1 - y0) / (double)k);
		if (!(side > 0))
			side = 1;
		nx = (long)((x1 - x0) / side) + 1;
		ny = (long)((y1 - y0) / side) + 1;
		free(start);
		if (!(start = calloc((size_t)(nx * ny + 1), sizeof(long))))
			goto done;
		for (long c = 0; c < k; c++) {
			cell[c] = (long)((cy[c] - y0) / side) * nx + (long)((cx[c] - x0) / side);
			start[cell[c] + 1]++;
		}
		for (long i = 0; i < nx * ny; i++)
			start[i + 1] += start[i];
		for (long c = 0; c < k; c++)
			item[start[cell[c]]++] = c;
		for (long i = nx * ny; i > 0; i--)
			start[i] = start[i - 1];
		start[0] = 0;
		for (long i = 0; i < n; i++) {
			long gx = (long)((p[i].x - x0) / side), gy = (long)((p[i].y - y0) / side), best = -1;
			double bd = DBL_MAX;

			gx = gx < 0 ? 0 : gx >= nx ? nx - 1 : gx;
			gy = gy < 0 ? 0 : gy >= ny ? ny - 1 : gy;
			for (long r = 0; r <= nx + ny; r++) {
				for (long yy = gy - r; yy <= gy + r; yy++) {
					for (long xx = gx - r; xx <= gx + r; xx++) {
						long c;

						if (yy < 0 || yy >= ny || xx < 0 || xx >= nx ||
						    (labs(xx - gx) != r && labs(yy - gy) != r))
							continue;
						c = yy * nx + xx;
						for (long j = start[c]; j < start[c + 1]; j++) {
							long q = item[j];
							double dx = p[i].x - cx[q], dy = p[i].y - cy[q], d = dx * dx + dy * dy;

							if (d < bd || (d == bd && q < best)) {
								bd = d;
								best = q;
							}
						}
					}
				}
				/* A point outside the centres' box needs a wider ring to be sure. */
				if (best >= 0 && sqrt(bd) <= (double)r * side - fmax(fmax(x0 - p[i].x, p[i].x - x1),
						fmax(fmax(y0 - p[i].y, p[i].y - y1), 0)))
					break;
			}
			if (best != p[i].c) {
				p[i].c = best;
				moved++;
			}
		}
		memset(cnt, 0, (size_t)k * sizeof(long));
		memset(sx, 0, (size_t)k * sizeof(double));
		memset(sy, 0, (size_t)k * sizeof(double));
		for (long i = 0; i < n; i++) {
			cnt[p[i].c]++;
			sx[p[i].c] += p[i].x;
			sy[p[i].c] += p[i].y;
		}
		for (long c = 0; c < k; c++) {
			if (cnt[c]) {
				cx[c] = sx[c] / (double)cnt[c];
				cy[c] = sy[c] / (double)cnt[c];
			}
		}
		if (!moved)
			break;
	}
	rc = 0;
done:
	free(cnt);
	free(sx);
	free(sy);
	free(cell);
	free(start);
	free(item);
	return rc;
}

/* Clusters one zone and writes its lines; first is the zone's first cluster number. */
static int zone(struct pt *p, long n, long size, long *first)
{
	double lat0 = 90, lat1 = -90, lon0 = 180, lon1 = -180, kx;
	long k = (n + size / 2) / size;
	double *cx, *cy;

	if (k < 1)
		k = 1;
	for (long i = 0; i < n; i++) {
		lat0 = fmin(lat0, p[i].lat);
		lat1 = fmax(lat1, p[i].lat);
		lon0 = fmin(lon0, p[i].lon);
		lon1 = fmax(lon1, p[i].lon);
	}
	kx = EARTH_RADIUS_M * PI / 180 * cos((lat0 + lat1) / 2 * PI / 180);
	for (long i = 0; i < n; i++) {
		p[i].x = (p[i].lon - (lon0 + lon1) / 2) * kx;
		p[i].y = (p[i].lat - (lat0 + lat1) / 2) * EARTH_RADIUS_M * PI / 180;
		p[i].c = -1;
	}
	cx = malloc((size_t)k * sizeof(double));
	cy = malloc((size_t)k * sizeof(double));
	if (!cx || !cy)
		return -1;
	seed(p, n, k, 0, cx, cy);
	if (lloyd(p, n, k, cx, cy))
		return -1;
	for (long i = 0; i < n; i++)
		printf("%lld %ld\n", p[i].id, *first + p[i].c);
	*first += k;
	free(cx);
	free(cy);
	return 0;
}

int main(int argc, char **argv)
{
	long size = argc > 1 ? atol(argv[1]) : 10, n = 0, cap = 0, first = 0;
	struct pt *p = NULL, t;

	if (size < 1 || argc > 2) {
		fputs("usage: kmeans-ref [SIZE]\n", stderr);
		return 2;
	}
	while (scanf("%lld %ld %lf %lf", &t.id, &t.zone, &t.lat, &t.lon) == 4) {
		if (n && t.zone != p[n - 1].zone) {
			if (zone(p, n, size, &first))
				goto oom;
			n = 0;
		}
		if (n == cap) {
			struct pt *q = realloc(p, (size_t)(cap = cap ? cap * 2 : 4096) * sizeof(*p));

			if (!q)
				goto oom;
			p = q;
		}
		p[n++] = t;
	}
	if (n && zone(p, n, size, &first))
		goto oom;
	free(p);
	return fflush(stdout) ? 1 : 0;
oom:
	fputs("kmeans-ref: out of memory\n", stderr);
	free(p);
	return 1;
}
