/*
 * The stations a statistic reads (fh-stats --db, any number of them):
 * each opened and checked, known by its identity (a random id made when
 * its database was, kept by backups), and read together by attaching
 * them to one in-memory connection a batch at a time (SQLite attaches at
 * most ten files at once) and running one UNION ALL query per batch.
 */
#ifndef FH_STATIONS_H
#define FH_STATIONS_H

#include <sqlite3.h>
#include <stdbool.h>
#include <sys/types.h>

#include "fh/error.h"
#include "fh/stats.h"
#include "fh/tally.h"

/* One station's database, as a statistic knows it. */
struct fh_station {
	char *path;   /* as given (owned) */
	char *name;   /* its 'station' setting, else the file's name (owned) */
	char *id;     /* its 'station_id' setting, NULL when it has none (owned) */
	char *label;  /* how the key station shows it: the name, or "NAME (PATH)"
			 when a different station bears the same name (owned) */
	bool bureau;  /* one station of a bureau's file, "BUREAU::ID" (fh_bureau_open_station) */
	dev_t dev;    /* the file, to know it under another path */
	ino_t ino;
};

/*
 * Opens each of the n databases dbs (bringing an older schema up to date,
 * as every tool does) and reads its name and identity into a new array
 * *st of n (free with fh_stations_free).  Returns 0 or -1 (err names the
 * file that failed).
 */
int fh_stations_open(const char *const *dbs, int n, struct fh_station **st,
		     struct fh_error *err);

/* Frees the n stations of st and the array. */
void fh_stations_free(struct fh_station *st, int n);

/*
 * Tells whether st[i] is one of st[0..i-1]: the same file under another
 * path, or a copy of the same station (same identity, e.g. a backup).
 * Returns the index of the earlier one, or -1; *same_file tells which.
 */
int fh_stations_repeat(const struct fh_station *st, int i, bool *same_file);

/*
 * A query over every station.  select appends to *sql (with
 * fh_stations_sql) one station's SELECT, its tables named in schema and
 * the station shown as label; the statement binds ?1 since, ?2 until
 * (both "" for no bound), ?3 the categories, ?4 the zones and ?5 the
 * families (comma lists; NULL, unbound, for any).  row
 * counts each row of the result; it may set ctx's own error state.
 */
struct fh_stations_query {
	void (*select)(char **sql, const char *schema, const char *label, void *ctx);
	void (*row)(sqlite3_stmt *stmt, void *ctx);
	int (*failed)(void *ctx);  /* non-zero when row ran out of memory; may be NULL */
	void *ctx;
};

/*
 * Runs q over the stations of opt, each counted once as given.  Returns 0
 * or -1.
 */
int fh_stations_scan(const struct fh_stats_options *opt, const struct fh_stations_query *q,
		     struct fh_error *err);

/* Appends printf-style (sqlite3_mprintf) text to the sqlite3_malloc'd *sql; NULL stays NULL. */
void fh_stations_sql(char **sql, const char *fmt, ...);

/*
 * Appends the keys' expressions, each followed by ", " (the station key
 * as the quoted label), and returns the FH_JOIN_ flags they need.
 */
unsigned fh_stations_keys(char **sql, const struct fh_tally_key *const *keys, size_t nkeys,
			  const char *label);

/*
 * Appends the LEFT JOINs of schema's tables that joins (FH_JOIN_ flags)
 * ask for, beside the row alias (r for a report, a for an activity).
 */
void fh_stations_joins(char **sql, const char *schema, unsigned joins, char alias);

/* Reads the keys (columns 0..nkeys-1) of a row into vals. */
void fh_stations_row_keys(sqlite3_stmt *stmt, size_t nkeys, const char **vals);

#endif
