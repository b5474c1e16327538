#include <stdlib.h>
#include <string.h>

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

	if (on) {
		struct fh_time t;

		if (fh_date_parse(on, &t, err))
			return -1;
		/* A quarter's meeting is held in that quarter. */
		if (!fh_quarter_contains(quarter, &t))
			return fh_error_set(err, _("date '%s' is not in quarter %s"), on, quarter);
		fh_date_format(&t, date);
	}
	if (zone && fh_lookup(db, FH_ZONE, zone, &id, err))
		return -1;
	if (run3(db, "INSERT INTO meetings (kind, zone_id, quarter, planned_on)"
		 " SELECT 'zone', z.id, ?1, ?3 FROM zones z WHERE (?2 IS NULL OR z.code = ?2)"
		 " AND NOT EXISTS (SELECT 1 FROM meetings m WHERE m.kind = 'zone'"
		 "  AND m.zone_id = z.id AND m.quarter = ?1) ORDER BY z.code",
		 quarter, zone, on ? date : NULL, err) ||
	    run3(db, "UPDATE meetings SET planned_on = ?3 WHERE ?3 IS NOT NULL AND kind = 'zone'"
		 " AND quarter = ?1 AND held_on IS NULL AND planned_on IS NOT ?3"
		 " AND zone_id IN (SELECT id FROM zones WHERE ?2 IS NULL OR code = ?2)",
		 quarter, zone, on ? date : NULL, err))
		return -1;
	if (fh_db_prepare(db, &stmt,
			  "SELECT id, zone, quarter, planned_on, held_on FROM meetings_v"
			  " WHERE kind = 'zone' AND quarter = ?1 AND (?2 IS NULL OR zone = ?2)"
			  " ORDER BY zone", err))
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
			  " AND zone_id = ?1 AND quarter = ?2", err))
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

/* Checks that meeting id exists. */
static int meeting_exists(struct fh_db *db, sqlite3_int64 id, struct fh_error *err)
{
	sqlite3_stmt *stmt;
	int rc;

	if (fh_db_prepare(db, &stmt, "SELECT 1 FROM meetings WHERE id = ?1", err))
		return -1;
	sqlite3_bind_int64(stmt, 1, id);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
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

int fh_meeting_record(struct fh_db *db, sqlite3_int64 id, const struct fh_meeting_record *rec,
		      struct fh_error *err)
{
	char date[FH_DATE_LEN];
	sqlite3_stmt *stmt = NULL;
	char *list = NULL;
	int rc = -1;

	if (check_past_date(rec->held_on, date, err) || meeting_exists(db, id, err))
		return -1;
	if (rec->minutes && !fh_text_utf8_valid(rec->minutes))
		return fh_error_set(err, _("the minutes are not valid UTF-8 text"));
	if (rec->chair && !fh_text_utf8_valid(rec->chair))
		return fh_error_usage(err, _("invalid UTF-8 in --chair"));
	if (fh_db_prepare(db, &stmt, "UPDATE meetings SET held_on = ?2,"
			  " chair = coalesce(?3, chair), minutes = coalesce(?4, minutes) WHERE id = ?1",
			  err))
		goto done;
	sqlite3_bind_int64(stmt, 1, id);
	sqlite3_bind_text(stmt, 2, date, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 3, rec->chair, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 4, rec->minutes, -1, SQLITE_STATIC);
	if (sqlite3_step(stmt) != SQLITE_DONE) {
		fh_db_error(db, err, _("cannot record the meeting"));
		goto done;
	}
	sqlite3_finalize(stmt);
	stmt = NULL;
	if (rec->attended) {
		char *code, *next;

		if (fh_db_prepare(db, &stmt, "DELETE FROM meeting_attendance WHERE meeting_id = ?1", err))
			goto done;
		sqlite3_bind_int64(stmt, 1, id);
		if (sqlite3_step(stmt) != SQLITE_DONE) {
			fh_db_error(db, err, _("cannot record the attendance"));
			goto done;
		}
		sqlite3_finalize(stmt);
		stmt = NULL;
		if (!(list = strdup(rec->attended))) {
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
				fh_error_usage(err, _("empty group code in --attended"));
				goto done;
			}
			if (fh_lookup(db, FH_GROUP, code, &group, err) ||
			    check_attendee(db, id, code, group, err))
				goto done;
			sqlite3_reset(stmt);
			sqlite3_bind_int64(stmt, 1, id);
			sqlite3_bind_int64(stmt, 2, group);
			if (sqlite3_step(stmt) != SQLITE_DONE) {
				fh_db_error(db, err, _("cannot record the attendance"));
				goto done;
			}
		}
	}
	rc = 0;
done:
	sqlite3_finalize(stmt);
	free(list);
	return rc;
}

