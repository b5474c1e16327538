/*
 * The case-handling indicators (GB/T 30428, CJ/T 292 as bulletins use
 * them) and the league table built on them, over one or several
 * stations.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fh/db.h"
#include "fh/i18n.h"
#include "fh/indicators.h"
#include "fh/period.h"
#include "fh/stations.h"
#include "fh/tally.h"

const char *const fh_indicators_formulas[] = {
	N_("filed: reports filed in the period; due: those not dismissed whose deadline (extensions included) falls before the period's end or now"),
	N_("closed_pct = closed / due x 100 (closed: due and closed now)"),
	N_("on_time_pct = closed_on_time / due x 100 (closed_on_time: closed by the deadline)"),
	N_("rework_pct = reworked / handled x 100 (handled: handled at least once)"),
	N_("extension_pct = extended / (filed - dismissed) x 100"),
	N_("mean_hours_to_handle = hours from filing to handling, summed over the reports handled now / their number"),
	NULL,
};

const char fh_indicators_score_formula[] =
	N_("score = weighted mean of closed_pct, on_time_pct, 100 - rework_pct, 100 - extension_pct (weights: rank in fh-config(5), default 40, 30, 15, 15)");

/* What the indicators group by. */
static const struct fh_tally_key indicator_keys[] = {
	{ "zone", "z.code", FH_JOIN_ZONE },
	{ "group", "g.code", FH_JOIN_GROUP },
	{ "category", "r.category", 0 },
	{ "family", "c.family", 0 },
	{ "officer", "r.officer", 0 },
	{ "month", "substr(r.reported_at, 1, 7)", 0 },
	{ "station", NULL, 0 },
	{ NULL, NULL, 0 },
};

/* The counters of a bucket, in the order of the SELECT's columns after the keys. */
enum { FILED, DISMISSED, DUE, CLOSED, ON_TIME, HANDLED, REWORKED, EXTENDED, DONE, MINUTES };

/* A scan of the reports: the keys, the end that makes a report due, the buckets. */
struct scan {
	const struct fh_stats_options *opt;
	const struct fh_tally_key *const *keys;
	size_t nkeys;
	char end[FH_TIME_LEN];
	long long end_s;  /* end in seconds, as seconds() reads it */
	struct fh_tally *tally;
};

/*
 * Appends one station's SELECT: the keys, then per report filed in the
 * span the bits of its facts (B_ below: dismissed, closed, reworked,
 * extended, deadline before the end, handled or closed now), its time to
 * deadline, the seconds from filing to handling and to closing when that
 * was later (verified); -1 for none.
 * It reads reports_v's definitions from the tables themselves (deadline_at
 * is the filing time plus the category's deadline and the extensions;
 * closed is verified, or handled where the station does not require
 * verification): through the view the planner walks the reports category
 * by category instead of in filing order, three times slower.  The times
 * come as text and are read in C (seconds()), once each: SQLite's
 * unixepoch() parsed the filing time three times a row and was most of
 * the work (indicators took 1.85 times summary, bench at scale 0.1).
 */
static void select_reports(char **sql, const char *schema, const char *label, void *ctx)
{
	const struct scan *s = ctx;
	unsigned joins;

	fh_stations_sql(sql, "SELECT ");
	joins = fh_stations_keys(sql, s->keys, s->nkeys, label);
	/* The yes-or-no facts as the bits of one number: each column read costs a lock. */
	fh_stations_sql(sql,
		"(r.status = 'dismissed') + 2 * (r.status = 'closed' OR (r.status = 'handled'"
		"  AND coalesce((SELECT value FROM \"%w\".settings WHERE key = 'verification'),"
		"  'false') <> 'true')) + 4 * (r.reworks > 0) + 8 * (r.extensions > 0)"
		" + 32 * (r.status IN ('handled', 'closed')),"
		" (c.deadline_days + r.extended_days) * 86400, r.reported_at,"
		" CASE WHEN r.status IN ('handled', 'closed') THEN r.handled_at END,"
		" CASE WHEN r.closed_at <> r.handled_at THEN r.closed_at END"
		" FROM \"%w\".reports r LEFT JOIN \"%w\".categories c ON c.code = r.category",
		schema, schema, schema);
	fh_stations_joins(sql, schema, joins & ~FH_JOIN_CAT, 'r');
	fh_stations_sql(sql, " WHERE 1");
	/* Bounds only when given, so that the index on reported_at serves them. */
	if (*s->opt->since)
		fh_stations_sql(sql, " AND r.reported_at >= ?1");
	if (*s->opt->until)
		fh_stations_sql(sql, " AND r.reported_at < ?2");
}

