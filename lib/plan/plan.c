/*
 * Planning groups (fh-group plan): the active, fixed-place members of each
 * zone that have no group are put into groups of about the target size,
 * compact on the ground.
 *
 * The geometry (the k-d split and the local improvement) is lib/plan/kd.c's.
 * This part reads the members, projects each zone's lat/lon to metres (an
 * equirectangular projection around the zone's middle, exact enough for
 * the few kilometres of a zone), orders members without coordinates by
 * address, plans zones on up to PLAN_THREADS threads, numbers the new
 * groups after the station's existing codes, and writes everything in one
 * transaction.
 */
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fh/group.h"
#include "fh/kd.h"
#include "fh/lookup.h"
#include "fh/member.h"
#include "fh/period.h"
#include "fh/plan.h"
#include "fh/i18n.h"

#define EARTH_RADIUS_M 6371008.8
#define PI 3.14159265358979323846
/*
 * Threads planning zones at the same time, at most: zones are planned
 * apart, so the threads share nothing but the job queue.
 */
#define PLAN_THREADS 4

/* Returns the smaller of two longs. */
static long lmin(long a, long b)
{
	return a < b ? a : b;
}

int fh_plan_natural_cmp(const char *a, const char *b)
{
	const unsigned char *p = (const unsigned char *)a, *q = (const unsigned char *)b;

	while (*p && *q) {
		if (*p >= '0' && *p <= '9' && *q >= '0' && *q <= '9') {
			const unsigned char *ps, *qs;
			size_t pl, ql;

			while (*p == '0' && p[1] >= '0' && p[1] <= '9')
				p++;
			while (*q == '0' && q[1] >= '0' && q[1] <= '9')
				q++;
			for (ps = p; *p >= '0' && *p <= '9'; p++)
				;
			for (qs = q; *q >= '0' && *q <= '9'; q++)
				;
			pl = (size_t)(p - ps);
			ql = (size_t)(q - qs);
			if (pl != ql)
				return pl < ql ? -1 : 1;
			for (size_t i = 0; i < pl; i++)
				if (ps[i] != qs[i])
					return ps[i] < qs[i] ? -1 : 1;
			continue;
		}
		if (*p != *q)
			return *p < *q ? -1 : 1;
		p++;
		q++;
	}
	if (*p || *q)
		return *p ? 1 : -1;
	/* Equal in value ("02" and "2"): still a total order. */
	return strcmp(a, b);
}

/* ---- The database part ---- */

/* Strings read from the database, kept as offsets into one buffer. */
struct arena {
	char *buf;
	size_t len, cap;
};

#define NO_STRING SIZE_MAX

/*
 * Copies s into the arena, setting *off to its offset (NO_STRING for
 * NULL).  Returns 0, or -1 when out of memory.
 */
static int arena_add(struct arena *a, const unsigned char *s, size_t *off)
{
	size_t n;

	if (!s) {
		*off = NO_STRING;
		return 0;
	}
	n = strlen((const char *)s) + 1;
	if (a->len + n > a->cap) {
		size_t cap = a->cap ? a->cap : 4096;
		char *p;

		while (cap < a->len + n)
			cap *= 2;
		if (!(p = realloc(a->buf, cap)))
			return -1;
		a->buf = p;
		a->cap = cap;
	}
	memcpy(a->buf + a->len, s, n);
	*off = a->len;
	a->len += n;
	return 0;
}

/* A zone of the plan. */
struct pzone {
	sqlite3_int64 id;
	size_t code;
	long rank;       /* place in natural order of codes */
};

/* A member to place. */
struct pmember {
	sqlite3_int64 id;
	size_t code, address;  /* address only when not located: it orders only those */
	double lat, lon;
	long zone;       /* index into the zones */
	int located;     /* has both lat and lon */
	long group;      /* index of its new group */
	long fill;       /* index of the existing group it joins, or -1 */
};

/* An existing group that newcomers may join. */
struct pgroup {
	sqlite3_int64 id;
	size_t code;
	long zone;       /* index into the zones */
	long size;       /* active members, newcomers placed included */
	double lat, lon; /* the centre of its located members */
	int located;     /* has located members */
};

/* A member of an existing group with an address: a neighbour in address order. */
struct pneighbour {
	long zone;
	size_t address;
	long group;      /* index into the existing groups */
};

/* What the database part reads and makes. */
struct plan {
	struct arena str;
	struct pzone *zones;
	long nzones;
	struct pmember *m;
	long n, cap;
	long ngroups;
	struct pgroup *groups;     /* the existing groups, by zone then code */
	long nexisting;
	struct pneighbour *nb;     /* their members with an address, by zone then address */
	long nnb;
	long nplan;                /* p->m[0 .. nplan) are left for new groups */
	long *group_zone;          /* the zone index of each new group */
	sqlite3_int64 *group_id;   /* the row id of each new group, once written */
	char prefix[64];           /* of the new codes */
	long long first;           /* the number of the first new code */
	int width;
};

/* qsort_r, for any count: qsort_r wants a real array even for none. */
static void sort_r(void *base, long n, size_t size,
		   int (*cmp)(const void *, const void *, void *), void *ctx)
{
	if (n > 1)
		qsort_r(base, (size_t)n, size, cmp, ctx);
}

