/*
 * Reports: filing them (one, or many through a writer that keeps its
 * statements and code lookups between reports), their life cycle (assign,
 * handle, dismiss, reopen, each kept as an event), and reading them back
 * (list with filters and search, show, likely duplicates, categories).
 */
#ifndef FH_REPORT_H
#define FH_REPORT_H

#include <stddef.h>
#include <stdio.h>
#include <sqlite3.h>

#include "fh/db.h"
#include "fh/error.h"
#include "fh/out.h"
#include "fh/period.h"

/*
 * The keys of a report, as flags of fh-report add and import keys; after
 * text, the keys only an import takes, to backfill a report's life cycle
 * (see fh_report_mover_backfill).
 */
enum fh_report_field {
	FH_REPORT_F_CATEGORY, FH_REPORT_F_BY, FH_REPORT_F_ZONE, FH_REPORT_F_GROUP,
	FH_REPORT_F_AT, FH_REPORT_F_WHERE, FH_REPORT_F_LAT, FH_REPORT_F_LON,
	FH_REPORT_F_SEVERITY, FH_REPORT_F_VIA, FH_REPORT_F_ACTIVITY, FH_REPORT_F_PHOTO,
	FH_REPORT_F_TEXT,
	FH_REPORT_F_STATUS, FH_REPORT_F_OFFICER, FH_REPORT_F_HANDLED_AT, FH_REPORT_F_NOTE,
	FH_REPORT_F_REASON, FH_REPORT_F_DUPLICATE_OF,
	FH_REPORT_F_COUNT
};

/* Whether field k is one of the backfill keys (status ... duplicate_of). */
#define FH_REPORT_F_IS_BACKFILL(k) ((k) > FH_REPORT_F_TEXT && (k) < FH_REPORT_F_COUNT)

/* The key names, indexed by enum fh_report_field. */
extern const char *const fh_report_keys[FH_REPORT_F_COUNT];

/* "category, by, zone, ..., text": the keys for messages (static). */
const char *fh_report_key_list(void);

/*
 * The index of key name in fh_report_keys, or -1.  len is the length of
 * name (which need not end with NUL).
 */
int fh_report_key(const char *name, size_t len);

/*
 * One report to file, all values as text (numbers too), NULL when not
 * given.  Strings are borrowed.  Where the values came from, for errors:
 * file (NULL for the command line), the report's line, and each value's
 * line (0: the report's) and column (0: unknown).
 */
struct fh_report_input {
	const char *value[FH_REPORT_F_COUNT];  /* FH_REPORT_F_PHOTO unused: see photos */
	const char *const *photos;       /* photo files, nphotos of them */
	size_t nphotos;
	const char *file;
	unsigned long line;
	unsigned long lines[FH_REPORT_F_COUNT];
	unsigned long col[FH_REPORT_F_COUNT];
	const char *photo_dir;           /* photos are relative to it; NULL: "." */
};

struct fh_report_writer;

/*
 * A writer of new reports into db, acting as actor (copied).  Its
 * statements are prepared when first needed.  Returns 0 with *out (freed
 * by fh_report_writer_free), or -1 with err set.
 */
int fh_report_writer_new(struct fh_db *db, const char *actor,
			 struct fh_report_writer **out, struct fh_error *err);

/*
 * Checks in and files it, in the caller's open transaction: the report
 * (status open), its 'filed' event and its photos.  A member given by
 * 'by' lends its zone and group unless they are given; a group lends its
 * zone.  Sets *id to the new report's id.  Returns 0, or -1 with err
 * naming the place in the input (when in->file is set) and the problem.
 */
int fh_report_writer_add(struct fh_report_writer *w,
			 const struct fh_report_input *in, sqlite3_int64 *id,
			 struct fh_error *err);

/* A report's values once checked: ids (0: none), the time and coordinates. */
struct fh_report_checked {
	sqlite3_int64 member, zone, group, activity;
	char at[FH_TIME_LEN];
	double lat, lon;  /* set when in gave lat and lon */
};

/*
 * Checks in by exactly the rules of fh_report_writer_add (text, codes,
 * time not in the future, coordinates, severity, channel, activity)
 * without writing anything, and fills *out.  Used by fh_report_edit so
 * that a correction obeys the rules of a new report.  Returns 0, or -1
 * with err set.
 */
int fh_report_writer_check(struct fh_report_writer *w, const struct fh_report_input *in,
			   struct fh_report_checked *out, struct fh_error *err);

