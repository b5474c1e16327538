/*
 * The numbers (fh-stats): reports found and handled per key and over
 * time, activities and each group's record, over one or several
 * stations.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fh/chart.h"
#include "fh/check.h"
#include "fh/codes.h"
#include "fh/db.h"
#include "fh/i18n.h"
#include "fh/stations.h"
#include "fh/stats.h"
#include "fh/tally.h"

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

/* What a scan of the reports selects and where it counts them. */
struct report_scan {
	const struct fh_stats_options *opt;
	const struct fh_tally_key *const *keys;
	size_t nkeys;
	struct fh_tally *tally;
};

/*
 * Appends the SELECT of one attached station (schema, shown as label):
 * the keys, the status and the minutes to handle each report of the span.
 */
static void report_select(char **sql, const char *schema, const char *label, void *ctx)
{
	const struct report_scan *s = ctx;
	unsigned joins;

	fh_stations_sql(sql, "SELECT ");
	joins = fh_stations_keys(sql, s->keys, s->nkeys, label);
	joins |= (s->opt->zone ? FH_JOIN_ZONE : 0) | (s->opt->family ? FH_JOIN_CAT : 0);
	fh_stations_sql(sql, "r.status, CASE WHEN " FH_CODES_DONE_SQL("r.status") " THEN"
			" round((julianday(r.handled_at) - julianday(r.reported_at)) * 1440) END"
			" FROM \"%w\".reports r", schema);
	fh_stations_joins(sql, schema, joins, 'r');
	fh_stations_sql(sql, " WHERE 1");
	if (*s->opt->since)
		fh_stations_sql(sql, " AND r.reported_at >= ?1");
	if (*s->opt->until)
		fh_stations_sql(sql, " AND r.reported_at < ?2");
	if (s->opt->category)
		fh_stations_sql(sql, " AND instr(',' || ?3 || ',', ',' || r.category || ',') > 0");
	if (s->opt->zone)
		fh_stations_sql(sql, " AND instr(',' || ?4 || ',', ',' || z.code || ',') > 0");
	if (s->opt->family)
		fh_stations_sql(sql, " AND instr(',' || ?5 || ',', ',' || c.family || ',') > 0");
}

/* Counts one row of report_select. */
static void report_row(sqlite3_stmt *stmt, void *ctx)
{
	const struct report_scan *s = ctx;
	const char *vals[FH_TALLY_MAX_KEYS];

	fh_stations_row_keys(stmt, s->nkeys, vals);
	fh_tally_report(s->tally, vals, (const char *)sqlite3_column_text(stmt, (int)s->nkeys),
			sqlite3_column_double(stmt, (int)s->nkeys + 1));
}

static int report_failed(void *ctx)
{
	return ((const struct report_scan *)ctx)->tally->oom;
}

int fh_stats_scan(const struct fh_stats_options *opt, const struct fh_tally_key *const *keys,
		  size_t nkeys, struct fh_tally *tally, struct fh_error *err)
{
	struct report_scan s = { opt, keys, nkeys, tally };
	const struct fh_stations_query q = { report_select, report_row, report_failed, &s };

	tally->nkeys = nkeys;
	return fh_stations_scan(opt, &q, err);
}

int fh_stats_summary(const struct fh_stats_options *opt, struct fh_out *out,
		     struct fh_error *err)
{
	const struct fh_tally_key *keys[FH_TALLY_MAX_KEYS];
	struct fh_tally agg = { 0 };
	struct fh_tally_bucket **sorted = NULL;
	size_t nkeys;
	int rc = -1;

