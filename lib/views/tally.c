/*
 * Counting rows by keys: the keys of reports and activities, and the
 * table of buckets fh-stats adds rows into.
 */
#include <math.h>
#include <sqlite3.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fh/codes.h"
#include "fh/i18n.h"
#include "fh/map.h"
#include "fh/tally.h"

/*
 * The ISO week ("2026-W47") of a time column: the week's Thursday decides
 * its year, and the week number is that Thursday's day of the year.  The
 * sqlite3 shell of Debian 12 has no %V, so it is computed.
 */
#define WEEK_OF(col) \
	"printf('%s-W%02d', strftime('%Y', date(" col ", '-3 days', 'weekday 4'))," \
	" (CAST(strftime('%j', date(" col ", '-3 days', 'weekday 4')) AS INTEGER) + 6) / 7)"

const struct fh_tally_key fh_tally_report_keys[] = {
	{ "zone", "z.code", FH_JOIN_ZONE },
	{ "group", "g.code", FH_JOIN_GROUP },
	{ "category", "r.category", 0 },
	{ "family", "c.family", FH_JOIN_CAT },
	{ "member", "m.code", FH_JOIN_MEMBER },
	{ "month", "substr(r.reported_at, 1, 7)", 0 },
	{ "week", WEEK_OF("r.reported_at"), 0 },
	{ "station", NULL, 0 },
	{ NULL, NULL, 0 },
};

const struct fh_tally_key fh_tally_activity_keys[] = {
	{ "kind", "a.kind", 0 },
	{ "topic", "a.topic", 0 },
	{ "zone", "z.code", FH_JOIN_ZONE },
	{ "group", "g.code", FH_JOIN_GROUP },
	{ "team", "t.code", FH_JOIN_TEAM },
	{ "month", "substr(a.held_on, 1, 7)", 0 },
	{ "week", WEEK_OF("a.held_on"), 0 },
	{ "station", NULL, 0 },
	{ NULL, NULL, 0 },
};

const struct fh_tally_key *fh_tally_key(const struct fh_tally_key *table, const char *name)
{
	for (; table->name; table++)
		if (!strcmp(table->name, name))
			return table;
	return NULL;
}

int fh_tally_keys(const char *by, const struct fh_tally_key *table,
		  const struct fh_tally_key **keys, size_t *nkeys, struct fh_error *err)
{
	const char *p = by;

	*nkeys = 0;
	while (*p) {
		size_t n = strcspn(p, ",");
		const struct fh_tally_key *k = NULL;

		for (const struct fh_tally_key *d = table; d->name; d++)
			if (strlen(d->name) == n && !strncmp(d->name, p, n))
				k = d;
		if (!k) {
			char names[256];
			size_t len = 0;

			names[0] = '\0';
			for (const struct fh_tally_key *d = table; d->name && len < sizeof(names); d++)
				len += (size_t)snprintf(names + len, sizeof(names) - len, "%s%s",
							d->name, d[1].name ? ", " : "");
			return fh_error_set(err, _("unknown key '%.*s' (use %s)"), (int)n, p, names);
		}
		for (size_t i = 0; i < *nkeys; i++)
			if (keys[i] == k)
				return fh_error_set(err, _("key '%s' given twice"), k->name);
		if (*nkeys == FH_TALLY_MAX_KEYS)
			return fh_error_set(err, _("too many keys in '%s'"), by);
		keys[(*nkeys)++] = k;
		p += n;
		if (*p == ',' && *++p == '\0')
			return fh_error_set(err, _("empty key at the end of '%s'"), by);
	}
	return 0;
}