int fh_meeting_action_add(struct fh_db *db, sqlite3_int64 id, const char *text,
			  const char *owner, const char *due, sqlite3_int64 *number,
			  struct fh_error *err)
{
	char date[FH_DATE_LEN], now[FH_TIME_LEN];
	sqlite3_stmt *stmt;
	struct fh_time t;
	int rc;

	if (!*text || !fh_text_utf8_valid(text))
		return fh_error_usage(err, _("the action's text is empty or not UTF-8"));
	if (owner && !fh_text_utf8_valid(owner))
		return fh_error_usage(err, _("invalid UTF-8 in --owner"));
	if ((due && check_date(due, date, err)) || fh_now(&t, err) || meeting_exists(db, id, err))
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
	if (fh_db_prepare(db, &stmt, "SELECT done_on FROM meeting_actions WHERE id = ?1", err))
		return -1;
	sqlite3_bind_int64(stmt, 1, number);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW && sqlite3_column_type(stmt, 0) != SQLITE_NULL) {
		fh_error_set(err, _("action %lld was already done on %s"), (long long)number,
			     (const char *)sqlite3_column_text(stmt, 0));
		sqlite3_finalize(stmt);
		return -1;
	}
	sqlite3_finalize(stmt);
	if (rc == SQLITE_DONE)
		return fh_error_set(err, _("no action with number %lld"), (long long)number);
	if (rc != SQLITE_ROW)
		return fh_db_error(db, err, _("cannot read the action"));
	if (fh_db_prepare(db, &stmt, "UPDATE meeting_actions SET done_on = ?2 WHERE id = ?1", err))
		return -1;
	sqlite3_bind_int64(stmt, 1, number);
	sqlite3_bind_text(stmt, 2, date, -1, SQLITE_STATIC);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	return rc == SQLITE_DONE ? 0 : fh_db_error(db, err, _("cannot mark the action done"));
}

int fh_meeting_action_list(struct fh_db *db, int open_only, const char *zone,
			   struct fh_out *out, struct fh_error *err)
{
	sqlite3_stmt *stmt = NULL;
	sqlite3_int64 id;
	int rc = -1;

	if (zone && fh_lookup(db, FH_ZONE, zone, &id, err))
		return -1;
	if (fh_db_prepare(db, &stmt,
			  "SELECT id, meeting, zone, quarter, text, owner, due_on, done_on FROM actions_v"
			  " WHERE (?1 = 0 OR done_on IS NULL) AND (?2 IS NULL OR zone = ?2) ORDER BY id",
			  err))
		goto done;
	sqlite3_bind_int(stmt, 1, open_only);
	sqlite3_bind_text(stmt, 2, zone, -1, SQLITE_STATIC);
	if (fh_out_stmt(out, stmt, err) != SQLITE_DONE)
		goto done;
	rc = 0;
done:
	sqlite3_finalize(stmt);
	return rc;
}

/* The meeting columns of list and show. */
#define MEETING_COLUMNS \
	"SELECT v.id, v.kind, v.zone, v.quarter, v.planned_on, v.held_on, v.chair," \
	" (SELECT group_concat(code, ',') FROM (SELECT g.code FROM meeting_attendance a" \
	"  JOIN groups g ON g.id = a.group_id WHERE a.meeting_id = v.id ORDER BY g.code)) AS attended," \
	" v.open_actions FROM meetings_v v"

