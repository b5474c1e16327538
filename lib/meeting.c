#include <stdlib.h>
#include <string.h>

#include "fh/history.h"
#include "fh/lookup.h"
#include "fh/meeting.h"
#include "fh/period.h"
#include "fh/i18n.h"
#include "fh/text.h"

/* Checks the date of something that happened and writes it normalised into buf. */
static int check_past_date(const char *s, char buf[FH_DATE_LEN], struct fh_error *err)
{
	struct fh_time t;

	if (fh_date_parse(s, &t, err) || fh_time_check_past(&t, 1, NULL, s, err))
		return -1;
	fh_date_format(&t, buf);
	return 0;
}

/* Checks a date option and writes it normalised into buf. */
static int check_date(const char *s, char buf[FH_DATE_LEN], struct fh_error *err)
{
	struct fh_time t;

	if (fh_date_parse(s, &t, err))
		return -1;
	fh_date_format(&t, buf);
	return 0;
}

/* Checks the planned date of a meeting of quarter: a quarter's meeting is held in that quarter. */
static int check_planned(const char *quarter, const char *on, char buf[FH_DATE_LEN],
			 struct fh_error *err)
{
	struct fh_time t;

	if (fh_date_parse(on, &t, err))
		return -1;
	if (!fh_quarter_contains(quarter, &t))
		return fh_error_set(err, _("date '%s' is not in quarter %s"), on, quarter);
	fh_date_format(&t, buf);
	return 0;
}

/* Runs a statement that returns no rows with up to three text parameters. */
static int run3(struct fh_db *db, const char *sql, const char *a, const char *b, const char *c,
		struct fh_error *err)
{
	sqlite3_stmt *stmt;
	int rc;

	if (fh_db_prepare(db, &stmt, sql, err))
		return -1;
	sqlite3_bind_text(stmt, 1, a, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 2, b, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 3, c, -1, SQLITE_STATIC);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	return rc == SQLITE_DONE ? 0 : fh_db_error(db, err, _("cannot change the meetings"));
}

int fh_meeting_plan(struct fh_db *db, const char *quarter, const char *zone,
		    const char *on, struct fh_out *out, struct fh_error *err)
{
	char date[FH_DATE_LEN];
	sqlite3_stmt *stmt = NULL;
	sqlite3_int64 id;
	int rc = -1;

	if (on && check_planned(quarter, on, date, err))
		return -1;
	if (zone && fh_lookup(db, FH_ZONE, zone, &id, err))
		return -1;
	if (run3(db, "INSERT INTO meetings (kind, zone_id, quarter, planned_on)"
		 " SELECT 'zone', z.id, ?1, ?3 FROM zones z WHERE (?2 IS NULL OR z.code = ?2)"
		 " AND NOT EXISTS (SELECT 1 FROM meetings m WHERE m.kind = 'zone'"
		 "  AND m.zone_id = z.id AND m.quarter = ?1 AND m.cancelled_at IS NULL) ORDER BY z.code",
		 quarter, zone, on ? date : NULL, err) ||
	    run3(db, "UPDATE meetings SET planned_on = ?3 WHERE ?3 IS NOT NULL AND kind = 'zone'"
		 " AND quarter = ?1 AND held_on IS NULL AND planned_on IS NOT ?3 AND cancelled_at IS NULL"
		 " AND zone_id IN (SELECT id FROM zones WHERE ?2 IS NULL OR code = ?2)",
		 quarter, zone, on ? date : NULL, err))
		return -1;
	if (fh_db_prepare(db, &stmt,
			  "SELECT id, zone, quarter, planned_on, held_on FROM meetings_v"
			  " WHERE kind = 'zone' AND quarter = ?1 AND (?2 IS NULL OR zone = ?2)"
			  " AND cancelled_at IS NULL ORDER BY zone", err))
		goto done;
	sqlite3_bind_text(stmt, 1, quarter, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 2, zone, -1, SQLITE_STATIC);
	if (fh_out_stmt(out, stmt, err) != SQLITE_DONE)
		goto done;
	if (!fh_out_rows(out)) {
		fh_error_set(err, _("there are no zones to plan meetings for (add them with 'fh-group zone add')"));
		goto done;
	}
	rc = 0;
done:
	sqlite3_finalize(stmt);
	return rc;
}