	if (fh_tally_keys(opt->by ? opt->by : "", fh_tally_report_keys, keys, &nkeys, err))
		return -1;
	if (fh_stats_scan(opt, keys, nkeys, &agg, err))
		goto done;
	if (!(sorted = fh_tally_sorted(&agg))) {
		fh_error_set(err, _("out of memory"));
		goto done;
	}
	fh_tally_columns(out, keys, nkeys, opt->dbs, opt->ndbs);
	fh_out_column(out, "found", 0);
	fh_out_column(out, "handled", 0);
	fh_out_column(out, "open", 0);
	fh_out_column(out, "dismissed", 0);
	fh_out_column(out, "handled_pct", 0);
	fh_out_column(out, "median_hours_to_handle", 0);
	for (size_t i = 0; i < agg.n; i++) {
		struct fh_tally_bucket *b = sorted[i];

		for (size_t k = 0; k < nkeys; k++)
			fh_out_text(out, b->keys[k]);
		fh_out_int(out, b->n[FH_TALLY_FOUND]);
		fh_out_int(out, b->n[FH_TALLY_HANDLED]);
		fh_out_int(out, b->n[FH_TALLY_FOUND] - b->n[FH_TALLY_HANDLED] - b->n[FH_TALLY_DISMISSED]);
		fh_out_int(out, b->n[FH_TALLY_DISMISSED]);
		/*
		 * Dismissed reports (duplicates, not ours to handle) leave the
		 * denominator: nothing is left to do about them.  Rounded half
		 * up in whole tenths, so 2/3 is 66.7 on every libc.
		 */
		if (b->n[FH_TALLY_FOUND] > b->n[FH_TALLY_DISMISSED])
			fh_out_real(out, (double)((b->n[FH_TALLY_HANDLED] * 2000 + b->n[FH_TALLY_FOUND] - b->n[FH_TALLY_DISMISSED]) /
						  (2 * (b->n[FH_TALLY_FOUND] - b->n[FH_TALLY_DISMISSED]))) / 10, 1);
		else
			fh_out_null(out);
		if (b->nminutes)
			fh_out_real(out, floor(fh_tally_median(b) / 6 + 0.5) / 10, 1);
		else
			fh_out_null(out);
		fh_out_end_row(out);
	}
	rc = 0;
done:
	free(sorted);
	fh_tally_free(&agg);
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
static int trend_end(const struct fh_stats_options *opt, const struct fh_tally *agg,
		     struct fh_tally_bucket **sorted, struct fh_time *end)
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
static char (*trend_periods(const struct fh_stats_options *opt, const struct fh_tally *agg,
			    struct fh_tally_bucket **sorted, size_t *n))[FH_CHART_LABEL_LEN]
{
	struct fh_time t, end;
	char (*labels)[FH_CHART_LABEL_LEN] = NULL, last[FH_CHART_LABEL_LEN] = "";
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
		char label[FH_CHART_LABEL_LEN];