int fh_meeting_list(struct fh_db *db, const char *zone, const char *quarter,
		    struct fh_out *out, struct fh_error *err)
{
	sqlite3_stmt *stmt = NULL;
	sqlite3_int64 id;
	int rc = -1;

	if (zone && fh_lookup(db, FH_ZONE, zone, &id, err))
		return -1;
	if (fh_db_prepare(db, &stmt, MEETING_COLUMNS
			  " WHERE (?1 IS NULL OR v.zone = ?1) AND (?2 IS NULL OR v.quarter = ?2)"
			  " ORDER BY v.quarter, v.zone, v.id", err))
		goto done;
	sqlite3_bind_text(stmt, 1, zone, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 2, quarter, -1, SQLITE_STATIC);
	if (fh_out_stmt(out, stmt, err) != SQLITE_DONE)
		goto done;
	rc = 0;
done:
	sqlite3_finalize(stmt);
	return rc;
}

int fh_meeting_show(struct fh_db *db, sqlite3_int64 id, struct fh_out *out,
		    struct fh_error *err)
{
	sqlite3_stmt *stmt = NULL;
	int rc = -1, step;

	if (meeting_exists(db, id, err))
		return -1;
	/* One row per field, the actions and the minutes last. */
	if (fh_db_prepare(db, &stmt,
			  "WITH m AS (" MEETING_COLUMNS " WHERE v.id = ?1)"
			  " SELECT 'id', id FROM m UNION ALL SELECT 'kind', kind FROM m"
			  " UNION ALL SELECT 'zone', zone FROM m UNION ALL SELECT 'quarter', quarter FROM m"
			  " UNION ALL SELECT 'planned_on', planned_on FROM m"
			  " UNION ALL SELECT 'held_on', held_on FROM m UNION ALL SELECT 'chair', chair FROM m"
			  " UNION ALL SELECT 'attended', attended FROM m"
			  " UNION ALL SELECT 'open_actions', open_actions FROM m"
			  " UNION ALL SELECT * FROM (SELECT 'action', id || ' ' ||"
			  "  CASE WHEN done_on IS NULL THEN 'open' ELSE 'done ' || done_on END || ' ' || text"
			  "  || coalesce(' (' || owner || coalesce(', ' || due_on, '') || ')', ' (' || due_on || ')', '')"
			  "  FROM meeting_actions WHERE meeting_id = ?1 ORDER BY id)"
			  " UNION ALL SELECT 'minutes', minutes FROM meetings WHERE id = ?1", err))
		goto done;
	sqlite3_bind_int64(stmt, 1, id);
	fh_out_column(out, "field", FH_COL_FIELD);
	fh_out_column(out, "value", 0);
	while ((step = sqlite3_step(stmt)) == SQLITE_ROW) {
		fh_out_text(out, (const char *)sqlite3_column_text(stmt, 0));
		fh_out_text(out, (const char *)sqlite3_column_text(stmt, 1));
		fh_out_end_row(out);
	}
	if (step != SQLITE_DONE) {
		fh_db_error(db, err, _("cannot read the meeting"));
		goto done;
	}
	rc = 0;
done:
	sqlite3_finalize(stmt);
	return rc;
}

int fh_meeting_scrub(struct fh_db *db, const char *const *values, struct fh_error *err)
{
	static const char *const meetings[] = { "chair", "place", "minutes", NULL };
	static const char *const attendance[] = { "name", NULL };
	static const char *const actions[] = { "text", "owner", NULL };

	return fh_db_scrub(db, "meetings", meetings, values, err) ||
	       fh_db_scrub(db, "meeting_attendance", attendance, values, err) ||
	       fh_db_scrub(db, "meeting_actions", actions, values, err) ? -1 : 0;
}
