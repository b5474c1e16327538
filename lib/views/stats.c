#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fh/codes.h"
#include "fh/map.h"
#include "fh/check.h"
#include "fh/db.h"
#include "fh/stats.h"
#include "fh/i18n.h"

/*
 * The ISO week ("2026-W47") of a time column: the week's Thursday decides
 * its year, and the week number is that Thursday's day of the year.  The
 * sqlite3 shell of Debian 12 has no %V, so it is computed.
 */
#define WEEK_OF(col) \
	"printf('%s-W%02d', strftime('%Y', date(" col ", '-3 days', 'weekday 4'))," \
	" (CAST(strftime('%j', date(" col ", '-3 days', 'weekday 4')) AS INTEGER) + 6) / 7)"

/* Joins a report key needs. */
#define J_ZONE   0x1u
#define J_GROUP  0x2u
#define J_CAT    0x4u
#define J_MEMBER 0x8u
#define J_TEAM   0x10u

struct key_def {
	const char *name;
	const char *expr;  /* SQL over the aliases r, z, g, c, m (t for teams); NULL: the station */
	unsigned joins;
};

static const struct key_def report_keys[] = {
	{ "zone", "z.code", J_ZONE },
	{ "group", "g.code", J_GROUP },
	{ "category", "r.category", 0 },
	{ "family", "c.family", J_CAT },
	{ "member", "m.code", J_MEMBER },
	{ "month", "substr(r.reported_at, 1, 7)", 0 },
	{ "week", WEEK_OF("r.reported_at"), 0 },
	{ "station", NULL, 0 },
	{ NULL, NULL, 0 },
};

static const struct key_def activity_keys[] = {
	{ "kind", "a.kind", 0 },
	{ "topic", "a.topic", 0 },
	{ "zone", "z.code", J_ZONE },
	{ "group", "g.code", J_GROUP },
	{ "team", "t.code", J_TEAM },
	{ "month", "substr(a.held_on, 1, 7)", 0 },
	{ "week", WEEK_OF("a.held_on"), 0 },
	{ NULL, NULL, 0 },
};

#define MAX_KEYS 8