/* The string at offset off of the arena, or NULL. */
static const char *str(const struct plan *p, size_t off)
{
	return off == NO_STRING ? NULL : p->str.buf + off;
}

/* Orders members by zone, then code. */
static int member_cmp(const void *a, const void *b, void *ctx)
{
	const struct plan *p = ctx;
	const struct pmember *x = a, *y = b;

	if (x->zone != y->zone)
		return p->zones[x->zone].rank < p->zones[y->zone].rank ? -1 : 1;
	return fh_plan_natural_cmp(str(p, x->code), str(p, y->code));
}

/* Orders member indices by address (missing ones last), then code. */
static int address_cmp(const void *a, const void *b, void *ctx)
{
	const struct plan *p = ctx;
	const struct pmember *x = &p->m[*(const long *)a], *y = &p->m[*(const long *)b];
	const char *ax = str(p, x->address), *ay = str(p, y->address);
	int c;

	if (ax && !*ax)
		ax = NULL;
	if (ay && !*ay)
		ay = NULL;
	if (!ax != !ay)
		return ax ? -1 : 1;
	if (ax && (c = fh_plan_natural_cmp(ax, ay)))
		return c;
	return fh_plan_natural_cmp(str(p, x->code), str(p, y->code));
}

/* The place of m's group in the rows: the existing groups first, then the new. */
static long row_group(const struct plan *p, const struct pmember *m)
{
	return m->fill >= 0 ? m->fill : p->nexisting + m->group;
}

/*
 * Puts the member indices in order of group, then code, into order:
 * a stable counting sort is enough, as the members stand in code order
 * within their zone and a group never spans zones.  Returns 0 or -1.
 */
static int rows_by_group(const struct plan *p, long *order)
{
	long n = p->nexisting + p->ngroups;
	long *start = calloc((size_t)n + 1, sizeof(*start));

	if (!start)
		return -1;
	for (long i = 0; i < p->n; i++)
		start[row_group(p, &p->m[i]) + 1]++;
	for (long g = 0; g < n; g++)
		start[g + 1] += start[g];
	for (long i = 0; i < p->n; i++)
		order[start[row_group(p, &p->m[i])]++] = i;
	free(start);
	return 0;
}

/* Orders member indices by row id, so the writes run in id order. */
static int id_cmp(const void *a, const void *b, void *ctx)
{
	const struct plan *p = ctx;
	sqlite3_int64 x = p->m[*(const long *)a].id, y = p->m[*(const long *)b].id;

	return (x > y) - (x < y);
}

/* Orders zone indices by code. */
static int zone_rank_cmp(const void *a, const void *b, void *ctx)
{
	const struct plan *p = ctx;
	const struct pzone *x = &p->zones[*(const long *)a], *y = &p->zones[*(const long *)b];

	return fh_plan_natural_cmp(str(p, x->code), str(p, y->code));
}

/* Reads the zones (or those of zones, a JSON array of codes) in id order and ranks them by code. */
static int load_zones(struct fh_db *db, struct plan *p, const char *zones,
		      struct fh_error *err)
{
	sqlite3_stmt *stmt = NULL;
	long *order = NULL, cap = 0;
	int rc = -1, step;

	if (fh_db_prepare(db, &stmt, "SELECT id, code FROM zones WHERE ?1 IS NULL"
			  " OR code IN (SELECT value FROM json_each(?1)) ORDER BY id", err))
		return -1;
	sqlite3_bind_text(stmt, 1, zones, -1, SQLITE_STATIC);
	while ((step = sqlite3_step(stmt)) == SQLITE_ROW) {
		if (p->nzones == cap) {
			long ncap = cap ? cap * 2 : 16;
			struct pzone *z = realloc(p->zones, (size_t)ncap * sizeof(*z));

			if (!z) {
				step = SQLITE_NOMEM;
				break;
			}
			p->zones = z;
			cap = ncap;
		}
		p->zones[p->nzones].id = sqlite3_column_int64(stmt, 0);
		if (arena_add(&p->str, sqlite3_column_text(stmt, 1), &p->zones[p->nzones].code)) {
			step = SQLITE_NOMEM;
			break;
		}
		p->nzones++;
	}
	if (step == SQLITE_DONE && p->nzones && !(order = malloc((size_t)p->nzones * sizeof(*order))))
		step = SQLITE_NOMEM;
	if (step == SQLITE_NOMEM) {
		fh_error_set(err, _("out of memory reading the zones"));
		goto done;
	}
	if (step != SQLITE_DONE) {
		fh_db_error(db, err, _("cannot read the zones"));
		goto done;
	}
	for (long i = 0; i < p->nzones; i++)
		order[i] = i;
	sort_r(order, p->nzones, sizeof(*order), zone_rank_cmp, p);
	for (long i = 0; i < p->nzones; i++)
		p->zones[order[i]].rank = i;
	rc = 0;
done:
	free(order);
	sqlite3_finalize(stmt);
	return rc;
}

