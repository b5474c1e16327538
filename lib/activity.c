#include <stdlib.h>
#include <string.h>

#include "fh/activity.h"
#include "fh/codes.h"
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
		return fh_error_usage(err, _("empty member code in the attendees"));
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

int fh_activity_add(struct fh_db *db, const struct fh_activity *a, sqlite3_int64 *id,
		    struct fh_error *err)
{
	sqlite3_stmt *stmt = NULL;
	sqlite3_int64 zone = 0, group = 0, team = 0, gzone;
	struct fh_time t;
	char held[FH_DATE_LEN], now[FH_TIME_LEN], buf[160];
	int rc = -1;

	if (!fh_activity_kind_valid(a->kind))
		return fh_error_usage(err, _("unknown kind '%s' (valid: %s)"), a->kind,
				      fh_codes_join(FH_CODES_ACTIVITY_KIND, buf, sizeof(buf)));
	if (a->topic && !*a->topic)
		return fh_error_usage(err, _("the topic is empty"));
	if ((a->topic && !fh_text_utf8_valid(a->topic)) || (a->led_by && !fh_text_utf8_valid(a->led_by)) ||
	    (a->note && !fh_text_utf8_valid(a->note)))
		return fh_error_usage(err, _("invalid UTF-8 in --topic, --led-by or --note"));
	if (fh_now(&t, err))
		return -1;
	fh_time_format(&t, now);
	if (a->on && (fh_date_parse(a->on, &t, err) || fh_time_check_past(&t, 1, NULL, a->on, err)))
		return -1;
	fh_date_format(&t, held);
	if ((a->zone && fh_lookup(db, FH_ZONE, a->zone, &zone, err)) ||
	    (a->group && fh_lookup(db, FH_GROUP, a->group, &group, err)) ||
	    (a->team && fh_lookup(db, FH_TEAM, a->team, &team, err)))
		return -1;
	if (group) {
		if (zone_of(db, "SELECT zone_id FROM groups WHERE id = ?1", group, &gzone, err))
			return -1;
		if (zone && gzone != zone)
			return fh_error_set(err, _("group '%s' is not in zone '%s'"), a->group, a->zone);
		zone = gzone;
	} else if (team && !zone) {
		if (zone_of(db, "SELECT zone_id FROM teams WHERE id = ?1", team, &zone, err))
			return -1;
	}
	if (fh_db_prepare(db, &stmt,
			  "INSERT INTO activities (kind, topic, zone_id, group_id, team_id, held_on,"
			  " led_by, count, note, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
			  err))
		goto done;
	sqlite3_bind_text(stmt, 1, a->kind, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 2, a->topic, -1, SQLITE_STATIC);
	if (zone)
		sqlite3_bind_int64(stmt, 3, zone);
	if (group)
		sqlite3_bind_int64(stmt, 4, group);
	if (team)
		sqlite3_bind_int64(stmt, 5, team);
	sqlite3_bind_text(stmt, 6, held, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 7, a->led_by, -1, SQLITE_STATIC);
	if (a->count >= 0)
		sqlite3_bind_int64(stmt, 8, a->count);
	sqlite3_bind_text(stmt, 9, a->note, -1, SQLITE_STATIC);
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

int fh_activity_list(struct fh_db *db, const struct fh_activity_filter *f,
		     struct fh_out *out, struct fh_error *err)
{
	sqlite3_stmt *stmt = NULL;
	sqlite3_int64 id;
	int rc = -1;