/* Splits a comma list of keys into defs; a bad or repeated key is a usage error. */
static int parse_keys(const char *by, const struct key_def *table,
		      const struct key_def **keys, size_t *nkeys, struct fh_error *err)
{
	const char *p = by;

	*nkeys = 0;
	while (*p) {
		size_t n = strcspn(p, ",");
		const struct key_def *k = NULL;

		for (const struct key_def *d = table; d->name; d++)
			if (strlen(d->name) == n && !strncmp(d->name, p, n))
				k = d;
		if (!k) {
			char names[256];
			size_t len = 0;

			names[0] = '\0';
			for (const struct key_def *d = table; d->name && len < sizeof(names); d++)
				len += (size_t)snprintf(names + len, sizeof(names) - len, "%s%s",
							d->name, d[1].name ? ", " : "");
			return fh_error_usage(err, _("unknown key '%.*s' (use %s)"), (int)n, p, names);
		}
		for (size_t i = 0; i < *nkeys; i++)
			if (keys[i] == k)
				return fh_error_usage(err, _("key '%s' given twice"), k->name);
		if (*nkeys == MAX_KEYS)
			return fh_error_usage(err, _("too many keys in '%s'"), by);
		keys[(*nkeys)++] = k;
		p += n;
		if (*p == ',' && *++p == '\0')
			return fh_error_usage(err, _("empty key at the end of '%s'"), by);
	}
	return 0;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

double fh_stats_median(double *v, size_t n)
{
	if (!n)
		return NAN;
	qsort(v, n, sizeof(*v), cmp_double);
	if (n % 2)
		return v[n / 2];
	return (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* One combination of keys and what was counted for it. */
struct bucket {
	char *id;            /* the keys joined, for lookup (owned) */
	char **keys;         /* nkeys values, NULL for a missing one (owned) */
	long long found, handled, dismissed;
	double *minutes;     /* handling times of the handled reports */
	size_t nminutes, cap;
};

/*
 * Buckets by their keys: an open-addressing table of bucket pointers (the
 * buckets themselves are walked for output, so fh_map's string->id entries
 * would only add an indirection); it hashes with fh_map_hash.
 */
struct agg {
	size_t nkeys;
	struct bucket **slots;
	size_t cap, n;
	int oom;
};

static void agg_free(struct agg *a)
{
	for (size_t i = 0; i < a->cap; i++) {
		struct bucket *b = a->slots[i];

		if (!b)
			continue;
		for (size_t k = 0; k < a->nkeys; k++)
			free(b->keys[k]);
		free(b->keys);
		free(b->id);
		free(b->minutes);
		free(b);
	}
	free(a->slots);
	a->slots = NULL;
	a->cap = a->n = 0;
}

/* Doubles the table; returns 0 or -1 when out of memory. */
static int agg_grow(struct agg *a)
{
	size_t cap = a->cap ? a->cap * 2 : 64;
	struct bucket **slots = calloc(cap, sizeof(*slots));

	if (!slots)
		return -1;
	for (size_t i = 0; i < a->cap; i++) {
		struct bucket *b = a->slots[i];
		size_t j;

		if (!b)
			continue;
		for (j = fh_map_hash(b->id) & (cap - 1); slots[j]; j = (j + 1) & (cap - 1))
			;
		slots[j] = b;
	}
	free(a->slots);
	a->slots = slots;
	a->cap = cap;
	return 0;
}

/* Finds or makes the bucket of keys (nkeys texts, NULL allowed). */
static struct bucket *agg_bucket(struct agg *a, const char *const *keys)
{
	char id[2048] = "";
	size_t len = 0, j;
	struct bucket *b;

	for (size_t k = 0; k < a->nkeys; k++) {
		/* \x1e marks a missing value, \x1f separates: neither is in codes. */
		len += (size_t)snprintf(id + len, len < sizeof(id) ? sizeof(id) - len : 0,
					"%s\x1f", keys[k] ? keys[k] : "\x1e");
		if (len >= sizeof(id))
			len = sizeof(id) - 1;
	}
	if ((a->n + 1) * 2 > a->cap && agg_grow(a))
		return NULL;
	for (j = fh_map_hash(id) & (a->cap - 1); (b = a->slots[j]); j = (j + 1) & (a->cap - 1))
		if (!strcmp(b->id, id))
			return b;
	b = calloc(1, sizeof(*b));
	if (!b || !(b->id = strdup(id)) || !(b->keys = calloc(a->nkeys + 1, sizeof(char *)))) {
		if (b)
			free(b->id);
		free(b);
		return NULL;
	}
	a->slots[j] = b;
	a->n++;
	for (size_t k = 0; k < a->nkeys; k++)
		if (keys[k] && !(b->keys[k] = strdup(keys[k])))
			return NULL;  /* the bucket is in the table and freed with it */
	return b;
}

/* Counts one report into the bucket of keys; minutes < 0 when not handled. */
static void agg_add(struct agg *a, const char *const *keys, const char *status, double minutes)
{
	struct bucket *b = agg_bucket(a, keys);

	if (!b) {
		a->oom = 1;
		return;
	}
	b->found++;
	if (status && !strcmp(status, "dismissed"))
		b->dismissed++;
	if (fh_codes_status_done(status)) {
		b->handled++;
		if (b->nminutes == b->cap) {
			size_t cap = b->cap ? b->cap * 2 : 8;
			double *m = realloc(b->minutes, cap * sizeof(*m));

			if (!m) {
				a->oom = 1;
				return;
			}
			b->minutes = m;
			b->cap = cap;
		}
		b->minutes[b->nminutes++] = minutes;
	}
}

static int cmp_keys(const struct bucket *x, const struct bucket *y, size_t nkeys)
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
	return cmp_keys(*(struct bucket *const *)x, *(struct bucket *const *)y, *(size_t *)nkeys);
}

/* The buckets in key order, in a new array of a->n (caller frees the array). */
static struct bucket **agg_sorted(const struct agg *a)
{
	struct bucket **v = malloc((a->n + 1) * sizeof(*v));
	size_t n = 0;

	if (!v)
		return NULL;
	for (size_t i = 0; i < a->cap; i++)
		if (a->slots[i])
			v[n++] = a->slots[i];
	qsort_r(v, n, sizeof(*v), cmp_bucket, (void *)&a->nkeys);
	return v;
}

/* The last part of a path, for a station without a name. */
static const char *base_name(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? slash + 1 : path;
}

/* Appends printf-style text to the sqlite3_malloc'd string *sql; NULL stays NULL. */
static void append_sql(char **sql, const char *fmt, ...)
{
	va_list ap;
	char *more, *joined;

	if (!*sql)
		return;
	va_start(ap, fmt);
	more = sqlite3_vmprintf(fmt, ap);
	va_end(ap);
	joined = more ? sqlite3_mprintf("%s%s", *sql, more) : NULL;
	sqlite3_free(more);
	sqlite3_free(*sql);
	*sql = joined;
}

/*
 * Checks that each station's file is an fh database (and brings an older
 * schema up to date) the way every tool opens one.  Returns 0 or -1.
 */
static int check_stations(const struct fh_stats_options *opt, struct fh_error *err)
{
	for (int i = 0; i < opt->ndbs; i++) {
		struct fh_db *db;

		sqlite3_stmt *stmt = NULL;
		int rc;

		if (fh_db_open(&db, opt->dbs[i], 0, err))
			return -1;
		/* Reads the schema, so that a damaged file is named here, not at ATTACH. */
		rc = fh_db_prepare(db, &stmt, "SELECT 1 FROM reports LIMIT 0", err);
		sqlite3_finalize(stmt);
		fh_db_close(db);
		if (rc)
			return fh_error_prefix(err, "'%s'", opt->dbs[i]);
	}
	return 0;
}

int fh_stats_repeat(const char *const *dbs, int i)
{
	struct stat a, b;

	if (stat(dbs[i], &a))
		return -1;
	for (int j = 0; j < i; j++)
		if (!stat(dbs[j], &b) && a.st_dev == b.st_dev && a.st_ino == b.st_ino)
			return j;
	return -1;
}

/* Reads the station's name from schema s of mem into a new string, else its file name. */
static char *station_name(sqlite3 *mem, const char *schema, const char *path)
{
	char *sql = sqlite3_mprintf("SELECT value FROM \"%w\".settings WHERE key = 'station'", schema);
	sqlite3_stmt *stmt = NULL;
	char *name = NULL;

	if (sql && sqlite3_prepare_v2(mem, sql, -1, &stmt, NULL) == SQLITE_OK &&
	    sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_text(stmt, 0) &&
	    *sqlite3_column_text(stmt, 0))
		name = strdup((const char *)sqlite3_column_text(stmt, 0));
	else
		name = strdup(base_name(path));
	sqlite3_finalize(stmt);
	sqlite3_free(sql);
	return name;
}

/* Sets err from the in-memory connection's last error. */
static int mem_error(sqlite3 *mem, struct fh_error *err, const char *doing)
{
	return fh_error_set(err, "%s: %s", doing, mem ? sqlite3_errmsg(mem) : _("out of memory"));
}

/*
 * Counts the reports filed in the period of every station into agg, by
 * keys: the stations are attached to an in-memory connection as many at
 * a time as SQLite allows, and one UNION ALL query reads each batch.
 * Returns 0 or -1.
 */
/* Attaches the station database path to mem as schema "s<i>".  Returns 0 or -1. */
static int attach_station(sqlite3 *mem, int i, const char *path, struct fh_error *err)
{
	char *att = sqlite3_mprintf("ATTACH ?1 AS \"s%d\"", i);
	sqlite3_stmt *a = NULL;
	int ok = att && sqlite3_prepare_v2(mem, att, -1, &a, NULL) == SQLITE_OK &&
		 sqlite3_bind_text(a, 1, path, -1, SQLITE_STATIC) == SQLITE_OK &&
		 sqlite3_step(a) == SQLITE_DONE;

	sqlite3_finalize(a);
	sqlite3_free(att);
	if (!ok)
		return mem_error(mem, err, _("cannot attach a station"));
	return 0;
}

/*
 * Appends to *sql the SELECT of one attached station (schema, named name):
 * the keys, the status and the minutes to handle each report of the span.
 */
static void station_select(char **sql, const struct fh_stats_options *opt,
			   const struct key_def *const *keys, size_t nkeys, unsigned joins,
			   const char *schema, const char *name)
{
	append_sql(sql, "SELECT ");
	for (size_t k = 0; k < nkeys; k++) {
		if (keys[k]->expr)
			append_sql(sql, "%s, ", keys[k]->expr);
		else
			append_sql(sql, "%Q, ", name);
	}
	append_sql(sql, "r.status, CASE WHEN " FH_CODES_DONE_SQL("r.status") " THEN"
		   " round((julianday(r.handled_at) - julianday(r.reported_at)) * 1440) END"
		   " FROM \"%w\".reports r", schema);
	if (joins & J_ZONE)
		append_sql(sql, " LEFT JOIN \"%w\".zones z ON z.id = r.zone_id", schema);
	if (joins & J_GROUP)
		append_sql(sql, " LEFT JOIN \"%w\".groups g ON g.id = r.group_id", schema);
	if (joins & J_CAT)
		append_sql(sql, " LEFT JOIN \"%w\".categories c ON c.code = r.category", schema);
	if (joins & J_MEMBER)
		append_sql(sql, " LEFT JOIN \"%w\".members m ON m.id = r.member_id", schema);
	append_sql(sql, " WHERE 1");
	if (*opt->since)
		append_sql(sql, " AND r.reported_at >= ?1");
	if (*opt->until)
		append_sql(sql, " AND r.reported_at < ?2");
	if (opt->category)
		append_sql(sql, " AND instr(',' || ?3 || ',', ',' || r.category || ',') > 0");
}

/* Runs sql (a batch of stations' SELECTs) over mem, adding every row to agg.  Returns 0 or -1. */
static int scan_batch(sqlite3 *mem, const char *sql, const struct fh_stats_options *opt,
		      size_t nkeys, struct agg *agg, struct fh_error *err)
{
	sqlite3_stmt *stmt = NULL;

	if (sqlite3_prepare_v2(mem, sql, -1, &stmt, NULL) != SQLITE_OK)
		return mem_error(mem, err, _("cannot read the reports"));
	if (*opt->since)
		sqlite3_bind_text(stmt, 1, opt->since, -1, SQLITE_STATIC);
	if (*opt->until)
		sqlite3_bind_text(stmt, 2, opt->until, -1, SQLITE_STATIC);
	if (opt->category)
		sqlite3_bind_text(stmt, 3, opt->category, -1, SQLITE_STATIC);
	while (sqlite3_step(stmt) == SQLITE_ROW) {
		const char *vals[MAX_KEYS];

		for (size_t k = 0; k < nkeys; k++)
			vals[k] = (const char *)sqlite3_column_text(stmt, (int)k);
		agg_add(agg, vals, (const char *)sqlite3_column_text(stmt, (int)nkeys),
			sqlite3_column_double(stmt, (int)nkeys + 1));
	}
	/* finalize returns the error of a step that failed. */
	if (sqlite3_finalize(stmt) != SQLITE_OK)
		return mem_error(mem, err, _("cannot read the reports"));
	if (agg->oom)
		return fh_error_set(err, _("out of memory"));
	return 0;
}

static int scan_reports(const struct fh_stats_options *opt, const struct key_def *const *keys,
			size_t nkeys, struct agg *agg, struct fh_error *err)
{
	sqlite3 *mem = NULL;
	char *sql = NULL, *names[16] = { 0 };
	unsigned joins = 0;
	int batch, rc = -1, attached = 0;

	agg->nkeys = nkeys;
	for (size_t k = 0; k < nkeys; k++)
		joins |= keys[k]->joins;
	if (check_stations(opt, err))
		return -1;
	if (sqlite3_open_v2(":memory:", &mem, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK) {
		mem_error(mem, err, _("cannot open a working database"));
		goto done;
	}
	sqlite3_busy_timeout(mem, FH_DB_BUSY_TIMEOUT_MS);
	batch = sqlite3_limit(mem, SQLITE_LIMIT_ATTACHED, -1);
	if (batch > 16)
		batch = 16;
	if (batch < 1)
		batch = 1;
	for (int first = 0; first < opt->ndbs; first += batch) {
		int n = opt->ndbs - first < batch ? opt->ndbs - first : batch;

		for (attached = 0; attached < n; attached++)
			if (attach_station(mem, attached, opt->dbs[first + attached], err))
				goto done;
		sql = sqlite3_mprintf("%s", "");
		for (int s = 0; s < n; s++) {
			char schema[8];

			snprintf(schema, sizeof(schema), "s%d", s);
			free(names[s]);
			if (!(names[s] = station_name(mem, schema, opt->dbs[first + s]))) {
				fh_error_set(err, _("out of memory"));
				goto done;
			}
			append_sql(&sql, "%s", s ? " UNION ALL " : "");
			station_select(&sql, opt, keys, nkeys, joins, schema, names[s]);
		}
		if (!sql) {
			fh_error_set(err, _("out of memory"));
			goto done;
		}
		if (scan_batch(mem, sql, opt, nkeys, agg, err))
			goto done;
		sqlite3_free(sql);
		sql = NULL;
		for (; attached > 0; attached--) {
			char *det = sqlite3_mprintf("DETACH \"s%d\"", attached - 1);

			sqlite3_exec(mem, det, NULL, NULL, NULL);
			sqlite3_free(det);
		}
	}
	rc = 0;
done:
	sqlite3_free(sql);
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		free(names[i]);
	sqlite3_close(mem);
	return rc;
}

int fh_stats_summary(const struct fh_stats_options *opt, struct fh_out *out,
		     struct fh_error *err)
{
	const struct key_def *keys[MAX_KEYS];
	struct agg agg = { 0 };
	struct bucket **sorted = NULL;
	size_t nkeys;
	int rc = -1;

	if (parse_keys(opt->by ? opt->by : "", report_keys, keys, &nkeys, err))
		return -1;
	if (scan_reports(opt, keys, nkeys, &agg, err))
		goto done;
	if (!(sorted = agg_sorted(&agg))) {
		fh_error_set(err, _("out of memory"));
		goto done;
	}
	for (size_t k = 0; k < nkeys; k++)
		fh_out_column(out, keys[k]->name, !strcmp(keys[k]->name, "family") ? FH_COL_CODE : 0);
	fh_out_column(out, "found", 0);
	fh_out_column(out, "handled", 0);
	fh_out_column(out, "open", 0);
	fh_out_column(out, "dismissed", 0);
	fh_out_column(out, "handled_pct", 0);
	fh_out_column(out, "median_hours_to_handle", 0);
	for (size_t i = 0; i < agg.n; i++) {
		struct bucket *b = sorted[i];

		for (size_t k = 0; k < nkeys; k++)
			fh_out_text(out, b->keys[k]);
		fh_out_int(out, b->found);
		fh_out_int(out, b->handled);
		fh_out_int(out, b->found - b->handled - b->dismissed);
		fh_out_int(out, b->dismissed);
		/*
		 * Dismissed reports (duplicates, not ours to handle) leave the
		 * denominator: nothing is left to do about them.  Rounded half
		 * up in whole tenths, so 2/3 is 66.7 on every libc.
		 */
		if (b->found > b->dismissed)
			fh_out_real(out, (double)((b->handled * 2000 + b->found - b->dismissed) /
						  (2 * (b->found - b->dismissed))) / 10, 1);
		else
			fh_out_null(out);
		if (b->nminutes)
			fh_out_real(out, floor(fh_stats_median(b->minutes, b->nminutes) / 6 + 0.5) / 10, 1);
		else
			fh_out_null(out);
		fh_out_end_row(out);
	}
	rc = 0;
done:
	free(sorted);
	agg_free(&agg);
	return rc;
}

/* The ISO week label "YYYY-Www" of t's date into buf (9 bytes or more). */
static void week_label(struct fh_time t, char *buf, size_t size)
{
	long doy;

	fh_time_add_days(&t, 4 - fh_weekday(&t));  /* the week's Thursday */
	doy = fh_days_from_civil(t.year, t.month, t.day) - fh_days_from_civil(t.year, 1, 1);
	snprintf(buf, size, "%04d-W%02ld", t.year, doy / 7 + 1);
}

/* The start of the month or ISO week that label names. */
static int label_start(const char *label, int weekly, struct fh_time *t)
{
	int y, n;

	memset(t, 0, sizeof(*t));
	if (weekly) {
		if (sscanf(label, "%4d-W%2d", &y, &n) != 2)
			return -1;
		*t = (struct fh_time){ y, 1, 4, 0, 0 };
		fh_time_add_days(t, -(fh_weekday(t) - 1) + 7L * (n - 1));
		return 0;
	}
	if (sscanf(label, "%4d-%2d", &y, &n) != 2)
		return -1;
	*t = (struct fh_time){ y, n, 1, 0, 0 };
	return 0;
}

/* Moves t to the start of the next month or week. */
static void next_step(struct fh_time *t, int weekly)
{
	if (weekly) {
		fh_time_add_days(t, 7);
		return;
	}
	t->day = 1;
	if (++t->month > 12) {
		t->month = 1;
		t->year++;
	}
}

/*
 * The end of a trend without --until: the end of the month or week of now
 * (quiet months up to now are shown as zeros, not left out), or of the
 * last with reports when that is later.  Returns 0 or -1.
 */
static int trend_end(const struct fh_stats_options *opt, const struct agg *agg,
		     struct bucket **sorted, struct fh_time *end)
{
	struct fh_error ignored = { 0 };
	struct fh_time last;
	const char *max = NULL;

	/* A bad FH_NOW is named by the commands that need now; here it gives no periods. */
	if (fh_now(end, &ignored))
		return -1;
	for (size_t i = 0; i < agg->n; i++)
		if (sorted[i]->keys[0] && (!max || strcmp(sorted[i]->keys[0], max) > 0))
			max = sorted[i]->keys[0];
	if (max && !label_start(max, opt->weekly, &last) && fh_time_cmp(&last, end) > 0)
		*end = last;
	if (opt->weekly)
		fh_time_add_days(end, -(fh_weekday(end) - 1));
	else
		end->day = 1;
	end->hour = end->minute = 0;
	next_step(end, opt->weekly);
	return 0;
}

/* The periods of the trend, every month or week from..to, in a new array. */
static char (*trend_periods(const struct fh_stats_options *opt, const struct agg *agg,
			    struct bucket **sorted, size_t *n))[32]
{
	struct fh_time t, end;
	char (*labels)[32] = NULL, last[32] = "";
	size_t cap = 0;

	*n = 0;
	if (*opt->since) {
		fh_time_parse(opt->since, &t, NULL);
	} else if (agg->n) {
		const char *min = NULL;

		for (size_t i = 0; i < agg->n; i++)
			if (sorted[i]->keys[0] && (!min || strcmp(sorted[i]->keys[0], min) < 0))
				min = sorted[i]->keys[0];
		if (!min || label_start(min, opt->weekly, &t))
			return calloc(1, sizeof(*labels));
	} else {
		return calloc(1, sizeof(*labels));
	}
	if (*opt->until) {
		fh_time_parse(opt->until, &end, NULL);
	} else if (trend_end(opt, agg, sorted, &end)) {
		return calloc(1, sizeof(*labels));
	}
	if (opt->weekly)
		fh_time_add_days(&t, -(fh_weekday(&t) - 1));
	else
		t.day = 1;
	t.hour = t.minute = 0;
	for (; fh_time_cmp(&t, &end) < 0; next_step(&t, opt->weekly)) {
		char label[32];

		if (opt->weekly)
			week_label(t, label, sizeof(label));
		else
			snprintf(label, sizeof(label), "%04d-%02d", t.year, t.month);
		if (!strcmp(label, last))
			continue;
		if (*n == cap) {
			size_t c = cap ? cap * 2 : 16;
			char (*more)[32] = realloc(labels, c * sizeof(*labels));

			if (!more) {
				free(labels);
				return NULL;
			}
			labels = more;
			cap = c;
		}
		memcpy(labels[(*n)++], label, sizeof(label));
		memcpy(last, label, sizeof(last));
	}
	return labels ? labels : calloc(1, sizeof(*labels));
}

/* A category's code and Chinese label, for the trend's rows and legend. */
struct series {
	char *code, *label;
};

static int cmp_series(const void *a, const void *b)
{
	return strcmp(((const struct series *)a)->code, ((const struct series *)b)->code);
}

/* Tells whether code is one of the comma list list. */
static bool in_list(const char *list, const char *code)
{
	size_t n = strlen(code);

	for (const char *p = list; p; p = strchr(p, ',') ? strchr(p, ',') + 1 : NULL)
		if (!strncmp(p, code, n) && (p[n] == ',' || !p[n]))
			return true;
	return false;
}

/* The number of items of the comma list list (0 for NULL). */
static size_t list_count(const char *list)
{
	size_t n = list ? 1 : 0;

	for (const char *p = list; p && *p; p++)
		n += *p == ',';
	return n;
}

/* Reads the labels of the first station's categories into s[i].label. */
static int category_labels(const struct fh_stats_options *opt, struct series *s, size_t n,
			   struct fh_error *err)
{
	struct fh_db *db;
	sqlite3_stmt *stmt;
	int rc = 0;

	if (fh_db_open(&db, opt->dbs[0], 0, err))
		return -1;
	if (fh_db_prepare(db, &stmt, "SELECT label FROM categories WHERE code = ?1", err)) {
		fh_db_close(db);
		return -1;
	}
	for (size_t i = 0; i < n && !rc; i++) {
		sqlite3_reset(stmt);
		sqlite3_bind_text(stmt, 1, s[i].code, -1, SQLITE_STATIC);
		if (sqlite3_step(stmt) == SQLITE_ROW) {
			s[i].label = strdup((const char *)sqlite3_column_text(stmt, 0));
		} else if (opt->category && in_list(opt->category, s[i].code)) {
			rc = fh_error_set(err, _("unknown category '%s' (see 'fh-report categories')"),
					  s[i].code);
			break;
		} else {
			s[i].label = strdup(s[i].code);
		}
		if (!s[i].label)
			rc = fh_error_set(err, _("out of memory"));
	}
	sqlite3_finalize(stmt);
	fh_db_close(db);
	return rc;
}

/* Writes text escaped for XML. */
static void xml_text(FILE *fp, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '<': fputs("&lt;", fp); break;
		case '>': fputs("&gt;", fp); break;
		case '&': fputs("&amp;", fp); break;
		case '"': fputs("&quot;", fp); break;
		default: fputc(*s, fp);
		}
	}
}

/* A round number at or above v for the top of an axis: 1, 2 or 5 times a power of ten. */
static long long axis_top(long long v)
{
	long long p = 1;

	if (v < 5)
		return 5;
	while (p * 10 <= v)
		p *= 10;
	for (;;) {
		if (p >= v) return p;
		if (2 * p >= v) return 2 * p;
		if (5 * p >= v) return 5 * p;
		p *= 10;
	}
}

/*
 * Writes s padded with spaces to width display columns (on the left when
 * right), so that Chinese headings line up over the figures.
 */
static void put_padded(FILE *fp, const char *s, size_t width, bool right)
{
	size_t w = fh_display_width(s);

	if (right)
		for (size_t i = w; i < width; i++)
			fputc(' ', fp);
	fputs(s, fp);
	if (!right)
		for (size_t i = w; i < width; i++)
			fputc(' ', fp);
}

/* Writes the SVG line chart: found per period, one line per category. */
static void write_svg(FILE *fp, int weekly, char (*periods)[32], size_t np,
		      const struct series *s, size_t ns, long long *found /* ns x np */)
{
	static const char *const colors[] = {
		"#d62728", "#1f77b4", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b",
		"#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
	};
	const double left = 60, top = 50, width = 640, height = 300;
	long long max = 0, ymax;
	size_t every = np > 12 ? (np + 11) / 12 : 1;

	for (size_t i = 0; i < ns * np; i++)
		if (found[i] > max)
			max = found[i];
	ymax = axis_top(max);
	fprintf(fp, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"860\" height=\"420\""
		" viewBox=\"0 0 860 420\" font-family=\"'Noto Sans CJK SC', 'Source Han Sans SC',"
		" 'WenQuanYi Micro Hei', sans-serif\" font-size=\"12\">\n"
		"<rect width=\"860\" height=\"420\" fill=\"#ffffff\"/>\n"
		"<text x=\"%g\" y=\"28\" font-size=\"16\">", left);
	fprintf(fp, _("各类上报数量趋势（按%s）"), weekly ? _("周") : _("月"));
	fputs("</text>\n", fp);
	/* The axes, the horizontal grid and the counts on the y axis. */
	for (int i = 0; i <= 5; i++) {
		double y = top + height - height * i / 5;

		fprintf(fp, "<line x1=\"%g\" y1=\"%g\" x2=\"%g\" y2=\"%g\" stroke=\"%s\"/>\n",
			left, y, left + width, y, i ? "#e0e0e0" : "#000000");
		fprintf(fp, "<text x=\"%g\" y=\"%g\" text-anchor=\"end\">%lld</text>\n",
			left - 6, y + 4, ymax * i / 5);
	}
	fprintf(fp, "<line x1=\"%g\" y1=\"%g\" x2=\"%g\" y2=\"%g\" stroke=\"#000000\"/>\n",
		left, top, left, top + height);
	fprintf(fp, "<text x=\"16\" y=\"%g\" transform=\"rotate(-90 16 %g)\" text-anchor=\"middle\">%s</text>\n",
		top + height / 2, top + height / 2, _("上报数（起）"));
	fprintf(fp, "<text x=\"%g\" y=\"%g\" text-anchor=\"middle\">%s</text>\n",
		left + width / 2, top + height + 44, weekly ? _("周") : _("月份"));
	for (size_t p = 0; p < np; p++) {
		double x = np > 1 ? left + width * p / (np - 1) : left + width / 2;

		if (p % every)
			continue;
		fprintf(fp, "<line x1=\"%g\" y1=\"%g\" x2=\"%g\" y2=\"%g\" stroke=\"#000000\"/>\n",
			x, top + height, x, top + height + 4);
		fprintf(fp, "<text x=\"%g\" y=\"%g\" text-anchor=\"middle\">%s</text>\n",
			x, top + height + 18, periods[p]);
	}
	for (size_t c = 0; c < ns; c++) {
		const char *color = colors[c % (sizeof(colors) / sizeof(colors[0]))];

		fprintf(fp, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"", color);
		for (size_t p = 0; p < np; p++) {
			double x = np > 1 ? left + width * p / (np - 1) : left + width / 2;
			double y = top + height - height * (double)found[c * np + p] / (double)ymax;

			fprintf(fp, "%s%.1f,%.1f", p ? " " : "", x, y);
		}
		fputs("\"/>\n", fp);
		/* The legend, right of the plot. */
		fprintf(fp, "<rect x=\"%g\" y=\"%g\" width=\"14\" height=\"4\" fill=\"%s\"/>\n",
			left + width + 20, top + 20.0 * c + 4, color);
		fprintf(fp, "<text x=\"%g\" y=\"%g\">", left + width + 40, top + 20.0 * c + 10);
		xml_text(fp, s[c].label);
		fputs("</text>\n", fp);
	}
	fputs("</svg>\n", fp);
}

/* Finds the index of code in s, or n. */
static size_t series_index(const struct series *s, size_t n, const char *code)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(s[i].code, code))
			return i;
	return n;
}