		if (opt->weekly)
			week_label(t, label, sizeof(label));
		else
			snprintf(label, sizeof(label), "%04d-%02d", t.year, t.month);
		if (!strcmp(label, last))
			continue;
		if (*n == cap) {
			size_t c = cap ? cap * 2 : 16;
			char (*more)[FH_CHART_LABEL_LEN] = realloc(labels, c * sizeof(*labels));

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
static int trend_series(const struct fh_stats_options *opt, const struct fh_tally *agg,
			struct fh_tally_bucket *const *sorted, struct series *s, size_t *ns)
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
static void trend_rows(struct fh_out *out, char (*periods)[FH_CHART_LABEL_LEN], size_t np,
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
 * '-' not (yet) handled.  Returns 0, or -1 when out of memory.
 */
static int trend_bars(FILE *chart, int color, char (*periods)[FH_CHART_LABEL_LEN], size_t np, size_t ns,
		      const long long *found, const long long *handled)
{
	const char *const heads[3] = { _("period"), _("found"), _("handled") };
	long long *total = calloc(np + 1, sizeof(*total));
	long long *done = calloc(np + 1, sizeof(*done));

	if (!total || !done) {
		free(total);
		free(done);
		return -1;
	}
	for (size_t p = 0; p < np; p++) {
		for (size_t c = 0; c < ns; c++) {
			total[p] += found[c * np + p];
			done[p] += handled[c * np + p];
		}
	}
	fh_chart_bars(chart, color, (const char (*)[FH_CHART_LABEL_LEN])periods, np, total, done, heads);
	free(total);
	free(done);
	return 0;
}

/* Writes the SVG line chart: found per period, one line per category.  Returns 0 or -1. */
static int trend_svg(FILE *fp, int weekly, char (*periods)[FH_CHART_LABEL_LEN], size_t np,
		     const struct series *s, size_t ns, const long long *found)
{
	const char **names = calloc(ns + 1, sizeof(*names));
	char title[128];
	struct fh_chart c = { title, weekly ? _("周") : _("月份"), _("上报数（起）"),
			      (const char (*)[FH_CHART_LABEL_LEN])periods, np, names, ns, found };

	if (!names)
		return -1;
	for (size_t i = 0; i < ns; i++)
		names[i] = s[i].label;
	snprintf(title, sizeof(title), _("各类上报数量趋势（按%s）"), weekly ? _("周") : _("月"));
	fh_chart_svg(fp, &c);
	free(names);
	return 0;
}

int fh_stats_trend(const struct fh_stats_options *opt, enum fh_trend_style style,
		   struct fh_out *out, FILE *chart, int color, FILE *svg,
		   struct fh_error *err)
{
	const struct fh_tally_key *keys[2] = {
		fh_tally_key(fh_tally_report_keys, opt->weekly ? "week" : "month"),
		fh_tally_key(fh_tally_report_keys, "category"),
	};
	struct fh_tally agg = { 0 };
	struct fh_tally_bucket **sorted = NULL;
	struct series *s = NULL;
	char (*periods)[FH_CHART_LABEL_LEN] = NULL;
	long long *found = NULL, *handled = NULL;
	size_t np = 0, ns = 0;
	int rc = -1;

	if (fh_stats_scan(opt, keys, 2, &agg, err))
		goto done;
	if (!(sorted = fh_tally_sorted(&agg)) || !(periods = trend_periods(opt, &agg, sorted, &np)) ||
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
		struct fh_tally_bucket *b = sorted[i];
		size_t c = b->keys[1] ? series_index(s, ns, b->keys[1]) : ns;

		for (size_t p = 0; p < np && c < ns; p++) {
			if (b->keys[0] && !strcmp(periods[p], b->keys[0])) {
				found[c * np + p] += b->n[FH_TALLY_FOUND];
				handled[c * np + p] += b->n[FH_TALLY_HANDLED];
			}
		}
	}
	if (style == FH_TREND_ROWS)
		trend_rows(out, periods, np, s, ns, found, handled);
	else if (style == FH_TREND_CHART && trend_bars(chart, color, periods, np, ns, found, handled))
		goto oom;
	if (svg && trend_svg(svg, opt->weekly, periods, np, s, ns, found))
		goto oom;
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
	fh_tally_free(&agg);
	return rc;
}

/* The counters of an activities bucket. */
enum { ACTIVITIES, ATTENDANCE };

/*
 * Appends the SELECT of one station's activities held in the span: the
 * keys and the attendance, the head count where one was given, else the
 * members recorded.
 */
static void activity_select(char **sql, const char *schema, const char *label, void *ctx)
{
	const struct report_scan *s = ctx;
	unsigned joins;

	fh_stations_sql(sql, "SELECT ");
	joins = fh_stations_keys(sql, s->keys, s->nkeys, label);
	fh_stations_sql(sql, "coalesce(a.count, (SELECT count(*) FROM \"%w\".activity_attendance x"
			" WHERE x.activity_id = a.id)) FROM \"%w\".activities a", schema, schema);
	fh_stations_joins(sql, schema, joins, 'a');
	fh_stations_sql(sql, " WHERE a.cancelled_at IS NULL AND (?1 = '' OR a.held_on || ' 00:00' >= ?1)"
			" AND (?2 = '' OR a.held_on || ' 00:00' < ?2)");
}

/* Counts one row of activity_select. */
static void activity_row(sqlite3_stmt *stmt, void *ctx)
{
	const struct report_scan *s = ctx;
	const char *vals[FH_TALLY_MAX_KEYS];
	struct fh_tally_bucket *b;

	fh_stations_row_keys(stmt, s->nkeys, vals);
	if ((b = fh_tally_bucket(s->tally, vals))) {
		b->n[ACTIVITIES]++;
		b->n[ATTENDANCE] += sqlite3_column_int64(stmt, (int)s->nkeys);
	}
}

int fh_stats_activities(const struct fh_stats_options *opt, struct fh_out *out,
			struct fh_error *err)
{
	const struct fh_tally_key *keys[FH_TALLY_MAX_KEYS];
	struct fh_tally tally = { 0 };
	struct report_scan s = { opt, keys, 0, &tally };
	const struct fh_stations_query q = { activity_select, activity_row, report_failed, &s };
	struct fh_tally_bucket **sorted = NULL;
	int rc = -1;

	if (fh_tally_keys(opt->by ? opt->by : "kind", fh_tally_activity_keys, keys, &s.nkeys, err))
		return -1;
	tally.nkeys = s.nkeys;
	if (fh_stations_scan(opt, &q, err))
		goto done;
	if (!(sorted = fh_tally_sorted(&tally))) {
		fh_error_set(err, _("out of memory"));
		goto done;
	}
	fh_tally_columns(out, keys, s.nkeys, opt->dbs, opt->ndbs);
	fh_out_column(out, "activities", 0);
	fh_out_column(out, "attendance", 0);
	for (size_t i = 0; i < tally.n; i++) {
		for (size_t k = 0; k < s.nkeys; k++)
			fh_out_text(out, sorted[i]->keys[k]);
		fh_out_int(out, sorted[i]->n[ACTIVITIES]);
		fh_out_int(out, sorted[i]->n[ATTENDANCE]);
		fh_out_end_row(out);
	}
	rc = 0;
done:
	free(sorted);
	fh_tally_free(&tally);
	return rc;
}

/* The indexes of the n stations st in the order of their labels, in a new array. */
static int *station_order(const struct fh_station *st, int n)
{
	int *order = malloc(((size_t)n + 1) * sizeof(*order));

	if (!order)
		return NULL;
	/* Insertion sort: stations are few, and their order is stable. */
	for (int i = 0; i < n; i++) {
		int j = i;

		for (; j > 0 && strcmp(st[order[j - 1]].label, st[i].label) > 0; j--)
			order[j] = order[j - 1];
		order[j] = i;
	}
	return order;
}

/* Writes the rows of query (groups' record, ?3 the station's label) over station s.  Returns 0 or -1. */
static int station_groups(const struct fh_station *s, const char *query,
			  const struct fh_stats_options *opt, struct fh_out *out, struct fh_error *err)
{
	struct fh_db *db = NULL;
	sqlite3_stmt *stmt = NULL;
	int rc = -1;

	if (fh_db_open(&db, s->path, 0, err))
		return -1;
	if (fh_db_prepare(db, &stmt, query, err))
		goto done;
	sqlite3_bind_text(stmt, 1, opt->since, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 2, opt->until, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 3, s->label, -1, SQLITE_STATIC);
	if (fh_out_stmt(out, stmt, err) != SQLITE_DONE)
		goto done;
	rc = 0;
done:
	sqlite3_finalize(stmt);
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
		"   WHERE a.cancelled_at IS NULL AND (?1 = '' OR a.held_on || ' 00:00' >= ?1) AND (?2 = '' OR a.held_on || ' 00:00' < ?2)"
		"   AND (a.group_id = g.id OR EXISTS (SELECT 1 FROM activity_attendance x"
		"    JOIN members m ON m.id = x.member_id"
		"    WHERE x.activity_id = a.id AND m.group_id = g.id))) AS activities,"
		"  (SELECT count(*) FROM activity_attendance x JOIN activities a ON a.id = x.activity_id"
		"   JOIN members m ON m.id = x.member_id WHERE m.group_id = g.id AND a.cancelled_at IS NULL"
		"   AND (?1 = '' OR a.held_on || ' 00:00' >= ?1) AND (?2 = '' OR a.held_on || ' 00:00' < ?2))"
		"   AS attendance"
		" FROM groups g JOIN zones z ON z.id = g.zone_id"
		" LEFT JOIN leader_terms t ON t.group_id = g.id AND t.ended_on IS NULL"
		" LEFT JOIN members lm ON lm.id = t.member_id"
		" WHERE g.dissolved_on IS NULL) ORDER BY \"group\"";
	struct fh_station *st = NULL;
	int *order = NULL, rc = -1;
	bool station = opt->ndbs > 1 || opt->by;
	char *query = NULL;

	if (opt->by && strcmp(opt->by, "station"))
		return fh_error_usage(err, _("groups goes --by station only, not '%s'"), opt->by);
	if (fh_stations_open(opt->dbs, opt->ndbs, &st, err))
		return -1;
	query = station ? sqlite3_mprintf("SELECT ?3 AS station, * FROM (%s) ORDER BY \"group\"", sql)
			: sqlite3_mprintf("%s", sql);
	if (!query || !(order = station_order(st, opt->ndbs))) {
		fh_error_set(err, _("out of memory"));
		goto done;
	}
	for (int i = 0; i < opt->ndbs; i++)
		if (station_groups(&st[order[i]], query, opt, out, err))
			goto done;
	rc = 0;
done:
	free(order);
	sqlite3_free(query);
	fh_stations_free(st, opt->ndbs);
	return rc;
}