	/* Unknown codes are errors, not silently empty lists. */
	if ((f->zone && fh_lookup(db, FH_ZONE, f->zone, &id, err)) ||
	    (f->group && fh_lookup(db, FH_GROUP, f->group, &id, err)) ||
	    (f->team && fh_lookup(db, FH_TEAM, f->team, &id, err)))
		return -1;
	if (fh_db_prepare(db, &stmt,
			  "SELECT id, held_on, kind, topic, zone, \"group\", team, led_by, attendance, note"
			  " FROM activities_v"
			  " WHERE (?1 IS NULL OR kind = ?1) AND (?2 IS NULL OR zone = ?2)"
			  " AND (?3 IS NULL OR \"group\" = ?3) AND (?4 IS NULL OR team = ?4)"
			  " AND (?5 = '' OR held_on || ' 00:00' >= ?5) AND (?6 = '' OR held_on || ' 00:00' < ?6)"
			  " ORDER BY held_on, id", err))
		goto done;
	sqlite3_bind_text(stmt, 1, f->kind, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 2, f->zone, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 3, f->group, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 4, f->team, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 5, f->since, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 6, f->until, -1, SQLITE_STATIC);
	if (fh_out_stmt(out, stmt, err) != SQLITE_DONE)
		goto done;
	rc = 0;
done:
	sqlite3_finalize(stmt);
	return rc;
}

int fh_activity_show(struct fh_db *db, sqlite3_int64 id, struct fh_out *out,
		     struct fh_error *err)
{
	static const char *const fields[] = {
		"id", "held_on", "kind", "topic", "zone", "group", "team", "led_by",
		"attendance", "note",
	};
	sqlite3_stmt *stmt = NULL;
	int rc = -1, step;

	if (fh_db_prepare(db, &stmt,
			  "SELECT id, held_on, kind, topic, zone, \"group\", team, led_by, attendance, note"
			  " FROM activities_v WHERE id = ?1", err))
		goto done;
	sqlite3_bind_int64(stmt, 1, id);
	step = sqlite3_step(stmt);
	if (step == SQLITE_DONE) {
		fh_error_set(err, _("no activity with id %lld"), (long long)id);
		goto done;
	}
	if (step != SQLITE_ROW) {
		fh_db_error(db, err, _("cannot read the activity"));
		goto done;
	}
	fh_out_column(out, "field", FH_COL_FIELD);
	fh_out_column(out, "value", 0);
	for (int i = 0; i < (int)(sizeof(fields) / sizeof(fields[0])); i++) {
		fh_out_text(out, fields[i]);
		fh_out_text(out, (const char *)sqlite3_column_text(stmt, i));
		fh_out_end_row(out);
	}
	sqlite3_finalize(stmt);
	stmt = NULL;
	if (fh_db_prepare(db, &stmt,
			  "SELECT m.code || ' ' || m.name FROM activity_attendance x"
			  " JOIN members m ON m.id = x.member_id WHERE x.activity_id = ?1 ORDER BY m.code",
			  err))
		goto done;
	sqlite3_bind_int64(stmt, 1, id);
	while ((step = sqlite3_step(stmt)) == SQLITE_ROW) {
		fh_out_text(out, "attendee");
		fh_out_text(out, (const char *)sqlite3_column_text(stmt, 0));
		fh_out_end_row(out);
	}
	if (step != SQLITE_DONE) {
		fh_db_error(db, err, _("cannot read the attendance"));
		goto done;
	}
	rc = 0;
done:
	sqlite3_finalize(stmt);
	return rc;
}

int fh_activity_attend(struct fh_db *db, sqlite3_int64 id, char *const *members, int n,
		       struct fh_error *err)
{
	sqlite3_stmt *stmt = NULL;
	int rc = -1, step;

	if (fh_db_prepare(db, &stmt, "SELECT 1 FROM activities WHERE id = ?1", err))
		return -1;
	sqlite3_bind_int64(stmt, 1, id);
	step = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	stmt = NULL;
	if (step == SQLITE_DONE)
		return fh_error_set(err, _("no activity with id %lld"), (long long)id);
	if (step != SQLITE_ROW)
		return fh_db_error(db, err, _("cannot read the activity"));
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
	static const char *const columns[] = { "topic", "led_by", "note", NULL };

	return fh_db_scrub(db, "activities", columns, values, err);
}