/*
 * Fills s (room for agg->n + list_count(opt->category) + 1) with the
 * trend's series: every category asked for, reports or not, and every
 * category with reports.  Sets *ns.  Returns 0, or -1 when out of memory.
 */
static int trend_series(const struct fh_stats_options *opt, const struct agg *agg,
			struct bucket *const *sorted, struct series *s, size_t *ns)
{
	for (const char *p = opt->category; p; p = strchr(p, ',') ? strchr(p, ',') + 1 : NULL) {
		size_t n = strcspn(p, ",");

		if (!n)
			continue;
		if (!(s[*ns].code = strndup(p, n)))
			return -1;
		if (series_index(s, *ns, s[*ns].code) < *ns) {
			free(s[*ns].code);
			s[*ns].code = NULL;
		} else {
			(*ns)++;
		}
	}
	for (size_t i = 0; i < agg->n; i++) {
		const char *code = sorted[i]->keys[1];

		if (code && series_index(s, *ns, code) == *ns && !(s[(*ns)++].code = strdup(code)))
			return -1;
	}
	return 0;
}

/* Writes the trend as rows period, category, label, found, handled. */
static void trend_rows(struct fh_out *out, char (*periods)[32], size_t np,
		       const struct series *s, size_t ns, const long long *found,
		       const long long *handled)
{
	fh_out_column(out, "period", 0);
	fh_out_column(out, "category", 0);
	fh_out_column(out, "label", 0);
	fh_out_column(out, "found", 0);
	fh_out_column(out, "handled", 0);
	for (size_t p = 0; p < np; p++) {
		for (size_t c = 0; c < ns; c++) {
			fh_out_text(out, periods[p]);
			fh_out_text(out, s[c].code);
			fh_out_text(out, s[c].label);
			fh_out_int(out, found[c * np + p]);
			fh_out_int(out, handled[c * np + p]);
			fh_out_end_row(out);
		}
	}
}

