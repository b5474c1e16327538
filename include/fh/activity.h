/*
 * What the network did (fh-activity): trainings, drills, patrols,
 * publicity sessions, inspections, visits and meetings, with who attended
 * by member, or a head count where names were not recorded.
 */
#ifndef FH_ACTIVITY_H
#define FH_ACTIVITY_H

#include <sqlite3.h>

#include "fh/db.h"
#include "fh/error.h"
#include "fh/out.h"
#include "fh/period.h"
#include "fh/show.h"

/*
 * A new activity as given on the command line, or an edit's changes (NULL
 * and a count of -1 keep a value, "" clears an optional one); every
 * string borrowed.
 */
struct fh_activity {
	const char *kind;       /* training, drill, patrol, publicity, ... */
	const char *topic;      /* law, fire, anti-fraud, ... or NULL */
	const char *zone, *group, *team;  /* codes, or NULL */
	const char *on;         /* date held, or NULL for today */
	const char *led_by;
	const char *attendees;  /* comma list of member codes, or NULL */
	long long count;        /* head count, or -1 when not given */
	const char *note;
};

/* Which activities fh_activity_list writes; NULL or "" for any. */
struct fh_activity_filter {
	const char *kind, *zone, *group, *team;  /* comma lists, any of which matches; NULL: any */
	char since[FH_TIME_LEN];  /* held at or after ("" for no bound) */
	char until[FH_TIME_LEN];  /* held before ("" for no bound) */
};

/* Returns 1 when kind is one of the activity kinds, else 0. */
int fh_activity_kind_valid(const char *kind);

/*
 * Records a in the caller's open transaction and sets *id to its id.  A
 * group's zone is taken when no zone is given; a group in another zone
 * than the one given is an error.  Returns 0 or -1 (err set).
 */
int fh_activity_add(struct fh_db *db, const struct fh_activity *a, sqlite3_int64 *id,
		    struct fh_error *err);

/*
 * Corrects activity id in the caller's open transaction: the changes laid
 * over its values pass the checks of fh_activity_add (a new group without
 * a zone takes the group's zone).  When a value changes, records an
 * 'edited' event whose note lists each "field 'old' -> 'new'"; sets
 * *changed to the number of fields changed (0: the caller rolls back, so
 * that an edit that changes nothing leaves no trace).  A cancelled
 * activity is not edited.  Returns 0 or -1.
 */
int fh_activity_edit(struct fh_db *db, sqlite3_int64 id, const struct fh_activity *changes,
		     int *changed, struct fh_error *err);

/*
 * Cancels activity id for reason (UTF-8, not empty), in the caller's open
 * transaction: it is kept, with when and why and a 'cancelled' event, but
 * left out of lists, statistics and agendas.  Returns 0 or -1.
 */
int fh_activity_cancel(struct fh_db *db, sqlite3_int64 id, const char *reason,
		       struct fh_error *err);

/*
 * Writes the activities matching f, oldest first, to out: id, held_on,
 * kind, topic, zone, group, team, led_by, attendance, note.  Cancelled
 * activities are left out.  Returns 0 or -1.
 */
int fh_activity_list(struct fh_db *db, const struct fh_activity_filter *f,
		     struct fh_out *out, struct fh_error *err);

/*
 * Writes one activity (a cancelled one too, with when and why), its
 * attendees and its history (edits, cancellation) onto show.  Returns 0,
 * or -1 when there is no such activity.
 */
int fh_activity_show(struct fh_db *db, sqlite3_int64 id, const struct fh_show *show,
		     struct fh_error *err);

/*
 * Records that the members (codes) attended activity id (not a cancelled
 * one), in the caller's open transaction; one already recorded is left
 * as it is.  Returns 0 or
 * -1.
 */
int fh_activity_attend(struct fh_db *db, sqlite3_int64 id, char *const *members, int n,
		       struct fh_error *err);

/*
 * For fh purge: in the caller's transaction, erases each of values
 * (NULL-ended: a person's name, contact, phone, address) wherever it
 * stands in the activities' topics, leaders and notes (fh_db_scrub).  Returns 0 or -1.
 */
int fh_activity_scrub(struct fh_db *db, const char *const *values, struct fh_error *err);

#endif
