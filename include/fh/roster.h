/*
 * The roster file (fh-roster(5)): reading it, streamed, from YAML or CSV,
 * importing it into the database in one transaction, and writing the
 * roster back out in the same format.
 *
 * A roster is read as a sequence of records (the station's name, zones,
 * groups, members, teams), each field knowing its line and column so that every
 * error can say where it is.  The readers hold one record at a time, so a
 * roster of a million members is read in flat memory.
 */
#ifndef FH_ROSTER_H
#define FH_ROSTER_H

#include <stdio.h>

#include "fh/db.h"
#include "fh/error.h"
#include "fh/out.h"

enum fh_roster_format {
	FH_ROSTER_AUTO,  /* by the file name's extension, else by the content */
	FH_ROSTER_YAML,
	FH_ROSTER_CSV,
};

enum fh_roster_kind {
	FH_RREC_STATION,  /* the station's name, in field FH_RF_NAME */
	FH_RREC_ZONE,
	FH_RREC_GROUP,
	FH_RREC_MEMBER,
	FH_RREC_TEAM,
};

/* The fields of records, named by their keys in fh-roster(5). */
enum fh_roster_field_id {
	FH_RF_CODE, FH_RF_KIND, FH_RF_NAME, FH_RF_CONTACT, FH_RF_PHONE,
	FH_RF_ADDRESS, FH_RF_ZONE, FH_RF_GROUP, FH_RF_LAT, FH_RF_LON,
	FH_RF_JOINED, FH_RF_LEFT, FH_RF_NOTE, FH_RF_LEADER, FH_RF_LETTER_SIGNED,
	FH_RF_LEADER_SINCE, FH_RF_FORMED, FH_RF_DISSOLVED, FH_RF_TEAMS, FH_RF_TRADE,
	FH_RF_COUNT
};

struct fh_roster_field {
	int given;                /* the key was present */
	const char *value;        /* its text, NULL when given as null (~, empty);
				     a list of codes (teams) is its codes joined by spaces */
	unsigned long line, col;  /* where the value was written (CSV: col = field number) */
	size_t off;               /* internal: offset of value in a batch */
};

struct fh_roster_record {
	enum fh_roster_kind kind;
	enum fh_roster_format format;  /* FH_ROSTER_YAML or FH_ROSTER_CSV: what it was read from */
	int checked;                   /* its values were checked (fh_roster_check) */
	unsigned long line, col;  /* where the record starts */
	struct fh_roster_field f[FH_RF_COUNT];
	double lat, lon;          /* parsed, when FH_RF_LAT / FH_RF_LON have values */
};

/*
 * Called for each record read, valid only during the call.  Returns 0 to
 * go on, or -1 with err set to stop the reading.
 */
typedef int (*fh_roster_fn)(void *ctx, const struct fh_roster_record *rec,
			    struct fh_error *err);

/* The key of field id, e.g. "letter_signed". */
const char *fh_roster_key(enum fh_roster_field_id id);

/*
 * Reads a roster from fp (named name in errors) in format fmt, checking
 * its shape and every value's type (keys, text, numbers, dates, kinds,
 * UTF-8 without control characters, required keys), and calls fn for each
 * record in file order.  A value longer than field_max bytes (the
 * station's field_max_bytes; 0 for the default) is refused as it is read.
 * References between records (zones, groups, leaders) are not checked
 * here.  Returns 0, or -1 with err naming file, line and column.
 */
int fh_roster_read(FILE *fp, const char *name, enum fh_roster_format fmt, long long field_max,
		   fh_roster_fn fn, void *ctx, struct fh_error *err);

/*
 * Reads like fh_roster_read but hands records over with only their shape
 * checked (keys, nesting, UTF-8, the size of each value), leaving the
 * values to fh_roster_check: the import checks them on its writing
 * thread, to share the work.
 */
int fh_roster_read_unchecked(FILE *fp, const char *name, enum fh_roster_format fmt,
			     long long field_max, fh_roster_fn fn, void *ctx, struct fh_error *err);

/*
 * Checks the values of a record read unchecked (required keys, codes,
 * kinds, numbers, dates, control characters) and fills its lat and lon.
 * Returns 0, or -1 with err naming file, line and column.
 */
int fh_roster_check(const char *name, struct fh_roster_record *rec, struct fh_error *err);

/*
 * Checks value v of key (fh-roster(5)) in a record of kind by the rules
 * the import reads it with, and its size against field_max (0: no limit),
 * so that a writer of rosters can refuse what no import would take.
 * Returns 0, or -1 with err saying what is wrong, without a place.
 */
int fh_roster_value_check(enum fh_roster_kind kind, const char *key, const char *v,
			  long long field_max, struct fh_error *err);

/* What an import changed (or, in a dry run, would change). */
struct fh_roster_stats {
	long long zones_added, zones_updated;
	long long groups_added, groups_updated;
	long long members_added, members_updated;
	long long teams_added, teams_updated;
	long long leaders_set;
	int station_set;
};

/*
 * Imports a roster from fp into db: upserts zones, groups, members and
 * teams by code, sets leaders and the teams members belong to, in one transaction that is rolled back on any
 * error, or in any case when dry_run.  Reading overlaps writing (the file
 * is parsed on a second thread).  References may point forward in the
 * file; they are checked at the end, and an error still names the line
 * and column where the reference was written.  Returns 0 with *stats
 * filled, or -1 with err set and nothing changed.
 */
int fh_roster_import(struct fh_db *db, FILE *fp, const char *name,
		     enum fh_roster_format fmt, int dry_run,
		     struct fh_roster_stats *stats, struct fh_error *err);

/*
 * Writes the whole roster to fp in the YAML import format, phone numbers
 * in full (it is the station's own copy, and must round-trip).  Returns 0,
 * or -1 with err set.
 */
int fh_roster_export_yaml(struct fh_db *db, FILE *fp, struct fh_error *err);

/*
 * Writes one row per member (left members included) to out, with the
 * member keys of fh-roster(5) as columns, so that '-f csv' output can be
 * imported again.  Returns 0 or -1.
 */
int fh_roster_export(struct fh_db *db, struct fh_out *out, struct fh_error *err);

#endif
