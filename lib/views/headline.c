/*
 * The headline sentence the stories quote, and the words for its period.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fh/db.h"
#include "fh/headline.h"
#include "fh/i18n.h"
#include "fh/period.h"
#include "fh/stations.h"
#include "fh/stats.h"
#include "fh/tally.h"

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

void fh_headline_period_words(const char *since, const char *until, const char *now,
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
 * Appends the clause of the hazards (or, combined, of the hazards and
 * incidents): found, the dismissed ones named apart (a duplicate
 * dismissed and its twin handled must not read as one still open), then
 * handled or still in hand.
 */
static void hazard_words(char *buf, size_t size, size_t *len, const long long *n, bool combined)
{
	long long found = n[FH_TALLY_FOUND], dismissed = n[FH_TALLY_DISMISSED];
	long long handled = n[FH_TALLY_HANDLED], live = found - dismissed;

	if (!found)
		return;
	if (!dismissed && handled == found) {
		*len += (size_t)snprintf(buf + *len, size - *len, combined
					 ? _("共发现并处置各类隐患和事件 %lld 起")
					 : _("共发现并处置各类隐患 %lld 起"), found);
		return;
	}
	*len += (size_t)snprintf(buf + *len, size - *len, combined ? _("共发现各类隐患和事件 %lld 起")
				 : _("共发现各类隐患 %lld 起"), found);
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

/*
 * Adds the quote of category code to h unless a station before gave it
 * one: services before the rest, each in the order found.  Returns 0 or
 * -1 when out of memory.
 */
static int add_quote(struct fh_headline *h, size_t *cap, size_t *nservices, const char *code,
		     const char *phrase, const char *unit, bool service)
{
	struct fh_headline_quote *q;
	size_t at = service ? *nservices : h->nquotes;

	for (size_t i = 0; i < h->nquotes; i++)
		if (!strcmp(h->quotes[i].category, code))
			return 0;
	if (h->nquotes == *cap) {
		size_t c = *cap ? *cap * 2 : 8;

		if (!(q = realloc(h->quotes, c * sizeof(*q))))
			return -1;
		h->quotes = q;
		*cap = c;
	}
	memmove(&h->quotes[at + 1], &h->quotes[at], (h->nquotes - at) * sizeof(*q));
	q = &h->quotes[at];
	memset(q, 0, sizeof(*q));
	h->nquotes++;
	*nservices += service;
	q->category = strdup(code);
	q->phrase = strdup(phrase);
	q->unit = strdup(unit);
	return q->category && q->phrase && q->unit ? 0 : -1;
}

/*
 * Reads the categories the headline quotes, with their phrase and unit
 * (找回走失人员, 名), into h->quotes: services first, then incidents, each
 * in the order of the categories.  With several stations a category is
 * quoted as the first station, in the order given, that quotes it words
 * it; the others' reports of that code count under it.  Returns 0 or -1.
 */
static int read_quotes(const struct fh_stats_options *opt, struct fh_headline *h,
		       struct fh_error *err)
{
	size_t cap = 0, nservices = 0;
	int rc = 0;

	for (int i = 0; !rc && i < opt->ndbs; i++) {
		struct fh_db *db;
		sqlite3_stmt *stmt;

		if (fh_db_open(&db, opt->dbs[i], 0, err))
			return -1;
		if (fh_db_prepare(db, &stmt, "SELECT code, headline, coalesce(unit, ''),"
				  " family = 'service' FROM categories WHERE coalesce(headline, '') <> ''"
				  " ORDER BY family <> 'service', rowid", err)) {
			fh_db_close(db);
			return -1;
		}
		while (!rc && sqlite3_step(stmt) == SQLITE_ROW)
			rc = add_quote(h, &cap, &nservices, (const char *)sqlite3_column_text(stmt, 0),
				       (const char *)sqlite3_column_text(stmt, 1),
				       (const char *)sqlite3_column_text(stmt, 2),
				       sqlite3_column_int(stmt, 3));
		sqlite3_finalize(stmt);
		fh_db_close(db);
	}
	return rc ? fh_error_set(err, _("out of memory")) : 0;
}

/* Adds the reports of tally (by category and family) into h's counts. */
static void count(struct fh_headline *h, const struct fh_tally *tally)
{
	for (size_t i = 0; i < tally->cap; i++) {
		const struct fh_tally_bucket *b = tally->slots[i];
		long long *into = NULL;

		if (!b)
			continue;
		h->reports += b->n[FH_TALLY_FOUND];
		h->dismissed += b->n[FH_TALLY_DISMISSED];
		if (b->keys[1] && !strcmp(b->keys[1], "hazard"))
			into = h->hazards;
		else if (b->keys[1] && !strcmp(b->keys[1], "incident"))
			into = h->incidents;
		for (int k = 0; into && k < 3; k++)
			into[k] += b->n[k];
		for (size_t q = 0; b->keys[0] && q < h->nquotes; q++)
			if (!strcmp(b->keys[0], h->quotes[q].category))
				h->quotes[q].handled += b->n[FH_TALLY_HANDLED];
	}
}

/*
 * The handled reports of quote q and of the later ones worded alike (two
 * stations' codes for one thing make one clause); 0 when an earlier quote
 * is worded alike, having counted them.
 */
static long long same_words(const struct fh_headline *h, size_t q)
{
	const struct fh_headline_quote *a = &h->quotes[q];
	long long handled = 0;

	for (size_t i = 0; i < h->nquotes; i++) {
		const struct fh_headline_quote *b = &h->quotes[i];

		if (strcmp(a->phrase, b->phrase) || strcmp(a->unit, b->unit))
			continue;
		if (i < q)
			return 0;
		handled += b->handled;
	}
	return handled;
}

/* Words the sentence of h into a new string h->sentence.  Returns 0 or -1. */
static int word(struct fh_headline *h, const struct fh_stats_options *opt, const char *now,
		bool combined)
{
	long long both[3];
	char words[128], buf[2048];
	size_t len, start;

	for (int k = 0; k < 3; k++)
		both[k] = h->hazards[k] + h->incidents[k];
	fh_headline_period_words(opt->since, opt->until, now, words, sizeof(words));
	start = len = (size_t)snprintf(buf, sizeof(buf), "%s", words);
	hazard_words(buf, sizeof(buf), &len, combined ? both : h->hazards, combined);
	for (size_t q = 0; q < h->nquotes; q++) {
		long long handled = same_words(h, q);

		if (!handled || len >= sizeof(buf))
			continue;
		len += (size_t)snprintf(buf + len, sizeof(buf) - len, "%s%s %lld %s",
					len == start ? "" : _("，"), h->quotes[q].phrase,
					handled, h->quotes[q].unit);
	}
	if (len == start && len < sizeof(buf)) {
		if (h->reports)
			len += (size_t)snprintf(buf + len, sizeof(buf) - len, _("共收到各类上报 %lld 起"),
						h->reports);
		else
			len += (size_t)snprintf(buf + len, sizeof(buf) - len, _("暂无上报"));
	}
	if (len < sizeof(buf))
		snprintf(buf + len, sizeof(buf) - len, _("。"));
	return (h->sentence = strdup(buf)) ? 0 : -1;
}

/* What the headline counts (opt) and where (tally). */
struct counts_scan {
	const struct fh_stats_options *opt;
	struct fh_tally *tally;
};

/* The span and filter terms of one count over reports r of the headline's station schema. */
static void count_terms(char **sql, const struct fh_stats_options *opt, const char *schema)
{
	if (*opt->since)
		fh_stations_sql(sql, " AND r.reported_at >= ?1");
	if (*opt->until)
		fh_stations_sql(sql, " AND r.reported_at < ?2");
	if (opt->zone)
		fh_stations_sql(sql, " AND r.zone_id IN (SELECT z.id FROM \"%w\".zones z"
				" WHERE instr(',' || ?4 || ',', ',' || z.code || ',') > 0)", schema);
}

/*
 * Appends one station's counts per category: code, family, found, still
 * active (open or assigned), dismissed; handled is the rest (the statuses
 * are these and the done ones).  Each count reads an index alone, never
 * the table: found from reports_category, active from the partial index
 * reports_active, dismissed from reports_zone_status one zone at a time
 * (the reports without a zone too).  A headline over a year thus costs
 * about one walk of the year's entries in the narrowest index.
 */
static void counts_select(char **sql, const char *schema, const char *label, void *ctx)
{
	const struct fh_stats_options *opt = ((const struct counts_scan *)ctx)->opt;

	(void)label;
	fh_stations_sql(sql, "SELECT c.code, c.family, (SELECT count(*) FROM \"%w\".reports r"
			" WHERE r.category = c.code", schema);
	count_terms(sql, opt, schema);
	fh_stations_sql(sql, "), (SELECT count(*) FROM \"%w\".reports r WHERE r.category = c.code"
			" AND r.status IN ('open','assigned')", schema);
	count_terms(sql, opt, schema);
	fh_stations_sql(sql, "), coalesce(d.n, 0) FROM \"%w\".categories c LEFT JOIN ("
			"SELECT r.category AS code, count(*) AS n FROM (SELECT id FROM \"%w\".zones"
			" UNION ALL SELECT NULL) zz CROSS JOIN \"%w\".reports r ON r.zone_id IS zz.id"
			" AND r.status = 'dismissed'", schema, schema, schema);
	count_terms(sql, opt, schema);
	fh_stations_sql(sql, " GROUP BY 1) d ON d.code = c.code WHERE 1");
	if (opt->category)
		fh_stations_sql(sql, " AND instr(',' || ?3 || ',', ',' || c.code || ',') > 0");
	if (opt->family)
		fh_stations_sql(sql, " AND instr(',' || ?5 || ',', ',' || c.family || ',') > 0");
}

/* Adds one row of counts_select into the bucket of its category and family. */
static void counts_row(sqlite3_stmt *stmt, void *ctx)
{
	struct fh_tally *t = ((struct counts_scan *)ctx)->tally;
	const char *keys[2] = { (const char *)sqlite3_column_text(stmt, 0),
				(const char *)sqlite3_column_text(stmt, 1) };
	long long found = sqlite3_column_int64(stmt, 2), active = sqlite3_column_int64(stmt, 3);
	long long dismissed = sqlite3_column_int64(stmt, 4);
	struct fh_tally_bucket *b;

	if (!found || !(b = fh_tally_bucket(t, keys)))
		return;
	b->n[FH_TALLY_FOUND] += found;
	b->n[FH_TALLY_DISMISSED] += dismissed;
	b->n[FH_TALLY_HANDLED] += found - active - dismissed;
}

static int counts_failed(void *ctx)
{
	return ((const struct counts_scan *)ctx)->tally->oom;
}

/* Counts the reports of opt's span and filters into tally by category and family.  Returns 0 or -1. */
static int count_reports(const struct fh_stats_options *opt, struct fh_tally *tally,
			 struct fh_error *err)
{
	struct counts_scan s = { opt, tally };
	const struct fh_stations_query q = { counts_select, counts_row, counts_failed, &s };

	tally->nkeys = 2;
	return fh_stations_scan(opt, &q, err);
}

int fh_headline_build(const struct fh_stats_options *opt, bool combined, struct fh_headline *h,
		      struct fh_error *err)
{
	struct fh_tally tally = { 0 };
	struct fh_time now;
	char nowbuf[FH_TIME_LEN];
	int rc = -1;

	memset(h, 0, sizeof(*h));
	if (fh_now(&now, err))
		return -1;
	fh_time_format(&now, nowbuf);
	if (count_reports(opt, &tally, err) || read_quotes(opt, h, err))
		goto done;
	count(h, &tally);
	if (word(h, opt, nowbuf, combined)) {
		fh_error_set(err, _("out of memory"));
		goto done;
	}
	rc = 0;
done:
	fh_tally_free(&tally);
	if (rc)
		fh_headline_release(h);
	return rc;
}

void fh_headline_release(struct fh_headline *h)
{
	for (size_t q = 0; q < h->nquotes; q++) {
		free(h->quotes[q].category);
		free(h->quotes[q].phrase);
		free(h->quotes[q].unit);
	}
	free(h->quotes);
	free(h->sentence);
	memset(h, 0, sizeof(*h));
}

/* The counts {found, dismissed, handled} of n as a JSON object. */
static json_t *counts_json(const long long *n)
{
	return json_pack("{sIsIsI}", "found", (json_int_t)n[FH_TALLY_FOUND],
			 "dismissed", (json_int_t)n[FH_TALLY_DISMISSED],
			 "handled", (json_int_t)n[FH_TALLY_HANDLED]);
}

json_t *fh_headline_json(const struct fh_headline *h, const struct fh_stats_options *opt)
{
	long long both[3];
	json_t *quotes = json_array(), *v;

	for (int k = 0; k < 3; k++)
		both[k] = h->hazards[k] + h->incidents[k];
	for (size_t q = 0; quotes && q < h->nquotes; q++)
		json_array_append_new(quotes, json_pack("{sssssssI}", "category", h->quotes[q].category,
							"phrase", h->quotes[q].phrase,
							"unit", h->quotes[q].unit,
							"handled", (json_int_t)h->quotes[q].handled));
	v = json_pack("{s:s?,s:s?,s:I,s:I,s:o,s:o,s:o,s:o,s:s}",
		      "since", *opt->since ? opt->since : NULL,
		      "until", *opt->until ? opt->until : NULL,
		      "reports", (json_int_t)h->reports, "dismissed", (json_int_t)h->dismissed,
		      "hazards", counts_json(h->hazards), "incidents", counts_json(h->incidents),
		      "hazards_and_incidents", counts_json(both), "quoted", quotes,
		      "sentence", h->sentence);
	return v;
}