/*
 * Reads a stored time "YYYY-MM-DD HH:MM[:SS]" into seconds since 1970
 * (as unixepoch() does).  Returns 0, or -1 for NULL or another form.
 */
static int seconds(const unsigned char *t, long long *out)
{
	static const char form[] = "dddd-dd-dd dd:dd";
	int v[6] = { 0 };

	if (!t)
		return -1;
	/* In order, so that a short text stops at its NUL. */
	for (int i = 0; form[i]; i++)
		if (form[i] == 'd' ? t[i] < '0' || t[i] > '9' : t[i] != (unsigned char)form[i])
			return -1;
	for (int i = 0, f = 0; i < 16; i++) {
		if (t[i] < '0' || t[i] > '9')
			f++;
		else
			v[f] = v[f] * 10 + (t[i] - '0');
	}
	if (t[16] == ':' && t[17] >= '0' && t[17] <= '9' && t[18] >= '0' && t[18] <= '9')
		v[5] = (t[17] - '0') * 10 + (t[18] - '0');
	*out = ((long long)fh_days_from_civil(v[0], v[1], v[2]) * 24 + v[3]) * 3600 + v[4] * 60 + v[5];
	return 0;
}

/* The bits of select_reports' facts. */
enum { B_DISMISSED = 1, B_CLOSED = 2, B_REWORKED = 4, B_EXTENDED = 8, B_DUE = 16, B_DONE = 32 };

/* Counts one row of select_reports. */
static void count_row(sqlite3_stmt *stmt, void *ctx)
{
	const struct scan *s = ctx;
	const char *vals[FH_TALLY_MAX_KEYS];
	struct fh_tally_bucket *b;
	int col = (int)s->nkeys, bits;
	bool due, closed, done, reworked;
	long long span, took, closed_after, filed, t;

	fh_stations_row_keys(stmt, s->nkeys, vals);
	if (!(b = fh_tally_bucket(s->tally, vals)))
		return;
	bits = sqlite3_column_int(stmt, col);
	span = sqlite3_column_int64(stmt, col + 1);
	took = closed_after = -1;
	if (!seconds(sqlite3_column_text(stmt, col + 2), &filed)) {
		/* Due when the deadline (no category: none) falls before the end. */
		if (sqlite3_column_type(stmt, col + 1) != SQLITE_NULL && filed + span < s->end_s)
			bits |= B_DUE;
		if (!seconds(sqlite3_column_text(stmt, col + 3), &t))
			took = t - filed;
		if (!seconds(sqlite3_column_text(stmt, col + 4), &t))
			closed_after = t - filed;
	}
	if (closed_after < 0)
		closed_after = took;
	due = (bits & (B_DUE | B_DISMISSED)) == B_DUE;
	closed = bits & B_CLOSED;
	done = bits & B_DONE;
	reworked = bits & B_REWORKED;
	b->n[FILED]++;
	b->n[DISMISSED] += (bits & B_DISMISSED) != 0;
	b->n[DUE] += due;
	b->n[CLOSED] += due && closed;
	b->n[ON_TIME] += due && closed && closed_after <= span;
	b->n[HANDLED] += done || reworked;
	b->n[REWORKED] += reworked;
	b->n[EXTENDED] += (bits & B_EXTENDED) != 0;
	b->n[DONE] += done;
	b->n[MINUTES] += done ? took / 60 : 0;
}

static int scan_failed(void *ctx)
{
	return ((const struct scan *)ctx)->tally->oom;
}

/*
 * Counts the reports of opt's stations by by (a comma list of
 * indicator_keys) into tally.  Returns 0 or -1.
 */
static int scan(const struct fh_stats_options *opt, const char *by,
		const struct fh_tally_key **keys, size_t *nkeys, struct fh_tally *tally,
		struct fh_error *err)
{
	struct scan s = { opt, keys, 0, "", 0, tally };
	const struct fh_stations_query q = { select_reports, count_row, scan_failed, &s };
	struct fh_time now;