/*
 * Writes the values of in, checked into c by fh_report_writer_check, over
 * report id, in the caller's open transaction; a report whose values do
 * not change is not written (so the audit names only real changes).
 * Returns 0 or -1.
 */
int fh_report_writer_rewrite(struct fh_report_writer *w, sqlite3_int64 id,
			     const struct fh_report_input *in, const struct fh_report_checked *c,
			     struct fh_error *err);

/*
 * Records an 'edited' event of report id, now, by the writer's actor,
 * with changes (what changed) as its note.  Returns 0 or -1.
 */
int fh_report_writer_edited(struct fh_report_writer *w, sqlite3_int64 id, const char *changes,
			    struct fh_error *err);

/*
 * Adds note to report id's notes (for search) and records a 'noted'
 * event, in the caller's open transaction.  Returns 0, or -1 ("no report
 * 12" when there is none).
 */
int fh_report_writer_note(struct fh_report_writer *w, sqlite3_int64 id, const char *note,
			  struct fh_error *err);

/*
 * Makes the writer keep new reports in a temporary table, in the
 * caller's open transaction, until fh_report_writer_flush files them all
 * with one statement each for reports and events.  Many reports go much
 * faster so: the search index takes them in one piece instead of being
 * flushed after every statement.  Ids are given as they are read.
 * Returns 0 or -1.
 */
int fh_report_writer_stage(struct fh_report_writer *w, struct fh_error *err);

/* Files the staged reports and their events.  Returns 0 or -1. */
int fh_report_writer_flush(struct fh_report_writer *w, struct fh_error *err);

/* Frees the writer and its statements; NULL is ignored. */
void fh_report_writer_free(struct fh_report_writer *w);

/*
 * Files one report in its own transaction.  Returns 0 with *id set, or
 * -1 with err set and nothing written.
 */
int fh_report_add(struct fh_db *db, const char *actor,
		  const struct fh_report_input *in, sqlite3_int64 *id,
		  struct fh_error *err);

/*
 * The moves of a report's life cycle: open -> assigned -> handled ->
 * closed (verified), with dismiss, reopen, a verification rejected (back
 * to assigned, counted as rework) and a deadline extended on the way.
 */
enum fh_report_move {
	FH_MOVE_ASSIGN, FH_MOVE_HANDLE, FH_MOVE_DISMISS, FH_MOVE_REOPEN,
	FH_MOVE_VERIFY, FH_MOVE_REJECT, FH_MOVE_EXTEND, FH_MOVE_COUNT
};

/* The longest extension of a deadline, in days, at one time. */
#define FH_REPORT_EXTEND_MAX 365

struct fh_report_change {
	enum fh_report_move move;
	const char *officer;        /* assign: who takes it, one of the station's officers */
	int new_officer;            /* assign: add officer to the station's officers if new */
	const char *note;           /* handle: what was done; dismiss, extend: why;
				       reject: what is wrong (all required); verify: optional */
	const char *at;             /* when (a time, not in the future); NULL: now */
	sqlite3_int64 duplicate_of; /* dismiss: the report it repeats, or 0 */
	long long days;             /* extend: by how many days (1 .. FH_REPORT_EXTEND_MAX) */
};

struct fh_report_mover;

/*
 * A mover of reports through their life cycle in db, acting as actor
 * (copied), for a caller that holds its own transaction (the import
 * backfills so).  Returns 0 with *out (freed by fh_report_mover_free), or
 * -1 with err set.
 */
int fh_report_mover_new(struct fh_db *db, const char *actor, struct fh_report_mover **out,
			struct fh_error *err);

/*
 * Applies change to report id in the caller's open transaction, by the
 * rules of fh_report_change, and records its event.  Returns 0, or -1
 * with err set (the caller rolls back).
 */
int fh_report_mover_apply(struct fh_report_mover *m, sqlite3_int64 id,
			  const struct fh_report_change *change, struct fh_error *err);

/*
 * Backfills the life cycle of report id, just filed from in (an import's
 * record), in the caller's open transaction: from in's status, officer,
 * handled_at, note, reason and duplicate_of, the moves a station would
 * have made, each through fh_report_mover_apply and so by the same rules
 * (an officer assigned at the filing time; handled at handled_at with the
 * note; closed: handled, then verified at the same time; dismissed at the
 * filing time with the reason, as a duplicate of an earlier report).  Keys
 * that do not go with the status are refused, and so is an officer not
 * in the station's officers list unless new_officer, which adds it, as
 * assign --new does (fh_config_officer).  Returns 0, or -1 with err
 * placed at the key concerned when in names a file.
 */
