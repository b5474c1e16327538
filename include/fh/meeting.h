/*
 * Quarterly zone meetings and joint meetings (联席会议) of several zones
 * and task teams (fh-meeting): planning, recording what happened, and the
 * action items carried into the next agenda of the same kind until they
 * are done.  The agenda itself is agenda.h.
 */
#ifndef FH_MEETING_H
#define FH_MEETING_H

#include <sqlite3.h>

#include "fh/db.h"
#include "fh/error.h"
#include "fh/out.h"
#include "fh/period.h"
#include "fh/show.h"

/*
 * Plans one zone meeting for quarter in every zone (or only zone, a
 * code), in the caller's transaction; a zone that has its meeting keeps
 * it (on, a date or NULL, moves a planned meeting that was not held).
 * Writes the rows id, zone, quarter, planned_on, held_on to out, in zone
 * order.  Returns 0 or -1.
 */
int fh_meeting_plan(struct fh_db *db, const char *quarter, const char *zone,
		    const char *on, struct fh_out *out, struct fh_error *err);

/* A joint meeting (联席会议) to plan: the strings are borrowed. */
struct fh_meeting_joint {
	const char *zones;  /* comma list of zone codes, or NULL with all */
	int all;            /* every zone of the station */
	const char *teams;  /* comma list of team codes (each of the zones, or of none), or NULL */
	const char *on;     /* the date, required: the meeting is of its quarter */
	const char *title;  /* one line, or NULL */
};

/*
 * Plans one joint meeting of j's zones and teams in the caller's
 * transaction (a live one of the same zones on the same date is an
 * error), and writes its row id, zone (the zones, a comma list), quarter,
 * planned_on, held_on to out.  Returns 0 or -1 (usage errors for --zones
 * with --all, or neither, or no date).
 */
int fh_meeting_plan_joint(struct fh_db *db, const struct fh_meeting_joint *j, struct fh_out *out,
			  struct fh_error *err);

/*
 * Sets *id to the zone meeting of zone (a code) in quarter.  Returns 0,
 * or -1 when there is none (err says to plan it).
 */
int fh_meeting_find(struct fh_db *db, const char *zone, const char *quarter,
		    sqlite3_int64 *id, struct fh_error *err);

/*
 * What a held meeting left, or an edit's changes: the strings are
 * borrowed, NULL when not given (kept), "" to clear a value in an edit.
 */
struct fh_meeting_record {
	const char *held_on;   /* date, required by record; not in the future */
	const char *chair;
	const char *attended;  /* comma list of codes of groups, teams and units (members of kind
				  organisation) from the meeting's zones: replaces the attendance */
	const char *minutes;   /* the minutes' text (valid UTF-8) */
	const char *planned_on; /* date inside the meeting's quarter (edit only) */
	const char *place;
	const char *title;     /* one line (edit only) */
};

/*
 * Forgets the name recorded for member's attendance at every meeting (an
 * erasure: the attendance itself stays, so the counts do), in the caller's
 * transaction.  Returns 0 or -1.
 */
int fh_meeting_forget_member(struct fh_db *db, sqlite3_int64 member, struct fh_error *err);

/*
 * Records that meeting id was held, in the caller's transaction; the
 * values not given are kept.  Returns 0 or -1 (an unknown or cancelled
 * meeting, a group of another zone are errors).
 */
int fh_meeting_record(struct fh_db *db, sqlite3_int64 id, const struct fh_meeting_record *rec,
		      struct fh_error *err);

/*
 * Corrects meeting id's plan and record (changes over its values, under
 * the rules of plan and record: a planned date inside its quarter, a held
 * date not in the future, attendance from its zone), in the caller's
 * transaction.  When a value changes, records an 'edited' event whose
 * note lists each "field 'old' -> 'new'"; sets *changed to the number of
 * fields changed (0: the caller rolls back).  Returns 0 or -1.
 */
int fh_meeting_edit(struct fh_db *db, sqlite3_int64 id, const struct fh_meeting_record *changes,
		    int *changed, struct fh_error *err);

/*
 * Cancels meeting id for reason (UTF-8, not empty) in the caller's
 * transaction: it is kept with when and why and a 'cancelled' event, but
 * left out of lists and agendas, and its quarter may be planned again.
 * Returns 0 or -1.
 */
int fh_meeting_cancel(struct fh_db *db, sqlite3_int64 id, const char *reason,
		      struct fh_error *err);

/*
 * Adds an action item to meeting id, in the caller's transaction, and
 * sets *number to it.  owner and due (a date) may be NULL.  Returns 0 or
 * -1.
 */
int fh_meeting_action_add(struct fh_db *db, sqlite3_int64 id, const char *text,
			  const char *owner, const char *due, sqlite3_int64 *number,
			  struct fh_error *err);

/*
 * Marks action item number done on date on (NULL: today), in the caller's
 * transaction.  An unknown or already done item is an error.  Returns 0
 * or -1.
 */
int fh_meeting_action_done(struct fh_db *db, sqlite3_int64 number, const char *on,
			   struct fh_error *err);

/*
 * Corrects action item number's text, owner or due date (NULL: kept; ""
 * clears owner or due) under the rules of fh_meeting_action_add, in the
 * caller's transaction, with an 'edited' event of its meeting when a
 * value changes; sets *changed as fh_meeting_edit.  Returns 0 or -1.
 */
int fh_meeting_action_edit(struct fh_db *db, sqlite3_int64 number, const char *text,
			   const char *owner, const char *due, int *changed, struct fh_error *err);

/*
 * Cancels action item number for reason, kept as fh_meeting_cancel keeps
 * a meeting (no longer open, nor on agendas).  Returns 0 or -1.
 */
int fh_meeting_action_cancel(struct fh_db *db, sqlite3_int64 number, const char *reason,
			     struct fh_error *err);

/*
 * Writes the action items, cancelled ones left out (only the open ones when open_only; only those
 * of zone, a comma list, when not NULL, a joint meeting's covering one of them among them) to out:
 * id, meeting, zone (a joint meeting's zones as a comma list), quarter, text, owner, due_on,
 * done_on.  Returns 0 or -1.
 */
int fh_meeting_action_list(struct fh_db *db, int open_only, const char *zone,
			   struct fh_out *out, struct fh_error *err);

/*
 * Writes the meetings, zone and joint (of zone, a comma list: the joint
 * meetings covering one of them too; and quarter when not NULL) to out:
 * id, kind, zone (a joint meeting's zones, a comma list), quarter,
 * planned_on, held_on, chair, attended, open_actions, teams, title;
 * cancelled meetings are left out.  Returns 0 or -1.
 */
int fh_meeting_list(struct fh_db *db, const char *zone, const char *quarter,
		    struct fh_out *out, struct fh_error *err);

/*
 * Writes one meeting (a cancelled one too) onto show: its record with its
 * zones, teams, title and minutes, the groups, teams and units that attended, its action items and its history
 * (edits and cancellations of it and of its items).  Returns 0, or -1
 * when there is no such meeting.
 */
int fh_meeting_show(struct fh_db *db, sqlite3_int64 id, const struct fh_show *show,
		    struct fh_error *err);

/*
 * For fh purge: in the caller's transaction, erases each of values
 * (NULL-ended: a person's name, contact, phone, address) wherever it
 * stands in meetings' chairs, places, titles and minutes, the names of
 * attendees and action items' texts and owners (fh_db_scrub).  Returns 0 or -1.
 */
int fh_meeting_scrub(struct fh_db *db, const char *const *values, struct fh_error *err);

#endif
