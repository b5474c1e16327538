/*
 * The headline (fh-stats headline): the one sentence in Chinese that the
 * stories quote upward, "本季度共发现并处置各类隐患 12 起，找回走失人员
 * 3 名。", from the reports of one or several stations.
 */
#ifndef FH_HEADLINE_H
#define FH_HEADLINE_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "fh/error.h"
#include "fh/stats.h"

/* A category the headline quotes when any of its reports were handled. */
struct fh_headline_quote {
	char *category;      /* its code (owned) */
	char *phrase, *unit; /* 找回走失人员, 名: the config of the first station quoting it (owned) */
	long long handled;
};

/* The headline's counts and its sentence. */
struct fh_headline {
	long long reports, dismissed;   /* every report found, and those dismissed */
	long long hazards[3];           /* found, handled, dismissed (FH_TALLY_ order) */
	long long incidents[3];
	struct fh_headline_quote *quotes;
	size_t nquotes;
	char *sentence;                 /* in Chinese, ending in 。 (owned) */
};

/*
 * Counts the reports of opt's stations, span and filters into h and
 * words its sentence; combined words the first clause over hazards and
 * incidents together (隐患和事件).  Dismissed reports count as found and
 * are named apart.  Release h with fh_headline_release.  Returns 0 or -1.
 */
int fh_headline_build(const struct fh_stats_options *opt, bool combined, struct fh_headline *h,
		      struct fh_error *err);

/* Frees what h holds. */
void fh_headline_release(struct fh_headline *h);

/*
 * h as a new JSON object (caller decrefs): since, until, reports,
 * dismissed, hazards, incidents, hazards_and_incidents (each found,
 * dismissed, handled), quoted (category, phrase, unit, handled) and
 * sentence.  NULL when out of memory.
 */
json_t *fh_headline_json(const struct fh_headline *h, const struct fh_stats_options *opt);

/*
 * The words for a period in a sentence: 本季度, 上月, 2026年第三季度,
 * 2026年11月1日至2026年11月15日 ..., from its bounds and the time now
 * (both "YYYY-MM-DD HH:MM"; empty bounds mean all time).  Writes at most
 * size bytes to buf.
 */
void fh_headline_period_words(const char *since, const char *until, const char *now,
			      char *buf, size_t size);

#endif