	if (fh_tally_keys(by, indicator_keys, keys, &s.nkeys, err) || fh_now(&now, err))
		return -1;
	*nkeys = tally->nkeys = s.nkeys;
	/* Due by the period's end, or by now when that is earlier: the future owes nothing yet. */
	fh_time_format(&now, s.end);
	if (*opt->until && strcmp(opt->until, s.end) < 0)
		snprintf(s.end, sizeof(s.end), "%s", opt->until);
	if (seconds((const unsigned char *)s.end, &s.end_s))
		return fh_error_set(err, _("cannot read the time '%s'"), s.end);
	return fh_stations_scan(opt, &q, err);
}

/*
 * n over d in percent, rounded half up to two decimals in whole numbers
 * (911 / 972 is 93.72 on every libc); NAN when d is 0.
 */
static double pct(long long n, long long d)
{
	return d ? (double)((n * 20000 + d) / (2 * d)) / 100 : NAN;
}

/* Writes v with two decimals, or null for NAN. */
static void put_pct(struct fh_out *out, double v)
{
	if (isnan(v))
		fh_out_null(out);
	else
		fh_out_real(out, v, 2);
}

/* The four rates of a bucket: closed, on time, rework, extension. */
static void rates(const struct fh_tally_bucket *b, double r[4])
{
	r[0] = pct(b->n[CLOSED], b->n[DUE]);
	r[1] = pct(b->n[ON_TIME], b->n[DUE]);
	r[2] = pct(b->n[REWORKED], b->n[HANDLED]);
	r[3] = pct(b->n[EXTENDED], b->n[FILED] - b->n[DISMISSED]);
}

/* Writes one bucket's row of indicators after its keys. */
static void indicator_row(struct fh_out *out, const struct fh_tally_bucket *b)
{
	static const int counts[] = { FILED, DISMISSED, DUE, CLOSED, ON_TIME, HANDLED,
				      REWORKED, EXTENDED };
	double r[4];

	for (size_t i = 0; i < sizeof(counts) / sizeof(counts[0]); i++)
		fh_out_int(out, b->n[counts[i]]);
	rates(b, r);
	for (int i = 0; i < 4; i++)
		put_pct(out, r[i]);
	if (b->n[DONE])
		fh_out_real(out, floor((double)b->n[MINUTES] / (double)b->n[DONE] / 6 + 0.5) / 10, 1);
	else
		fh_out_null(out);
	fh_out_end_row(out);
}

/*
 * Declares the column msgid: a table heads it with the bulletins' word
 * (立案, not the event's 上报: msgid is then in the "indicators"
 * context), a machine format with its English name.
 */
static void indicator_column(struct fh_out *out, const char *msgid)
{
	fh_out_column(out, fh_out_for_people(out) ? fh_pgettext(msgid) : fh_pgettext_id(msgid), 0);
}

int fh_indicators_write(const struct fh_stats_options *opt, struct fh_out *out,
			struct fh_error *err)
{
	static const char *const columns[] = {
		NC_("indicators", "filed"), N_("dismissed"), N_("due"),
		NC_("indicators", "closed"), N_("closed_on_time"), NC_("indicators", "handled"),
		N_("reworked"), N_("extended"), N_("closed_pct"), N_("on_time_pct"),
		N_("rework_pct"), N_("extension_pct"), N_("mean_hours_to_handle"), NULL,
	};
	const struct fh_tally_key *keys[FH_TALLY_MAX_KEYS];
	struct fh_tally tally = { 0 };
	struct fh_tally_bucket **sorted = NULL;
	size_t nkeys;
	int rc = -1;

	if (scan(opt, opt->by ? opt->by : "", keys, &nkeys, &tally, err))
		goto done;
	if (!(sorted = fh_tally_sorted(&tally))) {
		fh_error_set(err, _("out of memory"));
		goto done;
	}
	fh_tally_columns(out, keys, nkeys, opt->dbs, opt->ndbs);
	for (size_t i = 0; columns[i]; i++)
		indicator_column(out, columns[i]);
	for (size_t i = 0; i < tally.n; i++) {
		for (size_t k = 0; k < nkeys; k++)
			fh_out_text(out, sorted[i]->keys[k]);
		indicator_row(out, sorted[i]);
	}
	rc = 0;
done:
	free(sorted);
	fh_tally_free(&tally);
	return rc;
}