int fh_meeting_forget_member(struct fh_db *db, sqlite3_int64 member, struct fh_error *err)
{
	sqlite3_stmt *stmt;
	int rc;

	if (fh_db_prepare(db, &stmt, "UPDATE meeting_attendance SET name = NULL WHERE member_id = ?1",
			  err))
		return -1;
	sqlite3_bind_int64(stmt, 1, member);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	return rc == SQLITE_DONE ? 0 : fh_db_error(db, err, _("cannot change the meetings"));
}

int fh_meeting_find(struct fh_db *db, const char *zone, const char *quarter,
		    sqlite3_int64 *id, struct fh_error *err)
{
	sqlite3_stmt *stmt;
	sqlite3_int64 zid;
	int rc;

	if (fh_lookup(db, FH_ZONE, zone, &zid, err))
		return -1;
	if (fh_db_prepare(db, &stmt, "SELECT id FROM meetings WHERE kind = 'zone'"
			  " AND zone_id = ?1 AND quarter = ?2 AND cancelled_at IS NULL", err))
		return -1;
	sqlite3_bind_int64(stmt, 1, zid);
	sqlite3_bind_text(stmt, 2, quarter, -1, SQLITE_STATIC);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW)
		*id = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	if (rc == SQLITE_ROW)
		return 0;
	if (rc == SQLITE_DONE)
		return fh_error_set(err, _("no meeting of zone '%s' in %s (plan it with"
				    " 'fh-meeting plan --quarter %s')"), zone, quarter, quarter);
	return fh_db_error(db, err, _("cannot find the meeting"));
}

/* Checks that meeting id exists (and, when live, was not cancelled). */
static int meeting_exists(struct fh_db *db, sqlite3_int64 id, int live, struct fh_error *err)
{
	sqlite3_stmt *stmt;
	int rc, cancelled = 0;

	if (fh_db_prepare(db, &stmt, "SELECT cancelled_at IS NOT NULL FROM meetings WHERE id = ?1", err))
		return -1;
	sqlite3_bind_int64(stmt, 1, id);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW)
		cancelled = sqlite3_column_int(stmt, 0);
	sqlite3_finalize(stmt);
	if (rc == SQLITE_ROW && live && cancelled)
		return fh_error_set(err, _("meeting %lld was cancelled"), (long long)id);
	if (rc == SQLITE_ROW)
		return 0;
	if (rc == SQLITE_DONE)
		return fh_error_set(err, _("no meeting with id %lld"), (long long)id);
	return fh_db_error(db, err, _("cannot find the meeting"));
}

/*
 * Checks that group (a code naming row gid) may attend meeting id: a zone
 * meeting is attended by the groups of its zone.  Returns 0 or -1.
 */
static int check_attendee(struct fh_db *db, sqlite3_int64 id, const char *group,
			  sqlite3_int64 gid, struct fh_error *err)
{
	sqlite3_stmt *stmt;
	int rc;

	if (fh_db_prepare(db, &stmt, "SELECT z.code FROM meetings m JOIN zones z ON z.id = m.zone_id"
			  " WHERE m.id = ?1 AND m.kind = 'zone' AND m.zone_id IS NOT"
			  " (SELECT zone_id FROM groups WHERE id = ?2)", err))
		return -1;
	sqlite3_bind_int64(stmt, 1, id);
	sqlite3_bind_int64(stmt, 2, gid);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW)
		fh_error_set(err, _("group '%s' is not in zone '%s' of the meeting"), group,
			     (const char *)sqlite3_column_text(stmt, 0));
	else if (rc != SQLITE_DONE)
		fh_db_error(db, err, _("cannot record the attendance"));
	sqlite3_finalize(stmt);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* An event of a meeting's history, or of its action item ?2 (see fh_history_add). */
static const char event_sql[] =
	"INSERT INTO meeting_events (meeting_id, action_id, at, actor, action, note)"
	" VALUES (?1, ?2, ?3, ?4, ?5, ?6)";

