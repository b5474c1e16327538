#include <stdlib.h>
#include <string.h>

#include "fh/history.h"
#include "fh/lookup.h"
#include "fh/meeting.h"
#include "fh/period.h"
#include "fh/i18n.h"
#include "fh/sqlrun.h"
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

/* Writes the quarter of date t ("2026Q4") into q. */
static void quarter_of(const struct fh_time *t, char q[FH_QUARTER_LEN])
{
	snprintf(q, FH_QUARTER_LEN, "%04uQ%c", (unsigned)t->year % 10000u, "1234"[(t->month - 1) / 3 % 4]);
}

/*
 * Checks the planned date of a meeting of quarter: a zone meeting of a
 * quarter is held in that quarter; a joint one (quarter NULL) is of its
 * date's quarter, written into q when not NULL.
 */
static int check_planned(const char *quarter, const char *on, char buf[FH_DATE_LEN],
			 char *q, struct fh_error *err)
{
	struct fh_time t;

	if (fh_date_parse(on, &t, err))
		return -1;
	if (quarter && !fh_quarter_contains(quarter, &t))
		return fh_error_set(err, _("date '%s' is not in quarter %s"), on, quarter);
	fh_date_format(&t, buf);
	if (q)
		quarter_of(&t, q);
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

	if (on && check_planned(quarter, on, date, NULL, err))
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

/*
 * Links joint meeting id to each code of list (a comma list) of kind
 * (zones or teams) through sql (?1 the meeting, ?2 the row); a team must
 * be of one of the meeting's zones, or of none.  Returns 0 or -1.
 */
static int link_each(struct fh_db *db, sqlite3_int64 id, enum fh_entity kind, const char *list,
		     const char *sql, struct fh_error *err)
{
	char *copy = strdup(list), *code, *next;
	sqlite3_int64 row;
	int rc = -1, n;

	if (!copy)
		return fh_error_set(err, _("out of memory"));
	for (code = copy; code; code = next) {
		if ((next = strchr(code, ',')))
			*next++ = '\0';
		if (!*code) {
			fh_error_usage(err, kind == FH_ZONE ? _("empty zone code in --zones")
				       : _("empty team code in --teams"));
			goto done;
		}
		if (fh_lookup(db, kind, code, &row, err))
			goto done;
		if (kind == FH_TEAM && (n = fh_sqlrun(db, err, NULL, "SELECT 1 FROM teams t"
						     " WHERE t.id = ?2 AND t.zone_id NOT IN (SELECT zone_id"
						     " FROM meeting_zones WHERE meeting_id = ?1)",
						     "ii", id, row))) {
			if (n > 0)
				fh_error_set(err, _("team '%s' is not of a zone of the meeting"), code);
			goto done;
		}
		if (fh_sqlrun(db, err, NULL, sql, "ii", id, row) < 0)
			goto done;
	}
	rc = 0;
done:
	free(copy);
	return rc;
}

/* The zones of joint meeting id as one text ("1,3"), to tell two meetings of the same zones. */
#define JOINT_ZONES(id) "(SELECT group_concat(zone_id) FROM (SELECT zone_id FROM meeting_zones" \
	" WHERE meeting_id = " id " ORDER BY zone_id))"

int fh_meeting_plan_joint(struct fh_db *db, const struct fh_meeting_joint *j, struct fh_out *out,
			  struct fh_error *err)
{
	char date[FH_DATE_LEN], quarter[FH_QUARTER_LEN];
	sqlite3_int64 id, other = 0;
	sqlite3_stmt *stmt;
	int rc;

	if (!j->all == !j->zones)
		return fh_error_usage(err, j->all ? _("plan --joint takes --zones or --all, not both")
				      : _("plan --joint needs --zones or --all"));
	if (!j->on)
		return fh_error_usage(err, _("plan --joint needs --on DATE"));
	/* A joint meeting is of its date's quarter, under the rules of every meeting. */
	if (check_planned(NULL, j->on, date, quarter, err) ||
	    (j->title && fh_text_check(j->title, FH_TEXT_LINE, "--title", err)))
		return -1;
	if (fh_sqlrun(db, err, NULL, "INSERT INTO meetings (kind, quarter, planned_on, title)"
		      " VALUES ('joint', ?1, ?2, ?3)", "ttt", quarter, date, j->title) < 0)
		return -1;
	id = sqlite3_last_insert_rowid(db->sql);
	if (j->all ? fh_sqlrun(db, err, NULL, "INSERT INTO meeting_zones (meeting_id, zone_id)"
			       " SELECT ?1, id FROM zones ORDER BY code", "i", id) < 0
		   : link_each(db, id, FH_ZONE, j->zones, "INSERT OR IGNORE INTO meeting_zones"
			       " (meeting_id, zone_id) VALUES (?1, ?2)", err))
		return -1;
	if ((rc = fh_sqlrun(db, err, NULL, "SELECT 1 FROM meeting_zones WHERE meeting_id = ?1",
			    "i", id)) <= 0)
		return rc ? -1 : fh_error_set(err, _("there are no zones to plan meetings for"
						     " (add them with 'fh-group zone add')"));
	if (j->teams && link_each(db, id, FH_TEAM, j->teams, "INSERT OR IGNORE INTO meeting_teams"
				  " (meeting_id, team_id) VALUES (?1, ?2)", err))
		return -1;
	if ((rc = fh_sqlrun(db, err, &other, "SELECT m.id FROM meetings m WHERE m.kind = 'joint'"
			    " AND m.id <> ?1 AND m.planned_on = ?2 AND m.cancelled_at IS NULL"
			    " AND " JOINT_ZONES("m.id") " = " JOINT_ZONES("?1"), "it", id, date)) < 0)
		return -1;
	if (rc)
		return fh_error_set(err, _("meeting %lld is already a joint meeting of these zones"
				    " on %s"), (long long)other, date);
	if (fh_db_prepare(db, &stmt, "SELECT id, zones AS zone, quarter, planned_on, held_on"
			  " FROM meetings_v WHERE id = ?1", err))
		return -1;
	sqlite3_bind_int64(stmt, 1, id);
	rc = fh_out_stmt(out, stmt, err);
	sqlite3_finalize(stmt);
	return rc == SQLITE_DONE ? 0 : -1;
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
 * The codes that attended meeting ID (an SQL expression), as one comma
 * list: groups, then teams, then units, each by code.
 */
#define ATTENDED(ID) "(SELECT group_concat(code, ',') FROM (" \
	"SELECT g.code, 0 AS o FROM meeting_attendance a JOIN groups g ON g.id = a.group_id" \
	" WHERE a.meeting_id = " ID " UNION ALL SELECT t.code, 1 FROM meeting_attendance a" \
	" JOIN teams t ON t.id = a.team_id WHERE a.meeting_id = " ID " UNION ALL SELECT m.code, 2" \
	" FROM meeting_attendance a JOIN members m ON m.id = a.member_id WHERE a.meeting_id = " ID \
	" ORDER BY 2, 1))"

/* What may attend a meeting: a group, a task team, or a unit (a member of kind organisation). */
enum attendee { AT_GROUP, AT_TEAM, AT_UNIT };

/* The zones of meeting id (?1): a zone meeting's own, a joint meeting's linked ones. */
#define MEETING_ZONES "(SELECT zone_id FROM meetings WHERE id = ?1 AND zone_id IS NOT NULL" \
	" UNION SELECT zone_id FROM meeting_zones WHERE meeting_id = ?1)"

/*
 * Finds attendee code (a group's code or name, a team's or a unit's code),
 * setting *kind and *row.  Returns 0 or -1.
 */
static int find_attendee(struct fh_db *db, const char *code, enum attendee *kind,
			 sqlite3_int64 *row, struct fh_error *err)
{
	sqlite3_stmt *stmt;
	int rc, n = 0, unit = 1;

	if (fh_db_prepare(db, &stmt, "SELECT 0, id, 1 FROM groups WHERE code = ?1"
			  " UNION ALL SELECT 1, id, 1 FROM teams WHERE code = ?1"
			  " UNION ALL SELECT 2, id, kind = 'organisation' FROM members WHERE code = ?1", err))
		return -1;
	sqlite3_bind_text(stmt, 1, code, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW && ++n == 1) {
		*kind = (enum attendee)sqlite3_column_int(stmt, 0);
		*row = sqlite3_column_int64(stmt, 1);
		unit = sqlite3_column_int(stmt, 2);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return fh_db_error(db, err, _("cannot record the attendance"));
	if (n > 1)
		return fh_error_set(err, _("'%s' is the code of more than one group, team or member"), code);
	if (!n) {
		*kind = AT_GROUP;  /* a group by its name, or the usual "unknown group" */
		return fh_lookup(db, FH_GROUP, code, row, err);
	}
	if (!unit)
		return fh_error_set(err, _("member '%s' is not a unit (of kind organisation)"), code);
	return 0;
}

/*
 * Checks that attendee code (of kind, row row) comes from meeting id's
 * zones, or is one of a joint meeting's teams.  Returns 0 or -1.
 */
static int check_attendee(struct fh_db *db, sqlite3_int64 id, const char *code,
			  enum attendee kind, sqlite3_int64 row, struct fh_error *err)
{
	static const char *const outside[2][3] = {
		{ N_("group '%s' is not in zone '%s' of the meeting"),
		  N_("team '%s' is not in zone '%s' of the meeting"),
		  N_("unit '%s' is not in zone '%s' of the meeting") },
		{ N_("group '%s' is not in the meeting's zones (%s)"),
		  N_("team '%s' is not in the meeting's zones (%s)"),
		  N_("unit '%s' is not in the meeting's zones (%s)") },
	};
	sqlite3_stmt *stmt;
	const char *zones;
	int rc;

	if (fh_db_prepare(db, &stmt, "SELECT (SELECT zone_id FROM groups WHERE ?2 = 0 AND id = ?3"
			  "  UNION ALL SELECT zone_id FROM teams WHERE ?2 = 1 AND id = ?3"
			  "  UNION ALL SELECT zone_id FROM members WHERE ?2 = 2 AND id = ?3) IN " MEETING_ZONES
			  " OR (?2 = 1 AND ?3 IN (SELECT team_id FROM meeting_teams WHERE meeting_id = ?1)),"
			  " (SELECT group_concat(code, ',') FROM (SELECT code FROM zones WHERE id IN "
			  MEETING_ZONES " ORDER BY code))", err))
		return -1;
	sqlite3_bind_int64(stmt, 1, id);
	sqlite3_bind_int(stmt, 2, (int)kind);
	sqlite3_bind_int64(stmt, 3, row);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW && !sqlite3_column_int(stmt, 0)) {
		zones = (const char *)sqlite3_column_text(stmt, 1);
		zones = zones ? zones : "";
		fh_error_set(err, _(outside[strchr(zones, ',') != NULL][kind]), code, zones);
	} else if (rc != SQLITE_ROW) {
		fh_db_error(db, err, _("cannot record the attendance"));
	}
	sqlite3_finalize(stmt);
	return rc == SQLITE_ROW && !err->msg[0] ? 0 : -1;
}

/* An event of a meeting's history, or of its action item ?2 (see fh_history_add). */
static const char event_sql[] =
	"INSERT INTO meeting_events (meeting_id, action_id, at, actor, action, note)"
	" VALUES (?1, ?2, ?3, ?4, ?5, ?6)";

/* A meeting's dates checked and normalised: what record and edit write. */
struct checked {
	char planned[FH_DATE_LEN], held[FH_DATE_LEN];
	char quarter[FH_QUARTER_LEN];  /* a joint meeting's, from its planned date; else "" */
};

/*
 * The rules of a meeting's record, one definition for plan, record and
 * edit: a planned date inside the meeting's quarter, a held date not in
 * the future, the texts in UTF-8.  (The groups that attended are checked
 * as they are written, by write_attendance.)  Returns 0 or -1.
 */
static int check_meeting(const char *quarter, int joint, const struct fh_meeting_record *rec,
			 struct checked *c, struct fh_error *err)
{
	memset(c, 0, sizeof(*c));
	if (rec->planned_on && check_planned(joint ? NULL : quarter, rec->planned_on, c->planned,
					     joint ? c->quarter : NULL, err))
		return -1;
	if (rec->held_on && check_past_date(rec->held_on, c->held, err))
		return -1;
	if (rec->minutes && !fh_text_utf8_valid(rec->minutes))
		return fh_error_set(err, _("the minutes are not valid UTF-8 text"));
	if (rec->chair && !fh_text_utf8_valid(rec->chair))
		return fh_error_set(err, _("invalid UTF-8 in --chair"));
	if (rec->place && !fh_text_utf8_valid(rec->place))
		return fh_error_set(err, _("invalid UTF-8 in --place"));
	if (rec->title && fh_text_check(rec->title, FH_TEXT_LINE, "--title", err))
		return -1;
	return 0;
}

/*
 * Replaces the attendance of meeting id (its groups, teams and units; the
 * names of people stay) by the comma list of codes attended.
 */
static int write_attendance(struct fh_db *db, sqlite3_int64 id, const char *attended,
			    struct fh_error *err)
{
	static const char *const insert[] = {
		"INSERT INTO meeting_attendance (meeting_id, group_id) SELECT ?1, ?2 WHERE NOT EXISTS"
		" (SELECT 1 FROM meeting_attendance WHERE meeting_id = ?1 AND group_id = ?2)",
		"INSERT INTO meeting_attendance (meeting_id, team_id) SELECT ?1, ?2 WHERE NOT EXISTS"
		" (SELECT 1 FROM meeting_attendance WHERE meeting_id = ?1 AND team_id = ?2)",
		"INSERT INTO meeting_attendance (meeting_id, member_id) SELECT ?1, ?2 WHERE NOT EXISTS"
		" (SELECT 1 FROM meeting_attendance WHERE meeting_id = ?1 AND member_id = ?2)",
	};
	char *list = NULL, *code, *next;
	enum attendee kind = AT_GROUP;
	sqlite3_int64 row;
	int rc = -1;

	if (fh_sqlrun(db, err, NULL, "DELETE FROM meeting_attendance WHERE meeting_id = ?1 AND"
		      " (group_id IS NOT NULL OR team_id IS NOT NULL OR member_id IS NOT NULL)",
		      "i", id) < 0)
		return -1;
	if (!*attended)
		return 0;
	if (!(list = strdup(attended)))
		return fh_error_set(err, _("out of memory"));
	for (code = list; code; code = next) {
		if ((next = strchr(code, ',')))
			*next++ = '\0';
		if (!*code) {
			fh_error_set(err, _("empty group code in --attended"));
			goto done;
		}
		if (find_attendee(db, code, &kind, &row, err) ||
		    check_attendee(db, id, code, kind, row, err) ||
		    fh_sqlrun(db, err, NULL, insert[kind], "ii", id, row) < 0)
			goto done;
	}
	rc = 0;
done:
	free(list);
	return rc;
}

/* The fields of a meeting's record, as the options name them, in the order of read_meeting. */
enum { M_ON, M_HELD, M_PLACE, M_CHAIR, M_MINUTES, M_TITLE, M_ATTENDED, M_QUARTER, M_KIND, M_FIELDS };
static const char *const meeting_fields[M_ATTENDED + 1] = {
	"on", "held-on", "place", "chair", "minutes", "title", "attended",
};

/* Reads meeting id's record as text into v (each owned, NULL when empty); a cancelled one is refused. */
static int read_meeting(struct fh_db *db, sqlite3_int64 id, char **v, struct fh_error *err)
{
	sqlite3_stmt *stmt;
	int rc = -1;

	if (meeting_exists(db, id, 1, err))
		return -1;
	if (fh_db_prepare(db, &stmt,
			  "SELECT planned_on, held_on, place, chair, minutes, title, " ATTENDED("?1") ","
			  " quarter, kind FROM meetings WHERE id = ?1", err))
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
			  " chair = ?5, minutes = ?6, quarter = coalesce(nullif(?7, ''), quarter), title = ?8"
			  " WHERE id = ?1", err))
		return -1;
	sqlite3_bind_int64(stmt, 1, id);
	sqlite3_bind_text(stmt, 2, rec->planned_on ? c->planned : NULL, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 3, rec->held_on ? c->held : NULL, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 4, rec->place, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 5, rec->chair, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 6, rec->minutes, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 7, c->quarter, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 8, rec->title, -1, SQLITE_STATIC);
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
	rec.title = merged(ch->title, old[M_TITLE]);
	rec.attended = ch->attended;
	if (check_meeting(old[M_QUARTER], !strcmp(old[M_KIND], "joint"), &rec, &c, err) || write_meeting(db, id, &rec, &c, err) ||
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
	/* A joint meeting's items are its zones'. */
	return write_rows(db, "SELECT id, meeting, zones AS zone, quarter, text, owner, due_on, done_on"
			  " FROM actions_v WHERE cancelled_at IS NULL AND (?2 IS NULL OR done_on IS NULL)"
			  " AND (?1 IS NULL OR zone IN (SELECT value FROM json_each(?1))"
			  "  OR (kind = 'joint' AND EXISTS (SELECT 1 FROM meeting_zones x"
			  "   JOIN zones z ON z.id = x.zone_id WHERE x.meeting_id = meeting"
			  "   AND z.code IN (SELECT value FROM json_each(?1)))))"
			  " ORDER BY id", zone, open_only ? "open" : NULL, out, err);
}

int fh_meeting_list(struct fh_db *db, const char *zone, const char *quarter,
		    struct fh_out *out, struct fh_error *err)
{
	sqlite3_stmt *stmt = NULL;
	char *zones = NULL;
	int rc = -1;

	/* zone may be a comma list (fh(1)); each must exist. */
	if (fh_lookup_filter(db, FH_ZONE, zone, &zones, err) ||
	    fh_db_prepare(db, &stmt, "SELECT v.id, v.kind, v.zones AS zone, v.quarter, v.planned_on,"
			  " v.held_on, v.chair, " ATTENDED("v.id") " AS attended, v.open_actions, v.teams,"
			  " v.title FROM meetings_v v WHERE v.cancelled_at IS NULL"
			  " AND (?1 IS NULL OR v.zone IN (SELECT value FROM json_each(?1))"
			  "  OR EXISTS (SELECT 1 FROM meeting_zones x JOIN zones z ON z.id = x.zone_id"
			  "   WHERE x.meeting_id = v.id AND z.code IN (SELECT value FROM json_each(?1))))"
			  " AND (?2 IS NULL OR v.quarter = ?2)"
			  " ORDER BY v.quarter, v.kind DESC, v.zone, v.id", err))
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
			" v.place, v.open_actions, m.cancelled_at, m.cancel_reason, v.title, v.zones,"
			" v.teams, m.minutes FROM meetings_v v JOIN meetings m ON m.id = v.id WHERE v.id = ?1" },
		{ "attended", "SELECT code, name, attendee FROM (SELECT g.code, g.name, 'group' AS attendee,"
			" 0 AS o FROM meeting_attendance a JOIN groups g ON g.id = a.group_id"
			" WHERE a.meeting_id = ?1 UNION ALL SELECT t.code, t.name, 'team', 1"
			" FROM meeting_attendance a JOIN teams t ON t.id = a.team_id WHERE a.meeting_id = ?1"
			" UNION ALL SELECT m.code, m.name, 'unit', 2 FROM meeting_attendance a"
			" JOIN members m ON m.id = a.member_id WHERE a.meeting_id = ?1) ORDER BY o, code" },
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
	static const char *const meetings[] = {
		"chair", "place", "minutes", "cancel_reason", "title", NULL,
	};
	static const char *const attendance[] = { "name", NULL };
	static const char *const actions[] = { "text", "owner", "cancel_reason", NULL };
	static const char *const events[] = { "note", NULL };

	/* The corrections' history holds old values too. */
	return fh_db_scrub(db, "meetings", meetings, values, err) ||
	       fh_db_scrub(db, "meeting_attendance", attendance, values, err) ||
	       fh_db_scrub(db, "meeting_actions", actions, values, err) ||
	       fh_db_scrub(db, "meeting_events", events, values, err) ? -1 : 0;
}