/*
 * Draws the trend as one bar a period, all series added up: '#' handled,
 * '-' not (yet) handled, scaled to 50 columns at most.  Returns 0, or -1
 * when out of memory.
 */
static int trend_chart(FILE *chart, int color, char (*periods)[32], size_t np, size_t ns,
		       const long long *found, const long long *handled)
{
	long long *total = calloc(np + 1, sizeof(*total));
	long long *done_ = calloc(np + 1, sizeof(*done_));
	long long max = 0;

	if (!total || !done_) {
		free(total);
		free(done_);
		return -1;
	}
	for (size_t p = 0; p < np; p++) {
		for (size_t c = 0; c < ns; c++) {
			total[p] += found[c * np + p];
			done_[p] += handled[c * np + p];
		}
		if (total[p] > max)
			max = total[p];
	}
	put_padded(chart, _("period"), 8, false);
	fputc(' ', chart);
	put_padded(chart, _("found"), 6, true);
	fputc(' ', chart);
	put_padded(chart, _("handled"), 6, true);
	fputc('\n', chart);
	for (size_t p = 0; p < np; p++) {
		long long w = max > 50 ? (total[p] * 50 + max / 2) / max : total[p];
		long long h = total[p] ? (w * done_[p] + total[p] / 2) / total[p] : 0;

		fprintf(chart, "%-8s %6lld %6lld", periods[p], total[p], done_[p]);
		if (w) {
			fputs(color ? "  \033[32m" : "  ", chart);
			for (long long i = 0; i < h; i++)
				fputc('#', chart);
			fputs(color ? "\033[31m" : "", chart);
			for (long long i = h; i < w; i++)
				fputc('-', chart);
			fputs(color ? "\033[0m" : "", chart);
		}
		fputc('\n', chart);
	}
	free(total);
	free(done_);
	return 0;
}

