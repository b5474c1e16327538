#include <stdlib.h>
#include <string.h>

#include "fh/activity.h"
#include "fh/codes.h"
#include "fh/history.h"
#include "fh/lookup.h"
#include "fh/i18n.h"
#include "fh/text.h"

int fh_activity_kind_valid(const char *kind)
{
	return fh_codes_has(FH_CODES_ACTIVITY_KIND, kind);
}

/* Sets *zone to the zone of a group or team row (0 when it has none). */
static int zone_of(struct fh_db *db, const char *sql, sqlite3_int64 id, sqlite3_int64 *zone,
		   struct fh_error *err)
{
	sqlite3_stmt *stmt;
	int rc;

	if (fh_db_prepare(db, &stmt, sql, err))
		return -1;
	sqlite3_bind_int64(stmt, 1, id);
	rc = sqlite3_step(stmt);
	*zone = rc == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : 0;
	sqlite3_finalize(stmt);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : fh_db_error(db, err, _("cannot read a zone"));
}

/* Adds member code to activity id's attendance (an existing row stays). */
static int attend_one(struct fh_db *db, sqlite3_stmt *ins, sqlite3_int64 id, const char *code,
		      struct fh_error *err)
{
	sqlite3_int64 member;

	if (!*code)
		return fh_error_set(err, _("empty member code in the attendees"));
	if (fh_lookup(db, FH_MEMBER, code, &member, err))
		return -1;
	sqlite3_reset(ins);
	sqlite3_bind_int64(ins, 1, id);
	sqlite3_bind_int64(ins, 2, member);
	if (sqlite3_step(ins) != SQLITE_DONE)
		return fh_db_error(db, err, _("cannot record attendance"));
	return 0;
}

/* Records the comma list of member codes attendees at activity id.  Returns 0 or -1. */
static int add_attendees(struct fh_db *db, sqlite3_int64 id, const char *attendees,
			 struct fh_error *err)
{
	sqlite3_stmt *ins = NULL;
	char *list, *save = NULL, *code;
	int rc = -1;

	if (!(list = strdup(attendees)))
		return fh_error_set(err, _("out of memory"));
	if (fh_db_prepare(db, &ins, "INSERT OR IGNORE INTO activity_attendance"
			  " (activity_id, member_id) VALUES (?1, ?2)", err))
		goto done;
	/* strtok_r would skip empty items, which are mistakes worth a message. */
	for (code = list; code; code = save) {
		save = strchr(code, ',');
		if (save)
			*save++ = '\0';
		if (attend_one(db, ins, id, code, err))
			goto done;
	}
	rc = 0;
done:
	sqlite3_finalize(ins);
	free(list);
	return rc;
}

/* An activity's values checked and resolved: what add writes and edit compares. */
struct checked {
	sqlite3_int64 zone, group, team;
	char held[FH_DATE_LEN];
};

/*
 * The rules of an activity, one definition for add and edit: a known
 * kind, text in UTF-8, a date that is not in the future, known codes, a
 * group in the zone given (its zone taken when none is), a team's zone
 * when neither is given.  Fills c.  Returns 0 or -1.
 */
static int check_activity(struct fh_db *db, const struct fh_activity *a, struct checked *c,
			  struct fh_error *err)
{
	sqlite3_int64 gzone;
	struct fh_time t;
	char buf[160];

	memset(c, 0, sizeof(*c));
	if (!a->kind || !fh_activity_kind_valid(a->kind))
		return fh_error_set(err, _("unknown kind '%s' (valid: %s)"), a->kind ? a->kind : "",
				      fh_codes_join(FH_CODES_ACTIVITY_KIND, buf, sizeof(buf)));
	if (a->topic && !*a->topic)
		return fh_error_set(err, _("the topic is empty"));
	if ((a->topic && !fh_text_utf8_valid(a->topic)) || (a->led_by && !fh_text_utf8_valid(a->led_by)) ||
	    (a->note && !fh_text_utf8_valid(a->note)))
		return fh_error_set(err, _("invalid UTF-8 in --topic, --led-by or --note"));
	if (a->on) {
		if (fh_date_parse(a->on, &t, err) || fh_time_check_past(&t, 1, NULL, a->on, err))
			return -1;
	} else if (fh_now(&t, err)) {
		return -1;
	}
	fh_date_format(&t, c->held);
	if ((a->zone && fh_lookup(db, FH_ZONE, a->zone, &c->zone, err)) ||
	    (a->group && fh_lookup(db, FH_GROUP, a->group, &c->group, err)) ||
	    (a->team && fh_lookup(db, FH_TEAM, a->team, &c->team, err)))
		return -1;
	if (c->group) {
		if (zone_of(db, "SELECT zone_id FROM groups WHERE id = ?1", c->group, &gzone, err))
			return -1;
		if (c->zone && gzone != c->zone)
			return fh_error_set(err, _("group '%s' is not in zone '%s'"), a->group, a->zone);
		c->zone = gzone;
	} else if (c->team && !c->zone) {
		if (zone_of(db, "SELECT zone_id FROM teams WHERE id = ?1", c->team, &c->zone, err))
			return -1;
	}
	return 0;
}