/* A meeting's dates checked and normalised: what record and edit write. */
struct checked {
	char planned[FH_DATE_LEN], held[FH_DATE_LEN];
};

/*
 * The rules of a meeting's record, one definition for plan, record and
 * edit: a planned date inside the meeting's quarter, a held date not in
 * the future, the texts in UTF-8.  (The groups that attended are checked
 * as they are written, by write_attendance.)  Returns 0 or -1.
 */
static int check_meeting(const char *quarter, const struct fh_meeting_record *rec,
			 struct checked *c, struct fh_error *err)
{
	memset(c, 0, sizeof(*c));
	if (rec->planned_on && check_planned(quarter, rec->planned_on, c->planned, err))
		return -1;
	if (rec->held_on && check_past_date(rec->held_on, c->held, err))
		return -1;
	if (rec->minutes && !fh_text_utf8_valid(rec->minutes))
		return fh_error_set(err, _("the minutes are not valid UTF-8 text"));
	if (rec->chair && !fh_text_utf8_valid(rec->chair))
		return fh_error_set(err, _("invalid UTF-8 in --chair"));
	if (rec->place && !fh_text_utf8_valid(rec->place))
		return fh_error_set(err, _("invalid UTF-8 in --place"));
	return 0;
}

/* Replaces the attendance of meeting id by the comma list of group codes attended. */
static int write_attendance(struct fh_db *db, sqlite3_int64 id, const char *attended,
			    struct fh_error *err)
{
	sqlite3_stmt *stmt = NULL;
	char *list = NULL, *code, *next;
	int rc = -1;

	if (fh_db_prepare(db, &stmt, "DELETE FROM meeting_attendance WHERE meeting_id = ?1"
			  " AND group_id IS NOT NULL", err))
		goto done;
	sqlite3_bind_int64(stmt, 1, id);
	if (sqlite3_step(stmt) != SQLITE_DONE) {
		fh_db_error(db, err, _("cannot record the attendance"));
		goto done;
	}
	sqlite3_finalize(stmt);
	stmt = NULL;
	if (!*attended)
		return 0;
	if (!(list = strdup(attended))) {
		fh_error_set(err, _("out of memory"));
		goto done;
	}
	if (fh_db_prepare(db, &stmt, "INSERT INTO meeting_attendance (meeting_id, group_id)"
			  " SELECT ?1, ?2 WHERE NOT EXISTS (SELECT 1 FROM meeting_attendance"
			  " WHERE meeting_id = ?1 AND group_id = ?2)", err))
		goto done;
	for (code = list; code; code = next) {
		sqlite3_int64 group;

		next = strchr(code, ',');
		if (next)
			*next++ = '\0';
		if (!*code) {
			fh_error_set(err, _("empty group code in --attended"));
			goto done;
		}
		if (fh_lookup(db, FH_GROUP, code, &group, err) || check_attendee(db, id, code, group, err))
			goto done;
		sqlite3_reset(stmt);
		sqlite3_bind_int64(stmt, 1, id);
		sqlite3_bind_int64(stmt, 2, group);
		if (sqlite3_step(stmt) != SQLITE_DONE) {
			fh_db_error(db, err, _("cannot record the attendance"));
			goto done;
		}
	}
	rc = 0;
done:
	sqlite3_finalize(stmt);
	free(list);
	return rc;
}

/* The fields of a meeting's record, as the options name them, in the order of read_meeting. */
enum { M_ON, M_HELD, M_PLACE, M_CHAIR, M_MINUTES, M_ATTENDED, M_QUARTER, M_FIELDS };
static const char *const meeting_fields[M_ATTENDED + 1] = {
	"on", "held-on", "place", "chair", "minutes", "attended",
};