int fh_stats_trend(const struct fh_stats_options *opt, enum fh_trend_style style,
		   struct fh_out *out, FILE *chart, int color, FILE *svg,
		   struct fh_error *err)
{
	const struct key_def *keys[2] = { &report_keys[opt->weekly ? 6 : 5], &report_keys[2] };
	struct agg agg = { 0 };
	struct bucket **sorted = NULL;
	struct series *s = NULL;
	char (*periods)[32] = NULL;
	long long *found = NULL, *handled = NULL;
	size_t np = 0, ns = 0;
	int rc = -1;

	if (scan_reports(opt, keys, 2, &agg, err))
		goto done;
	if (!(sorted = agg_sorted(&agg)) || !(periods = trend_periods(opt, &agg, sorted, &np)) ||
	    !(s = calloc(agg.n + list_count(opt->category) + 1, sizeof(*s))))
		goto oom;
	if (trend_series(opt, &agg, sorted, s, &ns))
		goto oom;
	if (!np)
		ns = ns && opt->category ? ns : 0;
	qsort(s, ns, sizeof(*s), cmp_series);
	if (category_labels(opt, s, ns, err))
		goto done;
	found = calloc(ns * np + 1, sizeof(*found));
	handled = calloc(ns * np + 1, sizeof(*handled));
	if (!found || !handled)
		goto oom;
	for (size_t i = 0; i < agg.n; i++) {
		struct bucket *b = sorted[i];
		size_t c = b->keys[1] ? series_index(s, ns, b->keys[1]) : ns;

		for (size_t p = 0; p < np && c < ns; p++) {
			if (b->keys[0] && !strcmp(periods[p], b->keys[0])) {
				found[c * np + p] += b->found;
				handled[c * np + p] += b->handled;
			}
		}
	}
	if (style == FH_TREND_ROWS)
		trend_rows(out, periods, np, s, ns, found, handled);
	else if (style == FH_TREND_CHART && trend_chart(chart, color, periods, np, ns, found, handled))
		goto oom;
	if (svg)
		write_svg(svg, opt->weekly, periods, np, s, ns, found);
	rc = 0;
	goto done;
oom:
	fh_error_set(err, _("out of memory"));
done:
	for (size_t i = 0; s && i < ns; i++) {
		free(s[i].code);
		free(s[i].label);
	}
	free(s);
	free(found);
	free(handled);
	free(periods);
	free(sorted);
	agg_free(&agg);
	return rc;
}

