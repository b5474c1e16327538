/*
 * The numbers (fh-stats): reports found and handled per key, their trend
 * over time, activities and attendance, each group's record, and the
 * headline sentence the stories quote.  Several stations' databases may
 * be added up: they are attached a batch at a time (SQLite attaches at
 * most ten files at once) and their rows gathered in memory, so that
 * medians across stations are true medians.
 */
#ifndef FH_STATS_H
#define FH_STATS_H

#include <stdio.h>

#include "fh/error.h"
#include "fh/out.h"
#include "fh/period.h"

/* What every statistic reads: the stations and the span of time. */
struct fh_stats_options {
	const char *const *dbs;  /* database paths (borrowed), at least one */
	int ndbs;
	char since[FH_TIME_LEN]; /* reports filed at or after ("" for no bound) */
	char until[FH_TIME_LEN]; /* reports filed before ("" for no bound) */
	const char *by;          /* comma list of keys, or NULL for the default */
	const char *category;    /* trend: only this category, or NULL */
	int weekly;              /* trend: by ISO week rather than by month */
};

/*
 * The median of n values (sorted in place): the middle one, or the mean
 * of the two middle ones when n is even.  Returns NAN when n is 0.
 */
double fh_stats_median(double *v, size_t n);

/*
 * Tells whether station file dbs[i] is one of dbs[0..i-1] under another
 * (or the same) path: a link, "./a.db", the same name twice; files are
 * compared by device and inode, so a station is never counted twice.
 * Returns the index of the earlier one, or -1 (also when dbs[i] cannot
 * be read: opening it names the problem).
 */
int fh_stats_repeat(const char *const *dbs, int i);

/*
 * Writes the summary rows to out: the keys of opt->by, then found,
 * handled, open, dismissed, handled_pct, median_hours_to_handle, one row
 * per combination of keys that has reports, in key order.  Returns 0 or
 * -1 (err set; a bad key is a usage error).
 */
int fh_stats_summary(const struct fh_stats_options *opt, struct fh_out *out,
		     struct fh_error *err);

/* How fh_stats_trend presents the counts. */
enum fh_trend_style { FH_TREND_ROWS, FH_TREND_CHART, FH_TREND_NONE };

/*
 * The counts per month (or week) and category over the period (every
 * month or week of it, zeros included): as rows period, category, label,
 * found, handled to out (FH_TREND_ROWS), or as bars of plain characters
 * to chart (FH_TREND_CHART; colour when color is set).  When svg is not
 * NULL an SVG chart, one line per category, is also written to it.
 * Returns 0 or -1.
 */
int fh_stats_trend(const struct fh_stats_options *opt, enum fh_trend_style style,
		   struct fh_out *out, FILE *chart, int color, FILE *svg,
		   struct fh_error *err);

/*
 * Writes the activities held in the period per key of opt->by (kind,
 * topic, zone, group, team, month, week; default kind): the keys, then
 * activities, attendance, members.  Uses the first database only.
 * Returns 0 or -1.
 */
int fh_stats_activities(const struct fh_stats_options *opt, struct fh_out *out,
			struct fh_error *err);

/*
 * Writes each active group's record in the period: group, zone, leader,
 * found, handled, activities, attendance, inactive (1 when it filed no
 * report and took part in no activity).  Uses the first database only.
 * Returns 0 or -1.
 */
int fh_stats_groups(const struct fh_stats_options *opt, struct fh_out *out,
		    struct fh_error *err);

/*
 * Builds the headline sentence in Chinese for the period, e.g.
 * "本季度共发现并处置各类隐患 12 起，找回走失人员 3 名。", into a new
 * string (caller frees).  Returns it, or NULL with err set.
 */
char *fh_stats_headline(const struct fh_stats_options *opt, struct fh_error *err);

/*
 * The words for a period in a sentence: 本季度, 上月, 2026年第三季度,
 * 2026年11月1日至2026年11月15日 ..., from its bounds and the time now
 * (both "YYYY-MM-DD HH:MM"; empty bounds mean all time).  Writes at most
 * size bytes to buf.
 */
void fh_stats_period_words(const char *since, const char *until, const char *now,
			   char *buf, size_t size);

/*
 * The names of the keys --by takes (activities: of fh_stats_activities,
 * else of the summary), NULL-ended, for completion.
 */
const char *const *fh_stats_key_names(int activities);

#endif