/* Reads meeting id's record as text into v (each owned, NULL when empty); a cancelled one is refused. */
static int read_meeting(struct fh_db *db, sqlite3_int64 id, char **v, struct fh_error *err)
{
	sqlite3_stmt *stmt;
	int rc = -1;

	if (meeting_exists(db, id, 1, err))
		return -1;
	if (fh_db_prepare(db, &stmt,
			  "SELECT planned_on, held_on, place, chair, minutes,"
			  " (SELECT group_concat(code, ',') FROM (SELECT g.code FROM meeting_attendance a"
			  "  JOIN groups g ON g.id = a.group_id WHERE a.meeting_id = ?1 ORDER BY g.code)),"
			  " quarter FROM meetings WHERE id = ?1", err))
		return -1;
	sqlite3_bind_int64(stmt, 1, id);
	if (sqlite3_step(stmt) == SQLITE_ROW) {
		rc = 0;
		for (int i = 0; i < M_FIELDS && !rc; i++) {
			const char *s = (const char *)sqlite3_column_text(stmt, i);

			if (s && !(v[i] = strdup(s)))
				rc = fh_error_set(err, _("out of memory"));
		}
	} else {
		fh_db_error(db, err, _("cannot read the meeting"));
	}
	sqlite3_finalize(stmt);
	return rc;
}

/* Writes the checked record c and rec's texts over meeting id (the attendance when given). */
static int write_meeting(struct fh_db *db, sqlite3_int64 id, const struct fh_meeting_record *rec,
			 const struct checked *c, struct fh_error *err)
{
	sqlite3_stmt *stmt;
	int rc;

	if (fh_db_prepare(db, &stmt, "UPDATE meetings SET planned_on = ?2, held_on = ?3, place = ?4,"
			  " chair = ?5, minutes = ?6 WHERE id = ?1", err))
		return -1;
	sqlite3_bind_int64(stmt, 1, id);
	sqlite3_bind_text(stmt, 2, rec->planned_on ? c->planned : NULL, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 3, rec->held_on ? c->held : NULL, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 4, rec->place, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 5, rec->chair, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 6, rec->minutes, -1, SQLITE_STATIC);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return fh_db_error(db, err, _("cannot record the meeting"));
	return rec->attended ? write_attendance(db, id, rec->attended, err) : 0;
}

/* A change's value: NULL keeps the old one, "" clears it. */
static const char *merged(const char *change, const char *old)
{
	return change ? (*change ? change : NULL) : old;
}

/*
 * Lays changes over meeting id's record (record: held_on required, the
 * others kept when not given) and writes it after check_meeting; sets
 * *changed to the number of fields changed, recording an 'edited' event
 * with them when edit.
 */
static int change_meeting(struct fh_db *db, sqlite3_int64 id, const struct fh_meeting_record *ch,
			  int edit, int *changed, struct fh_error *err)
{
	char *old[M_FIELDS] = { NULL }, *now[M_FIELDS] = { NULL }, *note = NULL;
	struct fh_meeting_record rec;
	struct checked c;
	int rc = -1;

	*changed = 0;
	if (read_meeting(db, id, old, err))
		goto done;
	rec.planned_on = merged(ch->planned_on, old[M_ON]);
	rec.held_on = merged(ch->held_on, old[M_HELD]);
	rec.place = merged(ch->place, old[M_PLACE]);
	rec.chair = merged(ch->chair, old[M_CHAIR]);
	rec.minutes = merged(ch->minutes, old[M_MINUTES]);
	rec.attended = ch->attended;
	if (check_meeting(old[M_QUARTER], &rec, &c, err) || write_meeting(db, id, &rec, &c, err) ||
	    read_meeting(db, id, now, err))
		goto done;
	if (!(note = fh_history_diff(meeting_fields, old, now, M_ATTENDED + 1, changed))) {
		fh_error_set(err, _("out of memory"));
		goto done;
	}
	if (edit && *changed && fh_history_add(db, event_sql, id, 0, "edited", note, err))
		goto done;
	rc = 0;
done:
	for (int i = 0; i < M_FIELDS; i++) {
		free(old[i]);
		free(now[i]);
	}
	free(note);
	return rc;
}

int fh_meeting_record(struct fh_db *db, sqlite3_int64 id, const struct fh_meeting_record *rec,
		      struct fh_error *err)
{
	struct fh_meeting_record ch = *rec;
	int changed;

	if (!rec->held_on || !*rec->held_on)
		return fh_error_usage(err, _("record needs --held-on"));
	ch.planned_on = NULL;
	return change_meeting(db, id, &ch, 0, &changed, err);
}

