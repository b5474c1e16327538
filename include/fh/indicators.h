/*
 * The case-handling indicators of the national standard (fh-stats
 * indicators, rank): 立案, 应结案, 结案, 按期结案, 返工, 延期 and their rates
 * per key, and a 0-100 league table of zones, groups or officers.
 */
#ifndef FH_INDICATORS_H
#define FH_INDICATORS_H

#include "fh/error.h"
#include "fh/out.h"
#include "fh/stats.h"

/* The formulas of the rates, one line each, as fh-stats prints them under a table; NULL ends. */
extern const char *const fh_indicators_formulas[];

/* How rank's score is made, printed under its table. */
extern const char fh_indicators_score_formula[];

/*
 * Writes one row per combination of opt->by's keys (zone, group,
 * category, family, officer, month, week, station; none: the totals):
 * the keys, then filed, dismissed, due, closed, closed_on_time, handled,
 * reworked, extended and the rates closed_pct, on_time_pct, rework_pct,
 * extension_pct (two decimals) and mean_hours_to_handle, over the reports
 * filed in opt's span.  Returns 0 or -1 (a bad key is a usage error).
 */
int fh_indicators_write(const struct fh_stats_options *opt, struct fh_out *out,
			struct fh_error *err);

/*
 * Writes the league table of opt->by (zone, group or officer): rank,
 * the key, filed, the four rates and score, the weighted composite
 * (0-100) of the first station's rank weights.  Units with fewer than
 * opt->min reports filed are listed after the ranked ones, without a
 * rank.  Returns 0 or -1.
 */
int fh_indicators_rank(const struct fh_stats_options *opt, struct fh_out *out,
		       struct fh_error *err);

#endif