int fh_stats_activities(const struct fh_stats_options *opt, struct fh_out *out,
			struct fh_error *err)
{
	const struct key_def *keys[MAX_KEYS];
	struct fh_db *db = NULL;
	sqlite3_stmt *stmt = NULL;
	char *sql = NULL;
	unsigned joins = 0;
	size_t nkeys;
	int rc = -1;

	if (parse_keys(opt->by ? opt->by : "kind", activity_keys, keys, &nkeys, err))
		return -1;
	for (size_t k = 0; k < nkeys; k++)
		joins |= keys[k]->joins;
	if (fh_db_open(&db, opt->dbs[0], 0, err))
		return -1;
	sql = sqlite3_mprintf("%s", "SELECT ");
	for (size_t k = 0; k < nkeys; k++)
		append_sql(&sql, "%s AS \"%w\", ", keys[k]->expr, keys[k]->name);
	append_sql(&sql, "count(*) AS activities, sum(a.attendance) AS attendance FROM"
		   " (SELECT a.*, coalesce(a.count, (SELECT count(*) FROM activity_attendance x"
		   "  WHERE x.activity_id = a.id)) AS attendance FROM activities a"
		   "  WHERE (?1 = '' OR a.held_on || ' 00:00' >= ?1)"
		   "  AND (?2 = '' OR a.held_on || ' 00:00' < ?2)) a");
	if (joins & J_ZONE)
		append_sql(&sql, " LEFT JOIN zones z ON z.id = a.zone_id");
	if (joins & J_GROUP)
		append_sql(&sql, " LEFT JOIN groups g ON g.id = a.group_id");
	if (joins & J_TEAM)
		append_sql(&sql, " LEFT JOIN teams t ON t.id = a.team_id");
	if (nkeys) {
		append_sql(&sql, " GROUP BY ");
		for (size_t k = 0; k < nkeys; k++)
			append_sql(&sql, "%s%d", k ? ", " : "", (int)k + 1);
		append_sql(&sql, " ORDER BY ");
		for (size_t k = 0; k < nkeys; k++)
			append_sql(&sql, "%s%d", k ? ", " : "", (int)k + 1);
	} else {
		append_sql(&sql, " HAVING count(*) > 0");
	}
	if (!sql) {
		fh_error_set(err, _("out of memory"));
		goto done;
	}
	if (fh_db_prepare(db, &stmt, sql, err))
		goto done;
	sqlite3_bind_text(stmt, 1, opt->since, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 2, opt->until, -1, SQLITE_STATIC);
	if (fh_out_stmt(out, stmt, err) != SQLITE_DONE)
		goto done;
	rc = 0;
done:
	sqlite3_finalize(stmt);
	sqlite3_free(sql);
	fh_db_close(db);
	return rc;
}