/* Binds a's checked values c to stmt's parameters 1 to 9 (kind ... note). */
static void bind_activity(sqlite3_stmt *stmt, const struct fh_activity *a, const struct checked *c)
{
	sqlite3_bind_text(stmt, 1, a->kind, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 2, a->topic, -1, SQLITE_STATIC);
	if (c->zone)
		sqlite3_bind_int64(stmt, 3, c->zone);
	if (c->group)
		sqlite3_bind_int64(stmt, 4, c->group);
	if (c->team)
		sqlite3_bind_int64(stmt, 5, c->team);
	sqlite3_bind_text(stmt, 6, c->held, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(stmt, 7, a->led_by, -1, SQLITE_STATIC);
	if (a->count >= 0)
		sqlite3_bind_int64(stmt, 8, a->count);
	sqlite3_bind_text(stmt, 9, a->note, -1, SQLITE_STATIC);
}

int fh_activity_add(struct fh_db *db, const struct fh_activity *a, sqlite3_int64 *id,
		    struct fh_error *err)
{
	sqlite3_stmt *stmt = NULL;
	struct checked c;
	struct fh_time t;
	char now[FH_TIME_LEN];
	int rc = -1;

	if (check_activity(db, a, &c, err) || fh_now(&t, err))
		return -1;
	fh_time_format(&t, now);
	if (fh_db_prepare(db, &stmt,
			  "INSERT INTO activities (kind, topic, zone_id, group_id, team_id, held_on,"
			  " led_by, count, note, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
			  err))
		goto done;
	bind_activity(stmt, a, &c);
	sqlite3_bind_text(stmt, 10, now, -1, SQLITE_STATIC);
	if (sqlite3_step(stmt) != SQLITE_DONE) {
		fh_db_error(db, err, _("cannot add the activity"));
		goto done;
	}
	*id = sqlite3_last_insert_rowid(db->sql);
	if (a->attendees && add_attendees(db, *id, a->attendees, err))
		goto done;
	rc = 0;
done:
	sqlite3_finalize(stmt);
	return rc;
}

/* The fields an edit can change, as the options name them, in the order of read_values. */
enum { F_KIND, F_TOPIC, F_ZONE, F_GROUP, F_TEAM, F_ON, F_LED_BY, F_COUNT, F_NOTE, F_COUNT_ };
static const char *const field_names[F_COUNT_] = {
	"kind", "topic", "zone", "group", "team", "on", "led-by", "count", "note",
};

/*
 * Reads activity id's values as text into v (each owned, NULL when
 * empty); one that was cancelled is refused when live.  Returns 0 or -1.
 */
static int read_values(struct fh_db *db, sqlite3_int64 id, int live, char **v, struct fh_error *err)
{
	sqlite3_stmt *stmt;
	int step, rc = -1;

	if (fh_db_prepare(db, &stmt,
			  "SELECT a.kind, a.topic, z.code, g.code, t.code, a.held_on, a.led_by, a.count,"
			  " a.note, a.cancelled_at FROM activities a LEFT JOIN zones z ON z.id = a.zone_id"
			  " LEFT JOIN groups g ON g.id = a.group_id LEFT JOIN teams t ON t.id = a.team_id"
			  " WHERE a.id = ?1", err))
		return -1;
	sqlite3_bind_int64(stmt, 1, id);
	step = sqlite3_step(stmt);
	if (step == SQLITE_DONE) {
		fh_error_set(err, _("no activity with id %lld"), (long long)id);
	} else if (step != SQLITE_ROW) {
		fh_db_error(db, err, _("cannot read the activity"));
	} else if (live && sqlite3_column_type(stmt, F_COUNT_) != SQLITE_NULL) {
		fh_error_set(err, _("activity %lld was cancelled"), (long long)id);
	} else {
		rc = 0;
		for (int i = 0; v && i < F_COUNT_ && !rc; i++) {
			const char *s = (const char *)sqlite3_column_text(stmt, i);

			if (s && !(v[i] = strdup(s)))
				rc = fh_error_set(err, _("out of memory"));
		}
	}
	sqlite3_finalize(stmt);
	return rc;
}

/* An event of an activity's history (see fh_history_add). */
static const char event_sql[] =
	"INSERT INTO activity_events (activity_id, at, actor, action, note)"
	" VALUES (?1, ?3, ?4, ?5, ?6)";

/* A change's value: NULL keeps the old one, "" clears it. */
static const char *merged(const char *change, const char *old)
{
	return change ? (*change ? change : NULL) : old;
}

/*
 * The activity after changes over its old values v.  A new group without
 * a zone lets the zone follow the group, as at add.
 */
static void merge_activity(const struct fh_activity *ch, char *const *v, struct fh_activity *a)
{
	a->kind = ch->kind ? ch->kind : v[F_KIND];
	a->topic = merged(ch->topic, v[F_TOPIC]);
	a->zone = ch->group && *ch->group && !ch->zone ? NULL : merged(ch->zone, v[F_ZONE]);
	a->group = merged(ch->group, v[F_GROUP]);
	a->team = merged(ch->team, v[F_TEAM]);
	a->on = ch->on ? ch->on : v[F_ON];
	a->led_by = merged(ch->led_by, v[F_LED_BY]);
	a->count = ch->count >= 0 ? ch->count : v[F_COUNT] ? atoll(v[F_COUNT]) : -1;
	a->note = merged(ch->note, v[F_NOTE]);
	a->attendees = NULL;
}

/* Writes a's checked values c over activity id. */
static int write_activity(struct fh_db *db, sqlite3_int64 id, const struct fh_activity *a,
			  const struct checked *c, struct fh_error *err)
{
	sqlite3_stmt *stmt;
	int rc;

	if (fh_db_prepare(db, &stmt, "UPDATE activities SET kind = ?1, topic = ?2, zone_id = ?3,"
			  " group_id = ?4, team_id = ?5, held_on = ?6, led_by = ?7, count = ?8, note = ?9"
			  " WHERE id = ?10", err))
		return -1;
	bind_activity(stmt, a, c);
	sqlite3_bind_int64(stmt, 10, id);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	return rc == SQLITE_DONE ? 0 : fh_db_error(db, err, _("cannot change the activity"));
}

int fh_activity_edit(struct fh_db *db, sqlite3_int64 id, const struct fh_activity *changes,
		     int *changed, struct fh_error *err)
{
	char *old[F_COUNT_] = { NULL }, *now[F_COUNT_] = { NULL }, *note = NULL;
	struct fh_activity a;
	struct checked c;
	int rc = -1;

	*changed = 0;
	if (read_values(db, id, 1, old, err))
		goto done;
	merge_activity(changes, old, &a);
	if (check_activity(db, &a, &c, err))
		goto done;
	/* Written, read back and compared: an edit that changes nothing is undone by the caller. */
	if (write_activity(db, id, &a, &c, err) || read_values(db, id, 1, now, err))
		goto done;
	if (!(note = fh_history_diff(field_names, old, now, F_COUNT_, changed))) {
		fh_error_set(err, _("out of memory"));
		goto done;
	}
	if (*changed && fh_history_add(db, event_sql, id, 0, "edited", note, err))
		goto done;
	rc = 0;
done:
	for (int i = 0; i < F_COUNT_; i++) {
		free(old[i]);
		free(now[i]);
	}
	free(note);
	return rc;
}

int fh_activity_cancel(struct fh_db *db, sqlite3_int64 id, const char *reason,
		       struct fh_error *err)
{
	if (read_values(db, id, 1, NULL, err))
		return -1;
	return fh_history_cancel(db, "UPDATE activities SET cancelled_at = ?2, cancel_reason = ?3"
				 " WHERE id = ?1", event_sql, id, 0, reason, err);
}

int fh_activity_list(struct fh_db *db, const struct fh_activity_filter *f,
		     struct fh_out *out, struct fh_error *err)
{
	sqlite3_stmt *stmt = NULL;
	char *json[4] = { 0 };
	int rc = -1;

	/* Unknown codes are errors, not silently empty lists; each filter may be a list. */
	if (fh_lookup_filter_codes(FH_CODES_ACTIVITY_KIND, _("kind"), f->kind, &json[0], err) ||
	    fh_lookup_filter(db, FH_ZONE, f->zone, &json[1], err) ||
	    fh_lookup_filter(db, FH_GROUP, f->group, &json[2], err) ||
	    fh_lookup_filter(db, FH_TEAM, f->team, &json[3], err))
		goto done;
	if (fh_db_prepare(db, &stmt,
			  "SELECT id, held_on, kind, topic, zone, \"group\", team, led_by, attendance, note"
			  " FROM activities_v"
			  " WHERE cancelled_at IS NULL AND (?1 IS NULL OR kind IN (SELECT value FROM json_each(?1)))"
			  " AND (?2 IS NULL OR zone IN (SELECT value FROM json_each(?2)))"
			  " AND (?3 IS NULL OR \"group\" IN (SELECT value FROM json_each(?3)))"
			  " AND (?4 IS NULL OR team IN (SELECT value FROM json_each(?4)))"
			  " AND (?5 = '' OR held_on || ' 00:00' >= ?5) AND (?6 = '' OR held_on || ' 00:00' < ?6)"
			  " ORDER BY held_on, id", err))
		goto done;
	for (int i = 0; i < 4; i++)
		sqlite3_bind_text(stmt, i + 1, json[i], -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 5, f->since, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 6, f->until, -1, SQLITE_STATIC);
	if (fh_out_stmt(out, stmt, err) != SQLITE_DONE)
		goto done;
	rc = 0;
done:
	sqlite3_finalize(stmt);
	for (int i = 0; i < 4; i++)
		free(json[i]);
	return rc;
}

int fh_activity_show(struct fh_db *db, sqlite3_int64 id, const struct fh_show *show,
		     struct fh_error *err)
{
	static const struct fh_show_part parts[] = {
		{ NULL, "SELECT v.id, v.held_on, v.kind, v.topic, v.zone, v.\"group\", v.team, v.led_by,"
			" v.attendance, v.note, a.cancelled_at, a.cancel_reason FROM activities_v v"
			" JOIN activities a ON a.id = v.id WHERE v.id = ?1" },
		{ "attendees", "SELECT m.code AS member, m.name FROM activity_attendance x"
			" JOIN members m ON m.id = x.member_id WHERE x.activity_id = ?1 ORDER BY m.code" },
		{ "history", "SELECT at, actor, action, note FROM activity_events"
			" WHERE activity_id = ?1 ORDER BY id" },
	};

	if (read_values(db, id, 0, NULL, err))
		return -1;
	return fh_show_write(db, show, parts, 3, id, err);
}

int fh_activity_attend(struct fh_db *db, sqlite3_int64 id, char *const *members, int n,
		       struct fh_error *err)
{
	sqlite3_stmt *stmt = NULL;
	int rc = -1;

	if (read_values(db, id, 1, NULL, err))
		return -1;
	if (fh_db_prepare(db, &stmt, "INSERT OR IGNORE INTO activity_attendance"
			  " (activity_id, member_id) VALUES (?1, ?2)", err))
		return -1;
	for (int i = 0; i < n; i++)
		if (attend_one(db, stmt, id, members[i], err))
			goto done;
	rc = 0;
done:
	sqlite3_finalize(stmt);
	return rc;
}

int fh_activity_scrub(struct fh_db *db, const char *const *values, struct fh_error *err)
{
	static const char *const columns[] = { "topic", "led_by", "note", "cancel_reason", NULL };
	static const char *const events[] = { "note", NULL };

	/* The corrections' history holds old values too. */
	return fh_db_scrub(db, "activities", columns, values, err) ||
	       fh_db_scrub(db, "activity_events", events, values, err) ? -1 : 0;
}