int fh_meeting_edit(struct fh_db *db, sqlite3_int64 id, const struct fh_meeting_record *changes,
		    int *changed, struct fh_error *err)
{
	return change_meeting(db, id, changes, 1, changed, err);
}

int fh_meeting_cancel(struct fh_db *db, sqlite3_int64 id, const char *reason,
		      struct fh_error *err)
{
	if (meeting_exists(db, id, 1, err))
		return -1;
	return fh_history_cancel(db, "UPDATE meetings SET cancelled_at = ?2, cancel_reason = ?3"
				 " WHERE id = ?1", event_sql, id, 0, reason, err);
}

/* The rules of an action item, one definition for add and edit; due normalised into date. */
static int check_action(const char *text, const char *owner, const char *due,
			char date[FH_DATE_LEN], struct fh_error *err)
{
	if (!text || !*text || !fh_text_utf8_valid(text))
		return fh_error_set(err, _("the action's text is empty or not UTF-8"));
	if (owner && !fh_text_utf8_valid(owner))
		return fh_error_set(err, _("invalid UTF-8 in --owner"));
	return due ? check_date(due, date, err) : 0;
}

int fh_meeting_action_add(struct fh_db *db, sqlite3_int64 id, const char *text,
			  const char *owner, const char *due, sqlite3_int64 *number,
			  struct fh_error *err)
{
	char date[FH_DATE_LEN], now[FH_TIME_LEN];
	sqlite3_stmt *stmt;
	struct fh_time t;
	int rc;

	if (check_action(text, owner, due, date, err) || fh_now(&t, err) ||
	    meeting_exists(db, id, 1, err))
		return -1;
	fh_time_format(&t, now);
	if (fh_db_prepare(db, &stmt, "INSERT INTO meeting_actions (meeting_id, text, owner,"
			  " due_on, created_at) VALUES (?1, ?2, ?3, ?4, ?5)", err))
		return -1;
	sqlite3_bind_int64(stmt, 1, id);
	sqlite3_bind_text(stmt, 2, text, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 3, owner, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 4, due ? date : NULL, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 5, now, -1, SQLITE_STATIC);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return fh_db_error(db, err, _("cannot add the action"));
	*number = sqlite3_last_insert_rowid(db->sql);
	return 0;
}

/* An action item's fields, in the order of read_action (then its meeting). */
enum { A_TEXT, A_OWNER, A_DUE, A_MEETING, A_FIELDS };
static const char *const action_fields[A_MEETING] = { "text", "owner", "due" };

/*
 * Reads action item number's text, owner, due date and meeting into v
 * (owned, NULL when empty); a cancelled one is refused, and so is a done
 * one when open.  Returns 0 or -1.
 */
static int read_action(struct fh_db *db, sqlite3_int64 number, int open, char **v,
		       struct fh_error *err)
{
	sqlite3_stmt *stmt;
	int rc = -1, step;

	if (fh_db_prepare(db, &stmt, "SELECT text, owner, due_on, meeting_id, done_on, cancelled_at"
			  " FROM meeting_actions WHERE id = ?1", err))
		return -1;
	sqlite3_bind_int64(stmt, 1, number);
	step = sqlite3_step(stmt);
	if (step == SQLITE_DONE)
		fh_error_set(err, _("no action with number %lld"), (long long)number);
	else if (step != SQLITE_ROW)
		fh_db_error(db, err, _("cannot read the action"));
	else if (sqlite3_column_type(stmt, 5) != SQLITE_NULL)
		fh_error_set(err, _("action %lld was cancelled"), (long long)number);
	else if (open && sqlite3_column_type(stmt, 4) != SQLITE_NULL)
		fh_error_set(err, _("action %lld was already done on %s"), (long long)number,
			     (const char *)sqlite3_column_text(stmt, 4));
	else
		rc = 0;
	for (int i = 0; !rc && v && i < A_FIELDS; i++) {
		const char *s = (const char *)sqlite3_column_text(stmt, i);

		if (s && !(v[i] = strdup(s)))
			rc = fh_error_set(err, _("out of memory"));
	}
	sqlite3_finalize(stmt);
	return rc;
}