/* The weights of the composite, from the first station's settings rank.* or the defaults. */
static int rank_weights(const struct fh_stats_options *opt, double w[4], struct fh_error *err)
{
	static const char *const keys[] = { "rank.closed", "rank.on_time", "rank.rework",
					    "rank.extension" };
	static const double defaults[] = { 40, 30, 15, 15 };
	struct fh_db *db;

	if (fh_db_open(&db, opt->dbs[0], 0, err))
		return -1;
	for (int i = 0; i < 4; i++) {
		char *v = fh_db_setting(db, keys[i]);

		w[i] = v ? atof(v) : defaults[i];
		free(v);
	}
	fh_db_close(db);
	return 0;
}

/*
 * The composite of b, 0 to 100: the weighted mean of the closed and
 * on-time rates and of 100 minus the rework and extension rates, over
 * those a unit has (a unit with nothing due is judged on the rest).
 * NAN when it has none.
 */
static double score(const struct fh_tally_bucket *b, const double w[4])
{
	double r[4], sum = 0, weight = 0;

	rates(b, r);
	for (int i = 0; i < 4; i++) {
		if (isnan(r[i]) || w[i] <= 0)
			continue;
		sum += w[i] * (i < 2 ? r[i] : 100 - r[i]);
		weight += w[i];
	}
	return weight > 0 ? floor(sum / weight * 100 + 0.5) / 100 : NAN;
}

/* A unit of the league table. */
struct unit {
	const struct fh_tally_bucket *b;
	double score;
	bool ranked;
};

/* Ranked units first, by score down, then by key; the rest by key. */
static int cmp_unit(const void *x, const void *y)
{
	const struct unit *a = x, *b = y;
	const char *ka = a->b->keys[0] ? a->b->keys[0] : "", *kb = b->b->keys[0] ? b->b->keys[0] : "";

	if (a->ranked != b->ranked)
		return a->ranked ? -1 : 1;
	if (a->ranked && a->score != b->score)
		return a->score > b->score ? -1 : 1;
	return strcmp(ka, kb);
}

/* Writes the units in order: the ranked ones with their rank (ties share it), then the rest. */
static void rank_rows(struct fh_out *out, const struct unit *u, size_t n)
{
	long long rank = 0;

	for (size_t i = 0; i < n; i++) {
		double r[4];

		if (u[i].ranked && (!i || u[i].score != u[i - 1].score))
			rank = (long long)i + 1;
		if (u[i].ranked)
			fh_out_int(out, rank);
		else
			fh_out_null(out);
		fh_out_text(out, u[i].b->keys[0]);
		fh_out_int(out, u[i].b->n[FILED]);
		rates(u[i].b, r);
		for (int k = 0; k < 4; k++)
			put_pct(out, r[k]);
		put_pct(out, u[i].score);
		fh_out_end_row(out);
	}
}

int fh_indicators_rank(const struct fh_stats_options *opt, struct fh_out *out,
		       struct fh_error *err)
{
	static const char *const columns[] = {
		NC_("indicators", "filed"), N_("closed_pct"), N_("on_time_pct"), N_("rework_pct"), N_("extension_pct"),
		N_("score"), NULL,
	};
	const struct fh_tally_key *keys[FH_TALLY_MAX_KEYS];
	struct fh_tally tally = { 0 };
	struct unit *u = NULL;
	size_t nkeys, n = 0;
	double w[4];
	int rc = -1;

	if (!opt->by || (strcmp(opt->by, "zone") && strcmp(opt->by, "group") &&
			 strcmp(opt->by, "officer")))
		return fh_error_usage(err, _("rank goes --by zone, group or officer"));
	if (rank_weights(opt, w, err) || scan(opt, opt->by, keys, &nkeys, &tally, err))
		goto done;
	if (!(u = calloc(tally.n + 1, sizeof(*u)))) {
		fh_error_set(err, _("out of memory"));
		goto done;
	}
	for (size_t i = 0; i < tally.cap; i++) {
		if (!tally.slots[i])
			continue;
		u[n].b = tally.slots[i];
		u[n].score = score(u[n].b, w);
		/* Reports of no zone, group or officer are no unit to rank. */
		u[n].ranked = u[n].b->keys[0] && u[n].b->n[FILED] >= opt->min && !isnan(u[n].score);
		n++;
	}
	qsort(u, n, sizeof(*u), cmp_unit);
	fh_out_column(out, N_("rank"), 0);
	fh_tally_columns(out, keys, 1, opt->dbs, opt->ndbs);
	for (size_t i = 0; columns[i]; i++)
		indicator_column(out, columns[i]);
	rank_rows(out, u, n);
	rc = 0;
done:
	free(u);
	fh_tally_free(&tally);
	return rc;
}