/* Returns the index of the zone with row id, or -1. */
static long zone_index(const struct plan *p, sqlite3_int64 id)
{
	long lo = 0, hi = p->nzones - 1;

	while (lo <= hi) {
		long mid = lo + (hi - lo) / 2;

		if (p->zones[mid].id == id)
			return mid;
		if (p->zones[mid].id < id)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return -1;
}

/* Reads the members to place: active, not mobile, without a group. */
static int load_members(struct fh_db *db, struct plan *p, const char *zones,
			struct fh_error *err)
{
	sqlite3_stmt *stmt = NULL;
	int rc = -1, step;

	if (fh_db_prepare(db, &stmt,
			  "SELECT id, code, zone_id, lat, lon,\n"
			  "  CASE WHEN lat IS NULL OR lon IS NULL THEN address END\n"
			  "FROM members\n"
			  "WHERE group_id IS NULL AND left_on IS NULL AND kind <> 'mobile'\n"
			  "  AND (?1 IS NULL OR zone_id IN (SELECT id FROM zones\n"
			  "   WHERE code IN (SELECT value FROM json_each(?1))))", err))
		return -1;
	sqlite3_bind_text(stmt, 1, zones, -1, SQLITE_STATIC);
	while ((step = sqlite3_step(stmt)) == SQLITE_ROW) {
		struct pmember *m;

		if (p->n == p->cap) {
			long ncap = p->cap ? p->cap * 2 : 1024;

			if (!(m = realloc(p->m, (size_t)ncap * sizeof(*m)))) {
				step = SQLITE_NOMEM;
				break;
			}
			p->m = m;
			p->cap = ncap;
		}
		m = &p->m[p->n];
		m->id = sqlite3_column_int64(stmt, 0);
		m->zone = zone_index(p, sqlite3_column_int64(stmt, 2));
		m->located = sqlite3_column_type(stmt, 3) != SQLITE_NULL &&
			     sqlite3_column_type(stmt, 4) != SQLITE_NULL;
		m->lat = sqlite3_column_double(stmt, 3);
		m->lon = sqlite3_column_double(stmt, 4);
		m->group = -1;
		m->fill = -1;
		if (m->zone < 0)
			continue;  /* a zone row id the foreign key would refuse */
		if (arena_add(&p->str, sqlite3_column_text(stmt, 1), &m->code) ||
		    arena_add(&p->str, sqlite3_column_text(stmt, 5), &m->address)) {
			step = SQLITE_NOMEM;
			break;
		}
		p->n++;
	}
	if (step == SQLITE_NOMEM) {
		fh_error_set(err, _("out of memory reading the members"));
		goto done;
	}
	if (step != SQLITE_DONE) {
		fh_db_error(db, err, _("cannot read the members"));
		goto done;
	}
	sort_r(p->m, p->n, sizeof(*p->m), member_cmp, p);
	rc = 0;
done:
	sqlite3_finalize(stmt);
	return rc;
}

/*
 * Finds how the station numbers its groups: the most common prefix of the
 * codes that are a prefix and digits (G in G001), the number after the
 * highest, and the widest number's width.  Without such codes: G001.
 */
static int load_codes(struct fh_db *db, struct plan *p, struct fh_error *err)
{
	struct prefix {
		char text[64];
		long count;
		long long high;
		int width;
	} *pre = NULL, *best = NULL;
	sqlite3_stmt *stmt = NULL;
	long npre = 0, cap = 0;
	int rc = -1, step;

	if (fh_db_prepare(db, &stmt, "SELECT code FROM groups ORDER BY code", err))
		return -1;
	while ((step = sqlite3_step(stmt)) == SQLITE_ROW) {
		const char *code = (const char *)sqlite3_column_text(stmt, 0);
		size_t len = code ? strlen(code) : 0, d = len;
		long long num = 0;
		long j;

		while (d > 0 && code[d - 1] >= '0' && code[d - 1] <= '9')
			d--;
		if (d == len || len - d > 18 || d >= sizeof(pre->text))
			continue;
		for (size_t i = d; i < len; i++)
			num = num * 10 + (code[i] - '0');
		for (j = 0; j < npre; j++)
			if (strlen(pre[j].text) == d && !memcmp(pre[j].text, code, d))
				break;
		if (j == npre) {
			if (npre == cap) {
				long ncap = cap ? cap * 2 : 8;
				struct prefix *q = realloc(pre, (size_t)ncap * sizeof(*q));

				if (!q) {
					fh_error_set(err, _("out of memory reading the group codes"));
					goto done;
				}
				pre = q;
				cap = ncap;
			}
			memcpy(pre[j].text, code, d);
			pre[j].text[d] = '\0';
			pre[j].count = 0;
			pre[j].high = -1;
			pre[j].width = 0;
			npre++;
		}
		pre[j].count++;
		if (num > pre[j].high)
			pre[j].high = num;
		if ((int)(len - d) > pre[j].width)
			pre[j].width = (int)(len - d);
	}
	if (step != SQLITE_DONE) {
		fh_db_error(db, err, _("cannot read the group codes"));
		goto done;
	}
	for (long j = 0; j < npre; j++)
		if (!best || pre[j].count > best->count)
			best = &pre[j];
	if (best) {
		memcpy(p->prefix, best->text, sizeof(p->prefix));
		p->first = best->high + 1;
		p->width = best->width;
	} else {
		strcpy(p->prefix, "G");
		p->first = 1;
		p->width = 3;
	}
	rc = 0;
done:
	free(pre);
	sqlite3_finalize(stmt);
	return rc;
}

/* Writes the code of m's group, existing or new, into buf. */
static void group_code(const struct plan *p, const struct pmember *m, char *buf, size_t size)
{
	if (m->fill >= 0)
		snprintf(buf, size, "%s", str(p, p->groups[m->fill].code));
	else
		snprintf(buf, size, "%s%0*lld", p->prefix, p->width, p->first + m->group);
}

/* Records that the next new group belongs to zone z; returns its index or -1. */
static long new_group(struct plan *p, long z, long *cap)
{
	if (p->ngroups == *cap) {
		long ncap = *cap ? *cap * 2 : 64;
		long *q = realloc(p->group_zone, (size_t)ncap * sizeof(*q));

		if (!q)
			return -1;
		p->group_zone = q;
		*cap = ncap;
	}
	p->group_zone[p->ngroups] = z;
	return p->ngroups++;
}

/* One zone's share of the planning, done by whichever thread takes it. */
struct zone_job {
	struct plan *p;
	struct pmember *m;  /* the zone's members, sorted by code */
	long n;
	int size, min, max;
	long groups;        /* how many groups the zone makes */
	struct fh_error err;
	int failed;
};

/*
 * Plans one zone: the located members by place, then the others by
 * address, setting each member's group to a number local to the zone
 * (0 .. job->groups - 1).  Touches nothing outside the zone's members, so
 * zones can be planned at the same time.
 */
static int plan_zone(struct zone_job *job)
{
	struct pmember *m = job->m;
	const struct plan *p = job->p;
	double *x = NULL, *y = NULL, lat0 = 90, lat1 = -90, lon0 = 180, lon1 = -180, kx;
	long *idx = NULL, n = job->n, nloc = 0, nrest = 0, k;
	int *grp = NULL, rc = -1;

	for (long i = 0; i < n; i++) {
		if (!m[i].located)
			continue;
		lat0 = fmin(lat0, m[i].lat);
		lat1 = fmax(lat1, m[i].lat);
		lon0 = fmin(lon0, m[i].lon);
		lon1 = fmax(lon1, m[i].lon);
		nloc++;
	}
	idx = malloc((size_t)n * sizeof(*idx));
	x = malloc((size_t)(nloc ? nloc : 1) * sizeof(*x));
	y = malloc((size_t)(nloc ? nloc : 1) * sizeof(*y));
	grp = malloc((size_t)(nloc ? nloc : 1) * sizeof(*grp));
	if (!idx || !x || !y || !grp) {
		fh_error_set(&job->err, _("out of memory planning the groups"));
		goto done;
	}
	/* Metres east and north of the zone's middle. */
	kx = EARTH_RADIUS_M * PI / 180 * cos((lat0 + lat1) / 2 * PI / 180);
	for (long i = 0, j = 0; i < n; i++) {
		if (!m[i].located)
			continue;
		x[j] = (m[i].lon - (lon0 + lon1) / 2) * kx;
		y[j] = (m[i].lat - (lat0 + lat1) / 2) * (EARTH_RADIUS_M * PI / 180);
		idx[j++] = i;
	}
	k = fh_kd_group(x, y, nloc, job->size, job->min, job->max, grp, &job->err);
	if (k < 0)
		goto done;
	for (long j = 0; j < nloc; j++)
		m[idx[j]].group = grp[j];
	job->groups = k;

	/* The rest in address order, cut into runs of even sizes. */
	for (long i = 0; i < n; i++)
		if (!m[i].located)
			idx[nrest++] = (m - p->m) + i;
	if (nrest) {
		sort_r(idx, nrest, sizeof(*idx), address_cmp, (void *)p);
		k = fh_kd_count(nrest, job->size, job->min, job->max);
		for (long g = 0; g < k; g++)
			for (long j = nrest * g / k; j < nrest * (g + 1) / k; j++)
				p->m[idx[j]].group = job->groups + g;
		job->groups += k;
	}
	rc = 0;
done:
	free(idx);
	free(x);
	free(y);
	free(grp);
	return rc;
}

/* The zones waiting to be planned, shared by the threads. */
struct job_queue {
	struct zone_job *jobs;
	long n;
	atomic_long next;
};

/* A thread's work: plans zones from the queue until none is left. */
static void *plan_worker(void *arg)
{
	struct job_queue *q = arg;
	long j;

	while ((j = atomic_fetch_add(&q->next, 1)) < q->n)
		q->jobs[j].failed = plan_zone(&q->jobs[j]) != 0;
	return NULL;
}

/*
 * Plans every zone, several at a time on a machine with more than one
 * core (each zone's plan depends on nothing else, so the plan is the same
 * however the zones fall to the threads), then numbers the groups zone by
 * zone.  Returns 0, or -1 with err set.
 */
static int plan_zones(struct plan *p, long n, int size, int min, int max, struct fh_error *err)
{
	struct job_queue q = { 0 };
	pthread_t threads[PLAN_THREADS];
	long nthreads, started = 0, cap = 0, z = 0;
	int rc = -1;

	for (long a = 0, b; a < n; a = b, q.n++)
		for (b = a + 1; b < n && p->m[b].zone == p->m[a].zone; b++)
			;
	if (!q.n)
		return 0;
	if (!(q.jobs = calloc((size_t)q.n, sizeof(*q.jobs))))
		return fh_error_set(err, _("out of memory planning the groups"));
	for (long a = 0, b; a < n; a = b, z++) {
		for (b = a + 1; b < n && p->m[b].zone == p->m[a].zone; b++)
			;
		q.jobs[z] = (struct zone_job){ .p = p, .m = p->m + a, .n = b - a,
					       .size = size, .min = min, .max = max };
	}
	atomic_init(&q.next, 0);
	nthreads = sysconf(_SC_NPROCESSORS_ONLN);
	nthreads = lmin(lmin(nthreads, PLAN_THREADS), q.n);
	/* The calling thread is one of the workers. */
	for (long t = 1; t < nthreads; t++) {
		if (pthread_create(&threads[t], NULL, plan_worker, &q))
			break;
		started++;
	}
	plan_worker(&q);
	for (long t = 1; t <= started; t++)
		pthread_join(threads[t], NULL);
	for (long j = 0; j < q.n; j++) {
		struct zone_job *job = &q.jobs[j];
		long base = p->ngroups;

		if (job->failed) {
			*err = job->err;
			goto done;
		}
		for (long g = 0; g < job->groups; g++)
			if (new_group(p, job->m[0].zone, &cap) < 0) {
				fh_error_set(err, _("out of memory planning the groups"));
				goto done;
			}
		for (long i = 0; i < job->n; i++)
			job->m[i].group += base;
	}
	rc = 0;
done:
	free(q.jobs);
	return rc;
}

/* ---- Filling the existing groups ---- */

/* How many of the nearest groups with room a located newcomer may join. */
#define FILL_NEAREST 8
/* How far, in neighbours each way, a newcomer without coordinates looks by address. */
#define FILL_REACH 64

/* Orders existing groups by zone, then code. */
static int pgroup_cmp(const void *a, const void *b, void *ctx)
{
	const struct plan *p = ctx;
	const struct pgroup *x = a, *y = b;

	if (x->zone != y->zone)
		return p->zones[x->zone].rank < p->zones[y->zone].rank ? -1 : 1;
	return fh_plan_natural_cmp(str(p, x->code), str(p, y->code));
}

/* Orders neighbours by zone, then address. */
static int neighbour_cmp(const void *a, const void *b, void *ctx)
{
	const struct plan *p = ctx;
	const struct pneighbour *x = a, *y = b;

	if (x->zone != y->zone)
		return p->zones[x->zone].rank < p->zones[y->zone].rank ? -1 : 1;
	return fh_plan_natural_cmp(str(p, x->address), str(p, y->address));
}

/* Orders existing group indices by row id. */
static int group_id_cmp(const void *a, const void *b, void *ctx)
{
	const struct plan *p = ctx;
	sqlite3_int64 x = p->groups[*(const long *)a].id, y = p->groups[*(const long *)b].id;

	return (x > y) - (x < y);
}

/* Doubles an array of n elements when it is full; returns it, or NULL (the old one kept). */
static void *grow(void *arr, long n, long *cap, size_t size)
{
	long ncap;
	void *q;

	if (n < *cap)
		return arr;
	ncap = *cap ? *cap * 2 : 64;
	if (!(q = realloc(arr, (size_t)ncap * size)))
		return NULL;
	*cap = ncap;
	return q;
}

/* Reads the groups not dissolved of the zones planned, with their size and centre. */
static int load_groups(struct fh_db *db, struct plan *p, struct fh_error *err)
{
	sqlite3_stmt *stmt = NULL;
	long cap = 0;
	int rc = -1, step;

	if (fh_db_prepare(db, &stmt,
			  "SELECT g.id, g.code, g.zone_id,\n"
			  "  (SELECT count(*) FROM members a WHERE a.group_id = g.id AND a.left_on IS NULL),\n"
			  "  avg(m.lat), avg(m.lon)\n"
			  "FROM groups g LEFT JOIN members m ON m.group_id = g.id AND m.left_on IS NULL\n"
			  "  AND m.lat IS NOT NULL AND m.lon IS NOT NULL\n"
			  "WHERE g.dissolved_on IS NULL\n"
			  "GROUP BY g.id", err))
		return -1;
	while ((step = sqlite3_step(stmt)) == SQLITE_ROW) {
		long z = zone_index(p, sqlite3_column_int64(stmt, 2));
		struct pgroup *g;

		if (z < 0)
			continue;  /* a zone not planned */
		if (!(g = grow(p->groups, p->nexisting, &cap, sizeof(*g)))) {
			step = SQLITE_NOMEM;
			break;
		}
		p->groups = g;
		g = &p->groups[p->nexisting];
		g->id = sqlite3_column_int64(stmt, 0);
		g->zone = z;
		g->size = sqlite3_column_int(stmt, 3);
		g->located = sqlite3_column_type(stmt, 4) != SQLITE_NULL;
		g->lat = sqlite3_column_double(stmt, 4);
		g->lon = sqlite3_column_double(stmt, 5);
		if (arena_add(&p->str, sqlite3_column_text(stmt, 1), &g->code)) {
			step = SQLITE_NOMEM;
			break;
		}
		p->nexisting++;
	}
	if (step == SQLITE_NOMEM)
		fh_error_set(err, _("out of memory reading the groups"));
	else if (step != SQLITE_DONE)
		fh_db_error(db, err, _("cannot read the groups"));
	else
		rc = 0;
	sqlite3_finalize(stmt);
	sort_r(p->groups, p->nexisting, sizeof(*p->groups), pgroup_cmp, p);
	return rc;
}

/* The index of the existing group with row id, by the indices by_id sorted on id; or -1. */
static long group_by_id(const struct plan *p, const long *by_id, sqlite3_int64 id)
{
	long lo = 0, hi = p->nexisting - 1;

	while (lo <= hi) {
		long mid = lo + (hi - lo) / 2;
		sqlite3_int64 v = p->groups[by_id[mid]].id;

		if (v == id)
			return by_id[mid];
		if (v < id)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return -1;
}

/* Reads the members of the existing groups that have an address, by zone and address. */
static int load_neighbours(struct fh_db *db, struct plan *p, struct fh_error *err)
{
	sqlite3_stmt *stmt = NULL;
	long cap = 0, *by_id = malloc((size_t)(p->nexisting ? p->nexisting : 1) * sizeof(*by_id));
	int rc = -1, step = SQLITE_NOMEM;

	if (!by_id)
		goto done;
	for (long i = 0; i < p->nexisting; i++)
		by_id[i] = i;
	sort_r(by_id, p->nexisting, sizeof(*by_id), group_id_cmp, p);
	if (fh_db_prepare(db, &stmt,
			  "SELECT group_id, address FROM members\n"
			  "WHERE group_id IS NOT NULL AND left_on IS NULL AND coalesce(address, '') <> ''",
			  err))
		goto done;
	while ((step = sqlite3_step(stmt)) == SQLITE_ROW) {
		long g = group_by_id(p, by_id, sqlite3_column_int64(stmt, 0));
		struct pneighbour *nb;

		if (g < 0)
			continue;  /* a dissolved group's, or a zone's not planned */
		if (!(nb = grow(p->nb, p->nnb, &cap, sizeof(*nb)))) {
			step = SQLITE_NOMEM;
			break;
		}
		p->nb = nb;
		nb = &p->nb[p->nnb];
		nb->zone = p->groups[g].zone;
		nb->group = g;
		if (arena_add(&p->str, sqlite3_column_text(stmt, 1), &nb->address)) {
			step = SQLITE_NOMEM;
			break;
		}
		p->nnb++;
	}
	if (step == SQLITE_DONE) {
		sort_r(p->nb, p->nnb, sizeof(*p->nb), neighbour_cmp, p);
		rc = 0;
	}
done:
	if (step == SQLITE_NOMEM)
		fh_error_set(err, _("out of memory reading the groups"));
	else if (rc && stmt)
		fh_db_error(db, err, _("cannot read the groups"));
	sqlite3_finalize(stmt);
	free(by_id);
	return rc;
}

/* Squared distance in metres between two points (equirectangular, exact enough nearby). */
static double metres2(double lat1, double lon1, double lat2, double lon2)
{
	double k = EARTH_RADIUS_M * PI / 180;
	double dx = (lon1 - lon2) * k * cos((lat1 + lat2) / 2 * PI / 180), dy = (lat1 - lat2) * k;

	return dx * dx + dy * dy;
}

/* A newcomer and a group it may join, at a distance. */
struct pair {
	double d;
	long m, g;
};

static int pair_cmp(const void *a, const void *b)
{
	const struct pair *x = a, *y = b;

	if (x->d != y->d)
		return x->d < y->d ? -1 : 1;
	if (x->m != y->m)
		return x->m < y->m ? -1 : 1;
	return (x->g > y->g) - (x->g < y->g);
}

/*
 * Puts each located newcomer into the nearest group of its zone below max
 * (by the group's centre), nearest pairs first, so that a group with
 * little room takes the newcomers closest to it.  gfirst and glast are
 * the zones' ranges of groups.  Returns 0 or -1.
 */
static int fill_located(struct plan *p, int max, const long *gfirst, const long *glast)
{
	struct pair *pairs = malloc((size_t)(p->n ? p->n : 1) * FILL_NEAREST * sizeof(*pairs));
	long np = 0;

	if (!pairs)
		return -1;
	for (long i = 0; i < p->n; i++) {
		const struct pmember *m = &p->m[i];
		struct pair *near = pairs + np;
		long k = 0;

		if (!m->located)
			continue;
		/* The FILL_NEAREST nearest, kept sorted by insertion. */
		for (long g = gfirst[m->zone]; g < glast[m->zone]; g++) {
			double d;
			long j;

			if (!p->groups[g].located || p->groups[g].size >= max)
				continue;
			d = metres2(m->lat, m->lon, p->groups[g].lat, p->groups[g].lon);
			if (k == FILL_NEAREST && d >= near[k - 1].d)
				continue;
			for (j = k < FILL_NEAREST ? k++ : k - 1; j > 0 && near[j - 1].d > d; j--)
				near[j] = near[j - 1];
			near[j] = (struct pair){ d, i, g };
		}
		np += k;
	}
	if (np > 1)
		qsort(pairs, (size_t)np, sizeof(*pairs), pair_cmp);
	for (long j = 0; j < np; j++) {
		struct pmember *m = &p->m[pairs[j].m];
		struct pgroup *g = &p->groups[pairs[j].g];

		if (m->fill < 0 && g->size < max) {
			m->fill = pairs[j].g;
			g->size++;
		}
	}
	free(pairs);
	return 0;
}

/*
 * Puts each newcomer without coordinates into the group of its nearest
 * neighbour in address order (of the same zone) whose group is below max.
 */
static void fill_by_address(struct plan *p, int max, const long *nfirst, const long *nlast)
{
	for (long i = 0; i < p->n; i++) {
		struct pmember *m = &p->m[i];
		const char *addr = str(p, m->address);
		long lo, hi;

		if (m->located || !addr || !*addr)
			continue;
		/* The first neighbour at or after the newcomer's address. */
		lo = nfirst[m->zone];
		hi = nlast[m->zone];
		while (lo < hi) {
			long mid = lo + (hi - lo) / 2;

			if (fh_plan_natural_cmp(str(p, p->nb[mid].address), addr) < 0)
				lo = mid + 1;
			else
				hi = mid;
		}
		for (long d = 0; d < FILL_REACH && m->fill < 0; d++) {
			long at[2] = { lo - 1 - d, lo + d };

			for (int s = 0; s < 2 && m->fill < 0; s++) {
				struct pgroup *g;

				if (at[s] < nfirst[m->zone] || at[s] >= nlast[m->zone])
					continue;
				g = &p->groups[p->nb[at[s]].group];
				if (g->size < max) {
					m->fill = p->nb[at[s]].group;
					g->size++;
				}
			}
		}
	}
}

/* A placed newcomer that may be called back, at its distance from the rest. */
struct back {
	double d;
	long m;
};

static int back_cmp(const void *a, const void *b)
{
	const struct back *x = a, *y = b;

	if (x->d != y->d)
		return x->d < y->d ? -1 : 1;
	return (x->m > y->m) - (x->m < y->m);
}

/*
 * Balances zone members [a, b) of one kind (located or not): when fewer
 * than min of them are left for new groups, the placed ones nearest to
 * those left (by place, or by address order) are called back to join
 * them, so that the new group is within bounds; when even all of them
 * would be too few, the placed stay placed.  order is room for b - a
 * indices.  Returns 0 or -1.
 */
static int call_back(struct plan *p, long a, long b, int located, int min, long *order)
{
	struct back *back;
	double lat = 0, lon = 0, mid = 0;
	long left = 0, nb = 0, n = 0;

	for (long i = a; i < b; i++)
		if (p->m[i].located == located)
			order[n++] = i;
	if (!located)
		sort_r(order, n, sizeof(*order), address_cmp, p);
	for (long j = 0; j < n; j++) {
		const struct pmember *m = &p->m[order[j]];

		if (m->fill >= 0)
			continue;
		left++;
		lat += m->lat;
		lon += m->lon;
		mid += (double)j;
	}
	/* Calling back helps only when enough come back to make a group within bounds. */
	if (!left || left >= min || n < min)
		return 0;
	if (!(back = malloc((size_t)n * sizeof(*back))))
		return -1;
	for (long j = 0; j < n; j++) {
		const struct pmember *m = &p->m[order[j]];

		if (m->fill < 0)
			continue;
		back[nb].d = located ? metres2(m->lat, m->lon, lat / left, lon / left)
			     : fabs((double)j - mid / left);
		back[nb++].m = order[j];
	}
	if (nb > 1)
		qsort(back, (size_t)nb, sizeof(*back), back_cmp);
	for (long j = 0; j < nb && left < min; j++, left++) {
		p->groups[p->m[back[j].m].fill].size--;
		p->m[back[j].m].fill = -1;
	}
	free(back);
	return 0;
}

/*
 * Puts the newcomers into the existing groups with room (fh_plan_run's
 * header says how), then moves those left to the front of p->m, in their
 * order, setting p->nplan to their number.  Returns 0, or -1 with err set.
 */
static int fill_groups(struct fh_db *db, struct plan *p, int min, int max, struct fh_error *err)
{
	long nz = p->nzones ? p->nzones : 1, k = 0;
	long *first, *last, *order = NULL;
	struct pmember *moved = NULL;
	int rc = -1, unlocated = 0;

	if (!p->n)
		return 0;
	if (!(first = calloc((size_t)nz * 2, sizeof(*first))))
		return fh_error_set(err, _("out of memory planning the groups"));
	last = first + nz;
	for (long i = 0; i < p->n; i++)
		unlocated |= !p->m[i].located;
	if (load_groups(db, p, err) || (unlocated && load_neighbours(db, p, err)))
		goto done;
	for (long i = p->nexisting - 1; i >= 0; i--) {
		if (!last[p->groups[i].zone])
			last[p->groups[i].zone] = i + 1;
		first[p->groups[i].zone] = i;
	}
	if (fill_located(p, max, first, last))
		goto oom;
	memset(first, 0, (size_t)nz * 2 * sizeof(*first));
	for (long i = p->nnb - 1; i >= 0; i--) {
		if (!last[p->nb[i].zone])
			last[p->nb[i].zone] = i + 1;
		first[p->nb[i].zone] = i;
	}
	fill_by_address(p, max, first, last);
	if (!(order = malloc((size_t)p->n * sizeof(*order))) ||
	    !(moved = malloc((size_t)p->n * sizeof(*moved))))
		goto oom;
	for (long a = 0, b; a < p->n; a = b) {
		for (b = a + 1; b < p->n && p->m[b].zone == p->m[a].zone; b++)
			;
		if (call_back(p, a, b, 1, min, order) || call_back(p, a, b, 0, min, order))
			goto oom;
	}
	/* Those left first, in zone and code order, as plan_zones wants them. */
	for (int pass = 0; pass < 2; pass++)
		for (long i = 0; i < p->n; i++)
			if ((p->m[i].fill < 0) == !pass)
				moved[k++] = p->m[i];
	memcpy(p->m, moved, (size_t)p->n * sizeof(*moved));
	for (p->nplan = 0; p->nplan < p->n && p->m[p->nplan].fill < 0; p->nplan++)
		;
	rc = 0;
	goto done;
oom:
	fh_error_set(err, _("out of memory planning the groups"));
done:
	free(first);
	free(order);
	free(moved);
	return rc;
}

/* Inserts the new groups and puts the members in them, through their modules. */
static int write_plan(struct fh_db *db, struct plan *p, const long *by_id,
		      struct fh_error *err)
{
	struct fh_group_batch gb = { 0 };
	sqlite3_int64 *ids, *groups;
	char today[FH_DATE_LEN], code[96];
	struct fh_time now;
	int rc = -1;

	if (fh_now(&now, err))
		return -1;
	fh_date_format(&now, today);
	p->group_id = malloc((size_t)(p->ngroups ? p->ngroups : 1) * sizeof(*p->group_id));
	ids = malloc((size_t)(p->n ? p->n : 1) * sizeof(*ids));
	groups = malloc((size_t)(p->n ? p->n : 1) * sizeof(*groups));
	if (!p->group_id || !ids || !groups) {
		fh_error_set(err, _("out of memory writing the groups"));
		goto done;
	}
	for (long g = 0; g < p->ngroups; g++) {
		snprintf(code, sizeof(code), "%s%0*lld", p->prefix, p->width, p->first + g);
		if (fh_group_insert(db, &gb, code, p->zones[p->group_zone[g]].id, today,
				    &p->group_id[g], err))
			goto done;
	}
	for (long j = 0; j < p->n; j++) {
		ids[j] = p->m[by_id[j]].id;
		groups[j] = p->m[by_id[j]].fill >= 0 ? p->groups[p->m[by_id[j]].fill].id
			    : p->group_id[p->m[by_id[j]].group];
	}
	/* The plan holds exactly the members read in this transaction without a group. */
	rc = fh_member_set_groups(db, ids, groups, p->n, err);
done:
	fh_group_batch_end(&gb);
	free(ids);
	free(groups);
	return rc;
}

/* Fills in the default bounds and checks them. */
static int bounds(const struct fh_plan_options *opt, int *size, int *min, int *max,
		  struct fh_error *err)
{
	*size = opt->size > 0 ? opt->size : 10;
	*min = opt->min > 0 ? opt->min : (*size > 3 ? *size - 2 : 1);
	*max = opt->max > 0 ? opt->max : *size + 2;
	if (*min > *max)
		return fh_error_set(err, _("minimum group size %d is above the maximum %d"), *min, *max);
	if (*size < *min || *size > *max)
		return fh_error_set(err, _("group size %d is outside the bounds %d..%d"), *size, *min, *max);
	return 0;
}

int fh_plan_run(struct fh_db *db, const struct fh_plan_options *opt,
		struct fh_out *out, struct fh_error *err)
{
	struct plan p = { 0 };
	char *zones = NULL;
	long *order = NULL;
	int size, min, max, rc = -1, began = 0;
	char code[96];

	if (bounds(opt, &size, &min, &max, err))
		return -1;
	/* Read inside the write transaction, so the plan written is the plan made. */
	if (opt->apply) {
		if (fh_db_begin(db, err))
			return -1;
		began = 1;
	}
	/* zone may be a comma list (fh(1)): those zones are planned in one run. */
	if (fh_lookup_filter(db, FH_ZONE, opt->zone, &zones, err))
		goto done;
	if (load_zones(db, &p, zones, err) || load_members(db, &p, zones, err) ||
	    load_codes(db, &p, err))
		goto done;
	p.nplan = p.n;
	if (!opt->no_fill && fill_groups(db, &p, min, max, err))
		goto done;
	if (plan_zones(&p, p.nplan, size, min, max, err))
		goto done;
	if (p.n && !(order = malloc((size_t)p.n * sizeof(*order)))) {
		fh_error_set(err, _("out of memory planning the groups"));
		goto done;
	}
	if (opt->apply && !p.n) {
		/* Nothing to place: leave no empty entry in the audit trail. */
		fh_db_rollback(db);
		began = 0;
	} else if (opt->apply) {
		for (long i = 0; i < p.n; i++)
			order[i] = i;
		sort_r(order, p.n, sizeof(*order), id_cmp, &p);
		if (write_plan(db, &p, order, err))
			goto done;
		began = 0;
		if (fh_db_commit(db, err))
			goto done;
	}
	if (rows_by_group(&p, order)) {
		fh_error_set(err, _("out of memory writing the plan"));
		goto done;
	}
	fh_out_column(out, "member", 0);
	fh_out_column(out, "group", 0);
	for (long i = 0; i < p.n; i++) {
		const struct pmember *m = &p.m[order[i]];

		group_code(&p, m, code, sizeof(code));
		fh_out_text(out, str(&p, m->code));
		fh_out_text(out, code);
		fh_out_end_row(out);
	}
	rc = 0;
done:
	if (began)
		fh_db_rollback(db);
	free(order);
	free(zones);
	free(p.str.buf);
	free(p.zones);
	free(p.m);
	free(p.group_zone);
	free(p.group_id);
	free(p.groups);
	free(p.nb);
	return rc;
}