int fh_meeting_action_done(struct fh_db *db, sqlite3_int64 number, const char *on,
			   struct fh_error *err)
{
	char date[FH_DATE_LEN];
	sqlite3_stmt *stmt;
	struct fh_time t;
	int rc;

	if (on) {
		if (check_past_date(on, date, err))
			return -1;
	} else {
		if (fh_now(&t, err))
			return -1;
		fh_date_format(&t, date);
	}
	if (read_action(db, number, 1, NULL, err))
		return -1;
	if (fh_db_prepare(db, &stmt, "UPDATE meeting_actions SET done_on = ?2 WHERE id = ?1", err))
		return -1;
	sqlite3_bind_int64(stmt, 1, number);
	sqlite3_bind_text(stmt, 2, date, -1, SQLITE_STATIC);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	return rc == SQLITE_DONE ? 0 : fh_db_error(db, err, _("cannot mark the action done"));
}

/* Writes text, owner and due (checked) over action item number. */
static int write_action(struct fh_db *db, sqlite3_int64 number, const char *text,
			const char *owner, const char *due, struct fh_error *err)
{
	sqlite3_stmt *stmt;
	int rc;

	if (fh_db_prepare(db, &stmt, "UPDATE meeting_actions SET text = ?2, owner = ?3, due_on = ?4"
			  " WHERE id = ?1", err))
		return -1;
	sqlite3_bind_int64(stmt, 1, number);
	sqlite3_bind_text(stmt, 2, text, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 3, owner, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 4, due, -1, SQLITE_STATIC);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	return rc == SQLITE_DONE ? 0 : fh_db_error(db, err, _("cannot change the action"));
}

int fh_meeting_action_edit(struct fh_db *db, sqlite3_int64 number, const char *text,
			   const char *owner, const char *due, int *changed, struct fh_error *err)
{
	char *old[A_FIELDS] = { NULL }, *now[A_FIELDS] = { NULL }, *note = NULL, date[FH_DATE_LEN];
	const char *t, *o, *d;
	int rc = -1;

	*changed = 0;
	if (read_action(db, number, 0, old, err))
		goto done;
	t = text ? text : old[A_TEXT];
	o = merged(owner, old[A_OWNER]);
	d = merged(due, old[A_DUE]);
	if (check_action(t, o, d, date, err) || write_action(db, number, t, o, d ? date : NULL, err) ||
	    read_action(db, number, 0, now, err))
		goto done;
	if (!(note = fh_history_diff(action_fields, old, now, A_MEETING, changed))) {
		fh_error_set(err, _("out of memory"));
		goto done;
	}
	if (*changed && fh_history_add(db, event_sql, atoll(old[A_MEETING]), number, "edited", note, err))
		goto done;
	rc = 0;
done:
	for (int i = 0; i < A_FIELDS; i++) {
		free(old[i]);
		free(now[i]);
	}
	free(note);
	return rc;
}

int fh_meeting_action_cancel(struct fh_db *db, sqlite3_int64 number, const char *reason,
			     struct fh_error *err)
{
	char *v[A_FIELDS] = { NULL };
	int rc = -1;

	if (!read_action(db, number, 0, v, err) &&
	    !fh_history_cancel(db, "UPDATE meeting_actions SET cancelled_at = ?2, cancel_reason = ?3"
			       " WHERE id = ?1", event_sql, atoll(v[A_MEETING]), number, reason, err))
		rc = 0;
	for (int i = 0; i < A_FIELDS; i++)
		free(v[i]);
	return rc;
}

/*
 * Writes the rows of sql to out, ?1 bound to zone (a comma list of zones,
 * each checked, as a JSON array of codes) and ?2 to b (text or NULL).
 */
static int write_rows(struct fh_db *db, const char *sql, const char *zone, const char *b,
		      struct fh_out *out, struct fh_error *err)
{
	sqlite3_stmt *stmt = NULL;
	char *zones = NULL;
	int rc = -1;

	/* An unknown zone is an error, not a silently empty list. */
	if (fh_lookup_filter(db, FH_ZONE, zone, &zones, err) || fh_db_prepare(db, &stmt, sql, err))
		goto done;
	sqlite3_bind_text(stmt, 1, zones, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 2, b, -1, SQLITE_STATIC);
	rc = fh_out_stmt(out, stmt, err) == SQLITE_DONE ? 0 : -1;
done:
	sqlite3_finalize(stmt);
	free(zones);
	return rc;
}

