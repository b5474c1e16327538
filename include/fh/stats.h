/*
 * The numbers (fh-stats): reports found and handled per key, their trend
 * over time, activities and attendance, each group's record, and the
 * headline (headline.h).  Several stations' databases may be added up
 * (stations.h): their rows are gathered in memory (tally.h), so that
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
	const char *category;    /* trend, headline: only these categories (a comma list), or NULL */
	const char *zone;        /* headline: only these zones (a comma list of codes), or NULL */
	const char *family;      /* headline: only these families (a comma list), or NULL */
	int weekly;              /* trend: by ISO week rather than by month */
	long long min;           /* rank: units with fewer reports are listed apart */
};

/*
 * The median of n values (sorted in place): the middle one, or the mean
 * of the two middle ones when n is even.  Returns NAN when n is 0.
 */
double fh_stats_median(double *v, size_t n);

struct fh_tally;
struct fh_tally_key;

/*
 * Counts the reports filed in opt's span (and of opt->category, when
 * set) of every station into tally by the nkeys keys (found, handled,
 * dismissed and the minutes to handle).  Returns 0 or -1.
 */
int fh_stats_scan(const struct fh_stats_options *opt, const struct fh_tally_key *const *keys,
		  size_t nkeys, struct fh_tally *tally, struct fh_error *err);

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

#endif