int fh_stats_groups(const struct fh_stats_options *opt, struct fh_out *out,
		    struct fh_error *err)
{
	static const char sql[] =
		"SELECT \"group\", zone, leader, found, handled, activities, attendance,"
		"  " FH_CHECK_INACTIVE("found", "activities") " AS inactive FROM ("
		" SELECT g.code AS \"group\", z.code AS zone, lm.code AS leader,"
		"  (SELECT count(*) FROM reports r WHERE r.group_id = g.id"
		"   AND (?1 = '' OR r.reported_at >= ?1) AND (?2 = '' OR r.reported_at < ?2)) AS found,"
		"  (SELECT count(*) FROM reports r WHERE r.group_id = g.id AND " FH_CODES_DONE_SQL("r.status")
		"   AND (?1 = '' OR r.reported_at >= ?1) AND (?2 = '' OR r.reported_at < ?2)) AS handled,"
		"  (SELECT count(*) FROM activities a"
		"   WHERE (?1 = '' OR a.held_on || ' 00:00' >= ?1) AND (?2 = '' OR a.held_on || ' 00:00' < ?2)"
		"   AND (a.group_id = g.id OR EXISTS (SELECT 1 FROM activity_attendance x"
		"    JOIN members m ON m.id = x.member_id"
		"    WHERE x.activity_id = a.id AND m.group_id = g.id))) AS activities,"
		"  (SELECT count(*) FROM activity_attendance x JOIN activities a ON a.id = x.activity_id"
		"   JOIN members m ON m.id = x.member_id WHERE m.group_id = g.id"
		"   AND (?1 = '' OR a.held_on || ' 00:00' >= ?1) AND (?2 = '' OR a.held_on || ' 00:00' < ?2))"
		"   AS attendance"
		" FROM groups g JOIN zones z ON z.id = g.zone_id"
		" LEFT JOIN leader_terms t ON t.group_id = g.id AND t.ended_on IS NULL"
		" LEFT JOIN members lm ON lm.id = t.member_id"
		" WHERE g.dissolved_on IS NULL) ORDER BY \"group\"";
	struct fh_db *db = NULL;
	sqlite3_stmt *stmt = NULL;
	int rc = -1;

	if (fh_db_open(&db, opt->dbs[0], 0, err))
		return -1;
	if (fh_db_prepare(db, &stmt, sql, err))
		goto done;
	sqlite3_bind_text(stmt, 1, opt->since, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 2, opt->until, -1, SQLITE_STATIC);
	if (fh_out_stmt(out, stmt, err) != SQLITE_DONE)
		goto done;
	rc = 0;
done:
	sqlite3_finalize(stmt);
	fh_db_close(db);
	return rc;
}

/* Parses "YYYY-MM-DD HH:MM"; returns 0 or -1. */
static int parse_bound(const char *s, struct fh_time *t)
{
	return fh_time_parse(s, t, NULL);
}

/* Months from a to b (both first days), or -1 when either is not a month's start. */
static int month_span(const struct fh_time *a, const struct fh_time *b)
{
	if (a->day != 1 || b->day != 1 || a->hour || a->minute || b->hour || b->minute)
		return -1;
	return (b->year * 12 + b->month) - (a->year * 12 + a->month);
}

/* Writes a date as 2026年11月23日. */
static void date_words(const struct fh_time *t, char *buf, size_t size)
{
	snprintf(buf, size, _("%d年%d月%d日"), t->year, t->month, t->day);
}

/*
 * Words for [a, b) when it is a whole quarter, month or year ("本季度",
 * "2026年10月", "去年"), relative to now n.  Returns 1 when written, else 0.
 */
static int calendar_words(const struct fh_time *a, const struct fh_time *b,
			  const struct fh_time *n, char *buf, size_t size)
{
	static const char *const quarters[] = { N_("一"), N_("二"), N_("三"), N_("四") };
	int months = month_span(a, b);

	if (months == 3 && (a->month - 1) % 3 == 0) {
		int qa = a->year * 4 + (a->month - 1) / 3, qn = n->year * 4 + (n->month - 1) / 3;

		if (qa == qn)
			snprintf(buf, size, _("本季度"));
		else if (qa == qn - 1)
			snprintf(buf, size, _("上季度"));
		else
			snprintf(buf, size, _("%d年第%s季度"), a->year, _(quarters[(a->month - 1) / 3]));
		return 1;
	}
	if (months == 1) {
		int ma = a->year * 12 + a->month, mn = n->year * 12 + n->month;

		if (ma == mn)
			snprintf(buf, size, _("本月"));
		else if (ma == mn - 1)
			snprintf(buf, size, _("上月"));
		else
			snprintf(buf, size, _("%d年%d月"), a->year, a->month);
		return 1;
	}
	if (months == 12 && a->month == 1) {
		if (a->year == n->year)
			snprintf(buf, size, _("本年"));
		else if (a->year == n->year - 1)
			snprintf(buf, size, _("去年"));
		else
			snprintf(buf, size, _("%d年"), a->year);
		return 1;
	}
	return 0;
}