int fh_meeting_action_list(struct fh_db *db, int open_only, const char *zone,
			   struct fh_out *out, struct fh_error *err)
{
	return write_rows(db, "SELECT id, meeting, zone, quarter, text, owner, due_on, done_on"
			  " FROM actions_v WHERE cancelled_at IS NULL AND (?2 IS NULL OR done_on IS NULL)"
			  " AND (?1 IS NULL OR zone IN (SELECT value FROM json_each(?1))) ORDER BY id", zone, open_only ? "open" : NULL,
			  out, err);
}

int fh_meeting_list(struct fh_db *db, const char *zone, const char *quarter,
		    struct fh_out *out, struct fh_error *err)
{
	sqlite3_stmt *stmt = NULL;
	char *zones = NULL;
	int rc = -1;

	/* zone may be a comma list (fh(1)); each must exist. */
	if (fh_lookup_filter(db, FH_ZONE, zone, &zones, err) ||
	    fh_db_prepare(db, &stmt, "SELECT v.id, v.kind, v.zone, v.quarter, v.planned_on, v.held_on, v.chair,"
			  " (SELECT group_concat(code, ',') FROM (SELECT g.code FROM meeting_attendance a"
			  "  JOIN groups g ON g.id = a.group_id WHERE a.meeting_id = v.id ORDER BY g.code))"
			  " AS attended, v.open_actions FROM meetings_v v WHERE v.cancelled_at IS NULL"
			  " AND (?1 IS NULL OR v.zone IN (SELECT value FROM json_each(?1)))"
			  " AND (?2 IS NULL OR v.quarter = ?2) ORDER BY v.quarter, v.zone, v.id", err))
		goto done;
	sqlite3_bind_text(stmt, 1, zones, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 2, quarter, -1, SQLITE_STATIC);
	if (fh_out_stmt(out, stmt, err) != SQLITE_DONE)
		goto done;
	rc = 0;
done:
	sqlite3_finalize(stmt);
	free(zones);
	return rc;
}

int fh_meeting_show(struct fh_db *db, sqlite3_int64 id, const struct fh_show *show,
		    struct fh_error *err)
{
	static const struct fh_show_part parts[] = {
		{ NULL, "SELECT v.id, v.kind, v.zone, v.quarter, v.planned_on, v.held_on, v.chair,"
			" v.place, v.open_actions, m.cancelled_at, m.cancel_reason, m.minutes"
			" FROM meetings_v v JOIN meetings m ON m.id = v.id WHERE v.id = ?1" },
		{ "attended", "SELECT g.code AS \"group\", g.name FROM meeting_attendance a"
			" JOIN groups g ON g.id = a.group_id WHERE a.meeting_id = ?1 ORDER BY g.code" },
		{ "actions", "SELECT id, text, owner, due_on, done_on, cancelled_at"
			" FROM meeting_actions WHERE meeting_id = ?1 ORDER BY id" },
		{ "history", "SELECT at, actor, action, action_id, note FROM meeting_events"
			" WHERE meeting_id = ?1 ORDER BY id" },
	};

	if (meeting_exists(db, id, 0, err))
		return -1;
	return fh_show_write(db, show, parts, 4, id, err);
}

int fh_meeting_scrub(struct fh_db *db, const char *const *values, struct fh_error *err)
{
	static const char *const meetings[] = { "chair", "place", "minutes", "cancel_reason", NULL };
	static const char *const attendance[] = { "name", NULL };
	static const char *const actions[] = { "text", "owner", "cancel_reason", NULL };
	static const char *const events[] = { "note", NULL };

	/* The corrections' history holds old values too. */
	return fh_db_scrub(db, "meetings", meetings, values, err) ||
	       fh_db_scrub(db, "meeting_attendance", attendance, values, err) ||
	       fh_db_scrub(db, "meeting_actions", actions, values, err) ||
	       fh_db_scrub(db, "meeting_events", events, values, err) ? -1 : 0;
}