void fh_tally_columns(struct fh_out *out, const struct fh_tally_key *const *keys, size_t nkeys,
		      const char *const *dbs, int ndbs)
{
	/* Keys whose values are codes with labels; zones, groups, members keep their codes. */
	static const char *const coded[] = { "category", "family", "kind", "topic", NULL };
	bool category = false;

	for (size_t k = 0; k < nkeys; k++) {
		unsigned flags = 0;

		for (size_t i = 0; coded[i]; i++)
			if (!strcmp(keys[k]->name, coded[i]))
				flags = FH_COL_CODE;
		category |= !strcmp(keys[k]->name, "category");
		fh_out_column(out, keys[k]->name, flags);
	}
	if (category && ndbs > 0 && fh_out_for_people(out)) {
		sqlite3 *db = NULL;

		/*
		 * The writer keeps a statement on the connection until it is
		 * freed; closed with close_v2, the connection goes with it.  A
		 * database that does not open leaves the codes.
		 */
		if (sqlite3_open_v2(dbs[0], &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK)
			fh_out_categories(out, db);
		sqlite3_close_v2(db);
	}
}

void fh_tally_free(struct fh_tally *a)
{
	for (size_t i = 0; i < a->cap; i++) {
		struct fh_tally_bucket *b = a->slots[i];

		if (!b)
			continue;
		for (size_t k = 0; k < a->nkeys; k++)
			free(b->keys[k]);
		free(b->keys);
		free(b->times);
		free(b);
	}
	free(a->slots);
	a->slots = NULL;
	a->cap = a->n = 0;
}

/* Doubles the table; returns 0 or -1 when out of memory. */
static int tally_grow(struct fh_tally *a)
{
	size_t cap = a->cap ? a->cap * 2 : 64;
	struct fh_tally_bucket **slots = calloc(cap, sizeof(*slots));

	if (!slots)
		return -1;
	for (size_t i = 0; i < a->cap; i++) {
		struct fh_tally_bucket *b = a->slots[i];
		size_t j;

		if (!b)
			continue;
		for (j = b->hash & (cap - 1); slots[j]; j = (j + 1) & (cap - 1))
			;
		slots[j] = b;
	}
	free(a->slots);
	a->slots = slots;
	a->cap = cap;
	return 0;
}

/* The hash of nkeys keys, a missing one hashed apart from any text. */
static uint64_t keys_hash(const char *const *keys, size_t nkeys)
{
	uint64_t h = 0x9e3779b97f4a7c15ull;

	for (size_t k = 0; k < nkeys; k++)
		h = (h ^ (keys[k] ? fh_map_hash(keys[k]) : 0x1e)) * 0x100000001b3ull;
	return h;
}

/* Tells whether bucket b holds exactly the nkeys keys. */
static int same_keys(const struct fh_tally_bucket *b, const char *const *keys, size_t nkeys)
{
	for (size_t k = 0; k < nkeys; k++)
		if (!b->keys[k] != !keys[k] || (keys[k] && strcmp(b->keys[k], keys[k])))
			return 0;
	return 1;
}

/*
 * Finds or makes the bucket of keys; NULL when out of memory.  The keys
 * are hashed and compared as they are: no joined text is built per row.
 */
static struct fh_tally_bucket *tally_find(struct fh_tally *a, const char *const *keys)
{
	uint64_t h = keys_hash(keys, a->nkeys);
	size_t j;
	struct fh_tally_bucket *b;

	if ((a->n + 1) * 2 > a->cap && tally_grow(a))
		return NULL;
	for (j = h & (a->cap - 1); (b = a->slots[j]); j = (j + 1) & (a->cap - 1))
		if (b->hash == h && same_keys(b, keys, a->nkeys))
			return b;
	b = calloc(1, sizeof(*b));
	if (!b || !(b->keys = calloc(a->nkeys + 1, sizeof(char *)))) {
		free(b);
		return NULL;
	}
	b->hash = h;
	a->slots[j] = b;
	a->n++;
	for (size_t k = 0; k < a->nkeys; k++)
		if (keys[k] && !(b->keys[k] = strdup(keys[k])))
			return NULL;  /* the bucket is in the table and freed with it */
	return b;
}

struct fh_tally_bucket *fh_tally_bucket(struct fh_tally *a, const char *const *keys)
{
	struct fh_tally_bucket *b = tally_find(a, keys);

	if (!b)
		a->oom = 1;
	return b;
}

/* The slot of minutes in the times table of cap slots (a power of two): its own or the empty one. */
static struct fh_tally_time *time_slot(struct fh_tally_time *t, size_t cap, long long minutes)
{
	size_t j = ((uint64_t)minutes * 0x9e3779b97f4a7c15ull >> 20) & (cap - 1);

	while (t[j].count && t[j].minutes != minutes)
		j = (j + 1) & (cap - 1);
	return &t[j];
}

/* Doubles b's times table; returns 0 or -1 when out of memory. */
static int times_grow(struct fh_tally_bucket *b)
{
	size_t cap = b->cap ? b->cap * 2 : 16;
	struct fh_tally_time *t = calloc(cap, sizeof(*t));

	if (!t)
		return -1;
	for (size_t i = 0; i < b->cap; i++)
		if (b->times[i].count)
			*time_slot(t, cap, b->times[i].minutes) = b->times[i];
	free(b->times);
	b->times = t;
	b->cap = cap;
	return 0;
}

void fh_tally_minutes(struct fh_tally *a, struct fh_tally_bucket *b, double minutes)
{
	long long m = (long long)llround(minutes);
	struct fh_tally_time *t;

	if ((b->ntimes + 1) * 2 > b->cap && times_grow(b)) {
		a->oom = 1;
		return;
	}
	t = time_slot(b->times, b->cap, m);
	if (!t->count++) {
		t->minutes = m;
		b->ntimes++;
	}
	b->nminutes++;
}

static int cmp_time(const void *x, const void *y)
{
	long long a = ((const struct fh_tally_time *)x)->minutes;
	long long b = ((const struct fh_tally_time *)y)->minutes;

	return (a > b) - (a < b);
}

double fh_tally_median(const struct fh_tally_bucket *b)
{
	struct fh_tally_time *v;
	size_t n = 0, lo = (b->nminutes - 1) / 2, hi = b->nminutes / 2, seen = 0;
	double x = NAN, y = NAN;

	if (!b->nminutes || !(v = malloc(b->ntimes * sizeof(*v))))
		return NAN;
	for (size_t i = 0; i < b->cap; i++)
		if (b->times[i].count)
			v[n++] = b->times[i];
	/* One sort of the distinct times, then the middle by their counts. */
	qsort(v, n, sizeof(*v), cmp_time);
	for (size_t i = 0; i < n && isnan(y); i++) {
		if (isnan(x) && lo < seen + (size_t)v[i].count)
			x = (double)v[i].minutes;
		if (hi < seen + (size_t)v[i].count)
			y = (double)v[i].minutes;
		seen += (size_t)v[i].count;
	}
	free(v);
	return (x + y) / 2;
}

void fh_tally_report(struct fh_tally *a, const char *const *keys, const char *status,
		     double minutes)
{
	struct fh_tally_bucket *b = fh_tally_bucket(a, keys);

	if (!b)
		return;
	b->n[FH_TALLY_FOUND]++;
	if (status && !strcmp(status, "dismissed"))
		b->n[FH_TALLY_DISMISSED]++;
	if (fh_codes_status_done(status)) {
		b->n[FH_TALLY_HANDLED]++;
		fh_tally_minutes(a, b, minutes);
	}
}

static int cmp_keys(const struct fh_tally_bucket *x, const struct fh_tally_bucket *y, size_t nkeys)
{
	for (size_t k = 0; k < nkeys; k++) {
		const char *a = x->keys[k], *b = y->keys[k];
		int c;

		if (!a || !b)
			c = (a != NULL) - (b != NULL);
		else
			c = strcmp(a, b);
		if (c)
			return c;
	}
	return 0;
}

static int cmp_bucket(const void *x, const void *y, void *nkeys)
{
	return cmp_keys(*(struct fh_tally_bucket *const *)x, *(struct fh_tally_bucket *const *)y, *(size_t *)nkeys);
}

struct fh_tally_bucket **fh_tally_sorted(const struct fh_tally *a)
{
	struct fh_tally_bucket **v = malloc((a->n + 1) * sizeof(*v));
	size_t n = 0;

	if (!v)
		return NULL;
	for (size_t i = 0; i < a->cap; i++)
		if (a->slots[i])
			v[n++] = a->slots[i];
	qsort_r(v, n, sizeof(*v), cmp_bucket, (void *)&a->nkeys);
	return v;
}

const char *const *fh_tally_key_names(int activities)
{
	static const char *names[2][FH_TALLY_MAX_KEYS + 2];
	const struct fh_tally_key *table = activities ? fh_tally_activity_keys : fh_tally_report_keys;
	size_t i = 0;

	/* Read from the tables that parse checks, so the two never differ. */
	for (; table[i].name && i < FH_TALLY_MAX_KEYS + 1; i++)
		names[!!activities][i] = table[i].name;
	names[!!activities][i] = NULL;
	return names[!!activities];
}
