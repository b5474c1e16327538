/*
 * Counting rows by keys (fh-stats): the keys a statistic may group by,
 * each an SQL expression over a report or an activity, and a table of
 * buckets, one per combination of keys, holding counters and handling
 * times.  Rows are gathered in memory so that several stations' figures,
 * medians included, add up truly.
 */
#ifndef FH_TALLY_H
#define FH_TALLY_H

#include <stddef.h>
#include <stdint.h>

#include "fh/error.h"
#include "fh/out.h"

/* Joins a key needs beside the report r (or activity a). */
#define FH_JOIN_ZONE   0x1u  /* zones z */
#define FH_JOIN_GROUP  0x2u  /* groups g */
#define FH_JOIN_CAT    0x4u  /* categories c */
#define FH_JOIN_MEMBER 0x8u  /* members m */
#define FH_JOIN_TEAM   0x10u /* teams t */

/* The most keys one statistic groups by. */
#define FH_TALLY_MAX_KEYS 8

/* One key a statistic may group by. */
struct fh_tally_key {
	const char *name;
	const char *expr;  /* SQL over the aliases r, z, g, c, m (a, t for activities);
			      NULL: the station, filled in per station */
	unsigned joins;    /* FH_JOIN_ flags */
};

/* The keys of reports (zone ... station) and of activities (kind ... week), ended by a NULL name. */
extern const struct fh_tally_key fh_tally_report_keys[];
extern const struct fh_tally_key fh_tally_activity_keys[];

/* The key named name in table, or NULL. */
const struct fh_tally_key *fh_tally_key(const struct fh_tally_key *table, const char *name);

/*
 * Splits by, a comma list of key names of table, into keys (room for
 * FH_TALLY_MAX_KEYS) and *nkeys.  An unknown, repeated or empty key is a
 * wrong value (exit 1, not 2: see fh(1)).  Returns 0 or -1.
 */
int fh_tally_keys(const char *by, const struct fh_tally_key *table,
		  const struct fh_tally_key **keys, size_t *nkeys, struct fh_error *err);

/*
 * Declares the columns of the nkeys keys in out, in order.  A key whose
 * values are codes (category, family, kind, topic) is a code column, so
 * that a Chinese table shows labels and machine formats the codes; the
 * labels of categories are read from the first of the ndbs databases
 * dbs.  Every statistic's table declares its keys through this.
 */
void fh_tally_columns(struct fh_out *out, const struct fh_tally_key *const *keys, size_t nkeys,
		      const char *const *dbs, int ndbs);

/* The counters of a bucket; their meaning is the statistic's. */
#define FH_TALLY_COUNTS 10

/* The counters of the reports' statistics (summary, trend, headline). */
enum { FH_TALLY_FOUND, FH_TALLY_HANDLED, FH_TALLY_DISMISSED };

/* One handling time in whole minutes and how many reports took it. */
struct fh_tally_time {
	long long minutes, count;  /* count 0: an empty slot */
};

/*
 * One combination of keys and what was counted for it.  The handling
 * times are counted per distinct value (an open-addressing table), so a
 * bucket's memory grows with the spread of the times, not with the
 * number of reports, and the median stays exact.
 */
struct fh_tally_bucket {
	uint64_t hash;       /* of the keys, for lookup */
	char **keys;         /* nkeys values, NULL for a missing one (owned) */
	long long n[FH_TALLY_COUNTS];
	struct fh_tally_time *times;  /* cap slots (owned) */
	size_t nminutes;     /* the times counted */
	size_t ntimes, cap;  /* distinct times, slots */
};

/*
 * The buckets by their keys: an open-addressing table of bucket pointers
 * (the buckets themselves are walked for output, so fh_map's string->id
 * entries would only add an indirection); it hashes with fh_map_hash.
 * Zero-initialise, set nkeys, and release with fh_tally_free.
 */
struct fh_tally {
	size_t nkeys;
	struct fh_tally_bucket **slots;
	size_t cap, n;
	int oom;             /* set when memory ran out: the counts are short */
};

/*
 * The bucket of keys (t->nkeys texts, NULL for a missing value), made
 * when new.  Returns it, or NULL with t->oom set.
 */
struct fh_tally_bucket *fh_tally_bucket(struct fh_tally *t, const char *const *keys);

/* Adds a handling time in minutes (rounded to whole ones) to b; sets t->oom when out of memory. */
void fh_tally_minutes(struct fh_tally *t, struct fh_tally_bucket *b, double minutes);

/*
 * The median of b's handling times in minutes: the middle one, or the
 * mean of the two middle ones when there is an even number; NAN when b
 * has none or memory ran out.
 */
double fh_tally_median(const struct fh_tally_bucket *b);

/*
 * Counts one report of status into the bucket of keys: found, dismissed,
 * handled with its minutes to handle.
 */
void fh_tally_report(struct fh_tally *t, const char *const *keys, const char *status,
		     double minutes);

/* The buckets in key order (a missing value first), in a new array of t->n (caller frees it). */
struct fh_tally_bucket **fh_tally_sorted(const struct fh_tally *t);

/* Frees the buckets and the table; t may be used again. */
void fh_tally_free(struct fh_tally *t);

/*
 * The names of the keys --by takes (activities: of the activity keys,
 * else of the reports'), NULL-ended, for completion.
 */
const char *const *fh_tally_key_names(int activities);

#endif