int fh_report_mover_backfill(struct fh_report_mover *m, sqlite3_int64 id,
			     const struct fh_report_input *in, int new_officer,
			     struct fh_error *err);

/* Frees the mover and its statements; NULL is ignored. */
void fh_report_mover_free(struct fh_report_mover *m);

/*
 * Applies change to each of the n reports ids (repeats count once), in
 * one transaction, writing an event for each and keeping the report's
 * status, officer, handled_at, closed_at, notes, extension and rework
 * counts in step.  An illegal move is an error naming the report and its
 * status, e.g. "report 12 is dismissed: it cannot be handled (reopen it
 * first)".  Verify and reject refuse an actor who is a member's code
 * unless that member leads the reporter's group.  Returns 0, or -1 with
 * err set and nothing changed.
 */
int fh_report_change(struct fh_db *db, const char *actor,
		     const sqlite3_int64 *ids, size_t n,
		     const struct fh_report_change *change, struct fh_error *err);

/* What fh-report list selects; NULL or 0 fields do not filter. */
struct fh_report_filter {
	/* Comma lists of codes, any of which matches ("open,assigned"); NULL: any. */
	const char *status, *category, *family, *zone, *group, *by;
	const char *since, *until;  /* "YYYY-MM-DD HH:MM" bounds [since, until) */
	long long overdue;          /* >= 0: open or assigned for more than this many days; < 0: no filter */
	int late;                   /* open or assigned past the category's deadline */
	const char *search;         /* words that must all occur in text, place or notes */
	long long activity;         /* > 0: found by this patrol or inspection */
};

/*
 * Writes the reports that pass filter to out, oldest first, with the
 * columns id, reported_at, category, zone, group, status, severity,
 * member, place, text, officer, age_days.  Sets *count to the number of
 * rows.  Returns 0, or -1 with err set (an unknown code, a bad value).
 */
int fh_report_list(struct fh_db *db, const struct fh_report_filter *filter,
		   struct fh_out *out, long long *count, struct fh_error *err);

/*
 * Writes report id to fp (borrowed) in fmt: with json one object of its
 * fields and the lists "events" and "photos"; otherwise three tables
 * (the report as field/value rows, its events, its photos) separated by
 * blank lines.  out_flags are those of fh_out_new.  Returns 0, or -1
 * with err set ("no report 12", or a write error).
 */
int fh_report_show(struct fh_db *db, sqlite3_int64 id, FILE *fp,
		   enum fh_format fmt, unsigned out_flags, struct fh_error *err);

/*
 * Writes likely duplicates to out: pairs of open or assigned reports of
 * one category filed within hours of each other, and within meters of
 * each other (when both have lat/lon) or at the same place text.  Columns
 * id, duplicate_of (the earlier report), category, hours_apart,
 * meters_apart, place.  Returns 0 or -1.
 */
int fh_report_dups(struct fh_db *db, double hours, double meters,
		   struct fh_out *out, struct fh_error *err);

/* Writes the categories (code, family, label, deadline_days) to out.  Returns 0 or -1. */
int fh_report_categories(struct fh_db *db, struct fh_out *out, struct fh_error *err);

/*
 * The distance in metres between two points on the Earth given in
 * degrees, by the haversine formula on a sphere of radius 6371008.8 m.
 */
double fh_report_distance(double lat1, double lon1, double lat2, double lon2);

/*
 * For fh purge: in the caller's transaction, erases each of values
 * (NULL-ended: people's names, contacts, phones, addresses) wherever it
 * stands in reports' texts, places and notes, events' notes and photos'
 * names (fh_db_scrub), and masks every personal number (fh_mask_text) in
 * the texts of the reports filed by the n members (row ids).  The search
 * index follows through the reports' triggers.  Returns 0 or -1.
 */
int fh_report_scrub(struct fh_db *db, const char *const *values, const sqlite3_int64 *members,
		    size_t n, struct fh_error *err);

/*
 * For fh purge --reports-before: in the caller's transaction, erases the
 * personal data of the reports filed before date (FH_DATE_LEN text) that
 * are no longer open or assigned: the text (replaced by FH_DB_ERASED),
 * place, coordinates and notes, the notes of their events and their
 * photos.  What statistics count stays: category, zone, group, member,
 * times, status, severity, channel, officer.  Returns 0 or -1.
 */
int fh_report_forget_before(struct fh_db *db, const char *date, struct fh_error *err);

#endif