/* Words for [a, b) when it is a whole week or day ("上周", "今日").  Returns 1 when written. */
static int day_words(const struct fh_time *a, const struct fh_time *b,
		     const struct fh_time *n, char *buf, size_t size)
{
	char d1[64];

	if (!a->hour && !a->minute && !b->hour && !b->minute) {
		long da = fh_days_from_civil(a->year, a->month, a->day);
		long days = fh_days_from_civil(b->year, b->month, b->day) - da;
		long dn = fh_days_from_civil(n->year, n->month, n->day);

		if (days == 7 && fh_weekday(a) == 1) {
			long monday = dn - (fh_weekday(n) - 1);

			if (da == monday)
				snprintf(buf, size, _("本周"));
			else if (da == monday - 7)
				snprintf(buf, size, _("上周"));
			else
				date_words(a, d1, sizeof(d1)), snprintf(buf, size, _("%s起的一周"), d1);
			return 1;
		}
		if (days == 1) {
			if (da == dn)
				snprintf(buf, size, _("今日"));
			else if (da == dn - 1)
				snprintf(buf, size, _("昨日"));
			else
				date_words(a, buf, size);
			return 1;
		}
	}
	return 0;
}

void fh_stats_period_words(const char *since, const char *until, const char *now,
			   char *buf, size_t size)
{
	struct fh_time a, b, n, last;
	char d1[64], d2[64];

	if (!*since && !*until) {
		snprintf(buf, size, _("截至目前"));
		return;
	}
	if (parse_bound(now, &n))
		memset(&n, 0, sizeof(n));
	if (!*until || parse_bound(until, &b)) {
		if (parse_bound(since, &a))
			snprintf(buf, size, _("截至目前"));
		else
			date_words(&a, d1, sizeof(d1)), snprintf(buf, size, _("%s以来"), d1);
		return;
	}
	if (!*since || parse_bound(since, &a)) {
		last = b;
		fh_time_add_days(&last, -1);
		date_words(&last, d2, sizeof(d2));
		snprintf(buf, size, _("截至%s"), d2);
		return;
	}
	if (calendar_words(&a, &b, &n, buf, size) || day_words(&a, &b, &n, buf, size))
		return;
	last = b;
	if (!b.hour && !b.minute)
		fh_time_add_days(&last, -1);
	date_words(&a, d1, sizeof(d1));
	date_words(&last, d2, sizeof(d2));
	snprintf(buf, size, _("%s至%s"), d1, d2);
}

/* Appends one clause of the headline, with the separator before all but the first. */
static void clause(char *buf, size_t size, size_t *len, const char *fmt, long long n)
{
	if (*len < size)
		*len += (size_t)snprintf(buf + *len, size - *len, _("，"));
	if (*len < size)
		*len += (size_t)snprintf(buf + *len, size - *len, fmt, n);
}

/*
 * Appends the hazards' clause: found, the dismissed ones named apart (a
 * duplicate dismissed and its twin handled must not read as one still
 * open), then handled or still in hand.
 */
static void hazard_words(char *buf, size_t size, size_t *len, long long found,
			 long long dismissed, long long handled)
{
	long long live = found - dismissed;

	if (!found)
		return;
	if (!dismissed && handled == found) {
		*len += (size_t)snprintf(buf + *len, size - *len, _("共发现并处置各类隐患 %lld 起"), found);
		return;
	}
	*len += (size_t)snprintf(buf + *len, size - *len, _("共发现各类隐患 %lld 起"), found);
	if (dismissed)
		clause(buf, size, len, _("其中重复或不予处理 %lld 起"), dismissed);
	if (!live)
		return;
	if (dismissed && handled == live)
		clause(buf, size, len, _("其余 %lld 起均已处置"), handled);
	else if (handled)
		clause(buf, size, len, _("已处置 %lld 起"), handled);
	else if (*len < size)
		*len += (size_t)snprintf(buf + *len, size - *len, dismissed ? _("，其余均在处置中")
					 : _("，均在处置中"));
}

char *fh_stats_headline(const struct fh_stats_options *opt, struct fh_error *err)
{
	/* Services and incidents quoted when any were handled, in the stories' order. */
	static const struct { const char *category, *fmt; } quoted[] = {
		{ "lost-person", N_("找回走失人员 %lld 名") },
		{ "lost-item", N_("返还遗失物品 %lld 件") },
		{ "fraud", N_("劝阻电信诈骗 %lld 起") },
		{ "dispute", N_("化解矛盾纠纷 %lld 起") },
		{ "consult", N_("解答咨询求助 %lld 次") },
		{ "lead", N_("提供线索 %lld 条") },
	};
	const struct key_def *keys[2] = { &report_keys[2], &report_keys[3] };
	struct agg agg = { 0 };
	struct fh_time now;
	char nowbuf[FH_TIME_LEN], words[128], buf[1024];
	long long hazards = 0, hazards_dismissed = 0, hazards_handled = 0, all = 0;
	size_t len = 0;
	char *sentence = NULL;

	if (fh_now(&now, err))
		return NULL;
	fh_time_format(&now, nowbuf);
	if (scan_reports(opt, keys, 2, &agg, err))
		goto done;
	for (size_t i = 0; i < agg.cap; i++) {
		struct bucket *b = agg.slots[i];

		if (!b)
			continue;
		all += b->found;
		if (b->keys[1] && !strcmp(b->keys[1], "hazard")) {
			hazards += b->found;
			hazards_dismissed += b->dismissed;
			hazards_handled += b->handled;
		}
	}
	fh_stats_period_words(opt->since, opt->until, nowbuf, words, sizeof(words));
	len = (size_t)snprintf(buf, sizeof(buf), "%s", words);
	hazard_words(buf, sizeof(buf), &len, hazards, hazards_dismissed, hazards_handled);
	for (size_t q = 0; q < sizeof(quoted) / sizeof(quoted[0]); q++) {
		long long n = 0;

		for (size_t i = 0; i < agg.cap; i++) {
			struct bucket *b = agg.slots[i];

			if (b && b->keys[0] && !strcmp(b->keys[0], quoted[q].category))
				n += b->handled;
		}
		if (!n)
			continue;
		if (len == strlen(words))
			len += (size_t)snprintf(buf + len, sizeof(buf) - len, _(quoted[q].fmt), n);
		else
			clause(buf, sizeof(buf), &len, _(quoted[q].fmt), n);
	}
	if (len == strlen(words)) {
		if (all)
			len += (size_t)snprintf(buf + len, sizeof(buf) - len, _("共收到各类上报 %lld 起"), all);
		else
			len += (size_t)snprintf(buf + len, sizeof(buf) - len, _("暂无上报"));
	}
	if (len < sizeof(buf))
		snprintf(buf + len, sizeof(buf) - len, _("。"));
	if (!(sentence = strdup(buf)))
		fh_error_set(err, _("out of memory"));
done:
	agg_free(&agg);
	return sentence;
}
