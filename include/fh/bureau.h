/*
 * A bureau's file (fh bureau): the rows of its stations, each owned by its
 * station (every table has a "station" column first in its primary key),
 * fed by the stations' changesets (fh sync export, include/fh/sync.h) in
 * sequence.  A station in a bureau file reads like a station's own file:
 * "BUREAU::STATION_ID" opens a connection whose TEMP views, named like the
 * station's tables, show that station's rows alone.  See fh-sync(7).
 */
#ifndef FH_BUREAU_H
#define FH_BUREAU_H

#include <stdbool.h>
#include <stddef.h>

#include "fh/db.h"
#include "fh/error.h"

/* SQLite's application_id of a bureau's file: "FHB1" in ASCII. */
#define FH_BUREAU_APPLICATION_ID 0x46484231

/* What applying one changeset did. */
enum fh_bureau_applied {
	FH_BUREAU_APPLIED,  /* applied */
	FH_BUREAU_ALREADY,  /* applied before: nothing changed */
};

/* Creates the bureau's file path (mode 0600; it must not exist).  Returns 0 or -1. */
int fh_bureau_init(const char *path, struct fh_error *err);

/*
 * Applies the changeset file file to the bureau's file bureau, in one
 * transaction: all of it or nothing.  Refused: a file cut short or
 * altered, another schema version than this fh's, a sequence number that
 * leaves a gap or goes back (a station restored from an older backup), a
 * station whose name another station already bears.  *what tells whether
 * it was applied or had been before; *station and *seq (may be NULL) get
 * the station's name (malloc'd) and the file's sequence.  Returns 0 or -1.
 */
int fh_bureau_apply(const char *bureau, const char *file, enum fh_bureau_applied *what,
		    char **station, long long *seq, struct fh_error *err);

/* Tells whether path is a bureau's file (false for anything else, or no file). */
bool fh_bureau_is(const char *path);

/*
 * The stations of the bureau's file path, as "PATH::STATION_ID" names that
 * fh_db_open opens, in a new NULL-terminated array *names of *n (free
 * each and the array).  Returns 0 or -1.
 */
int fh_bureau_stations(const char *path, char ***names, int *n, struct fh_error *err);

/*
 * Tells whether name is "BUREAU::STATION_ID" for an existing bureau's
 * file, not a file of its own.
 */
bool fh_bureau_station_name(const char *name);

/*
 * Opens the station of name ("BUREAU::STATION_ID") read-only, as
 * fh_db_open opens a station's file: its tables are TEMP views of the
 * bureau's rows of that station.  Returns 0 or -1.
 */
int fh_bureau_open_station(struct fh_db **out, const char *name, struct fh_error *err);

/*
 * Makes db, opened by fh_bureau_open_station, show the station id of the
 * same bureau's file instead.  Returns 0 or -1 (no such station).
 */
int fh_bureau_switch(struct fh_db *db, const char *id, struct fh_error *err);

/*
 * The station's identity in name ("BUREAU::STATION_ID"), and in
 * *bureau_len the length of its BUREAU part; NULL when name has no "::".
 */
const char *fh_bureau_station_id(const char *name, size_t *bureau_len);

/* Checks that the open connection's main database is a bureau's file.  Returns 0 or -1. */
int fh_bureau_check(sqlite3 *sql, const char *path, struct fh_error *err);

#endif
