/*
 * Volunteer points (积分): the one writer of the points_ledger table, and
 * the items behind every total (see include/fh/points.h).
 */
#include <stdlib.h>
#include <string.h>

#include "fh/config.h"
#include "fh/i18n.h"
#include "fh/lookup.h"
#include "fh/member.h"
#include "fh/period.h"
#include "fh/points.h"
#include "fh/rule.h"
#include "fh/sqlrun.h"
#include "fh/text.h"

#define STR_(x) #x
#define STR(x) STR_(x)

/* The station's points for rule NAME, or its default (fh/config.h). */
#define RULE(name, def) \
	"coalesce((SELECT CAST(value AS INTEGER) FROM settings WHERE key = 'points." name "'), " \
	STR(def) ")"

/* The first day of the quarter of date column d. */
#define QUARTER_START(d) \
	"date(" d ", 'start of month', '-' || ((CAST(strftime('%m', " d ") AS INTEGER) - 1) % 3)" \
	" || ' months')"

/*
 * Every points item, one row each: who (member_id), when (at, a time
 * "YYYY-MM-DD HH:MM"), from what (source: a rule's name, award or
 * redeem), how many, a reference, and a number ordering items of one day
 * and source.  Binds ?2 and ?3 (the span [?2, ?3)) and ?4 (now: nothing
 * later counts yet).  Rules worth 0 give no items.
 *
 * A leader earns points.lead for each quarter, or part of one, of a term
 * up to now (the term's quarters, lq), dated its first day led in it.
 */
#define ITEMS \
	"WITH RECURSIVE lq(member_id, group_id, started_on, qs, last) AS (" \
	" SELECT t.member_id, t.group_id, t.started_on, " QUARTER_START("t.started_on") "," \
	"  min(coalesce(t.ended_on, substr(?4, 1, 10)), substr(?4, 1, 10))" \
	" FROM leader_terms t WHERE t.started_on <= substr(?4, 1, 10)" \
	" UNION ALL SELECT member_id, group_id, started_on, date(qs, '+3 months'), last FROM lq" \
	" WHERE date(qs, '+3 months') <= last)," \
	" every(member_id, at, source, points, ref, ord) AS (" \
	"  SELECT r.member_id, r.reported_at, 'report_filed', " RULE("report_filed", FH_POINTS_REPORT_FILED) "," \
	"   'report ' || r.id, r.id FROM reports r" \
	"   WHERE r.member_id IS NOT NULL AND r.status <> 'dismissed'" \
	"  UNION ALL SELECT r.member_id, r.handled_at, 'hazard_handled'," \
	"   " RULE("hazard_handled", FH_POINTS_HAZARD_HANDLED) ", 'report ' || r.id, r.id" \
	"   FROM reports r JOIN categories c ON c.code = r.category" \
	"   WHERE r.member_id IS NOT NULL AND r.status IN ('handled', 'closed') AND c.family = 'hazard'" \
	"  UNION ALL SELECT x.member_id, a.held_on || ' 00:00', a.kind," \
	"   CASE a.kind WHEN 'training' THEN " RULE("training", FH_POINTS_TRAINING) \
	"   WHEN 'drill' THEN " RULE("drill", FH_POINTS_DRILL) \
	"   ELSE " RULE("patrol", FH_POINTS_PATROL) " END, 'activity ' || a.id, a.id" \
	"   FROM activity_attendance x JOIN activities a ON a.id = x.activity_id" \
	"   WHERE a.kind IN ('training', 'drill', 'patrol') AND a.cancelled_at IS NULL" \
	"  UNION ALL SELECT m.id, a.held_on || ' 00:00', 'publicity_led'," \
	"   " RULE("publicity_led", FH_POINTS_PUBLICITY_LED) ", 'activity ' || a.id, a.id" \
	"   FROM activities a JOIN members m ON m.code = a.led_by" \
	"   WHERE a.kind = 'publicity' AND a.cancelled_at IS NULL" \
	"  UNION ALL SELECT lq.member_id, max(lq.qs, lq.started_on) || ' 00:00', 'lead'," \
	"   " RULE("lead", FH_POINTS_LEAD) ", g.code || ' ' || strftime('%Y', lq.qs) || 'Q' ||" \
	"   ((CAST(strftime('%m', lq.qs) AS INTEGER) + 2) / 3), lq.group_id" \
	"   FROM lq JOIN groups g ON g.id = lq.group_id" \
	"  UNION ALL SELECT l.member_id, l.on_date || ' 00:00'," \
	"   CASE WHEN l.points > 0 THEN 'award' ELSE 'redeem' END, l.points, l.reason, l.id" \
	"   FROM points_ledger l)," \
	" items AS (SELECT * FROM every WHERE at >= ?2 AND at < ?3 AND at <= ?4 AND points <> 0) "

const char fh_points_agenda_sql[] = ITEMS
	"SELECT m.code AS member, m.name, g.code AS \"group\", sum(i.points) AS points"
	" FROM items i JOIN members m ON m.id = i.member_id LEFT JOIN groups g ON g.id = m.group_id"
	" WHERE m.zone_id = ?1 AND m.left_on IS NULL AND i.points > 0"
	" GROUP BY m.id ORDER BY points DESC, m.code LIMIT " RULE("top", FH_POINTS_TOP);

/* The totals per member; ?5 and ?6 the zone and group filters (JSON lists). */
static const char list_sql[] = ITEMS
	"SELECT m.code AS member, z.code AS zone, g.code AS \"group\", sum(i.points) AS points,"
	" sum(CASE WHEN i.source IN ('award', 'redeem') THEN 0 ELSE i.points END) AS earned,"
	" sum(CASE WHEN i.source = 'award' THEN i.points ELSE 0 END) AS awarded,"
	" -sum(CASE WHEN i.source = 'redeem' THEN i.points ELSE 0 END) AS redeemed, m.name"
	" FROM items i JOIN members m ON m.id = i.member_id JOIN zones z ON z.id = m.zone_id"
	" LEFT JOIN groups g ON g.id = m.group_id"
	" WHERE (?5 IS NULL OR z.code IN (SELECT value FROM json_each(?5)))"
	" AND (?6 IS NULL OR g.code IN (SELECT value FROM json_each(?6)))"
	" GROUP BY m.id ORDER BY points DESC, m.code";

/* The totals per group, of its current members' items: what its leader tallies. */
static const char by_group_sql[] = ITEMS
	"SELECT g.code AS \"group\", z.code AS zone, count(DISTINCT m.id) AS members,"
	" sum(i.points) AS points, g.name"
	" FROM items i JOIN members m ON m.id = i.member_id JOIN groups g ON g.id = m.group_id"
	" JOIN zones z ON z.id = g.zone_id"
	" WHERE (?5 IS NULL OR z.code IN (SELECT value FROM json_each(?5)))"
	" AND (?6 IS NULL OR g.code IN (SELECT value FROM json_each(?6)))"
	" GROUP BY g.id ORDER BY points DESC, g.code";

/* One member's items (?5 its row id). */
static const char show_sql[] = ITEMS
	"SELECT substr(i.at, 1, 10) AS date, i.source, i.points, i.ref AS reference"
	" FROM items i WHERE i.member_id = ?5 ORDER BY i.at, i.source, i.ord";

/* One member's balance (?5 its row id): every item up to now. */
static const char balance_sql[] = ITEMS
	"SELECT coalesce(sum(points), 0) FROM items WHERE member_id = ?5";

/* Prepares sql with the span [since, until) (NULL: open) and now bound. */
static int prepare_items(struct fh_db *db, const char *sql, const char *since, const char *until,
			 sqlite3_stmt **st, struct fh_error *err)
{
	struct fh_time t;
	char now[FH_TIME_LEN];

	if (fh_now(&t, err))
		return -1;
	fh_time_format(&t, now);
	if (fh_db_prepare(db, st, sql, err))
		return -1;
	sqlite3_bind_text(*st, 2, since ? since : "", -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(*st, 3, until ? until : "9999", -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(*st, 4, now, -1, SQLITE_TRANSIENT);
	return 0;
}

/* The checks of an award or a redemption, before its transaction. */
static int entry_check(long long points, const char *date, const char *reason,
		       struct fh_error *err)
{
	if (points <= 0)
		return fh_error_usage(err, _("the points must be a whole number above 0"));
	if (!reason || !*reason)
		return fh_error_usage(err, _("an award or redemption needs --reason"));
	if (fh_text_check(reason, FH_TEXT_LINE, "--reason", err))
		return -1;
	return fh_rule_past("--on", date, err);
}

/* Writes one ledger row, in the caller's transaction. */
static int ledger_insert(struct fh_db *db, sqlite3_int64 member, long long points,
			 const char *date, const char *reason, struct fh_error *err)
{
	struct fh_time t;
	char now[FH_TIME_LEN];

	if (fh_now(&t, err))
		return -1;
	fh_time_format(&t, now);
	return fh_sqlrun(db, err, NULL, "INSERT INTO points_ledger(member_id, on_date, points, reason,"
			 " created_at) VALUES (?1, ?2, ?3, ?4, ?5)", "ititt", member, date,
			 (sqlite3_int64)points, reason, now) < 0 ? -1 : 0;
}

int fh_points_award(struct fh_db *db, const char *member, long long points, const char *date,
		    const char *reason, struct fh_error *err)
{
	sqlite3_int64 mid;
	int rc;

	if (entry_check(points, date, reason, err) || fh_db_begin(db, err))
		return -1;
	rc = fh_member_active(db, member, &mid, err);
	if (!rc)
		rc = ledger_insert(db, mid, points, date, reason, err);
	return fh_sqlrun_finish(db, rc, err);
}

/* Sets *balance to member id's points: every item up to now. */
static int balance_of(struct fh_db *db, sqlite3_int64 id, long long *balance, struct fh_error *err)
{
	sqlite3_stmt *st;
	int rc;

	if (prepare_items(db, balance_sql, NULL, NULL, &st, err))
		return -1;
	sqlite3_bind_int64(st, 5, id);
	rc = sqlite3_step(st);
	*balance = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? 0 : fh_db_error(db, err, _("cannot count the points"));
}

int fh_points_redeem(struct fh_db *db, const char *member, long long points, const char *date,
		     const char *reason, struct fh_error *err)
{
	long long balance = 0;
	sqlite3_int64 mid;
	int rc;

	if (entry_check(points, date, reason, err) || fh_db_begin(db, err))
		return -1;
	rc = fh_lookup(db, FH_MEMBER, member, &mid, err);
	if (!rc)
		rc = balance_of(db, mid, &balance, err);
	if (!rc && balance < points)
		rc = fh_error_set(err, _("member '%s' has %lld points, cannot redeem %lld"), member,
				  balance, points);
	if (!rc)
		rc = ledger_insert(db, mid, -points, date, reason, err);
	return fh_sqlrun_finish(db, rc, err);
}

int fh_points_list(struct fh_db *db, const struct fh_points_filter *f, struct fh_out *out,
		   struct fh_error *err)
{
	char *zones = NULL, *groups = NULL;
	sqlite3_stmt *st = NULL;
	int rc = -1;

	if (fh_lookup_filter(db, FH_ZONE, f->zone, &zones, err) ||
	    fh_lookup_filter(db, FH_GROUP, f->group, &groups, err) ||
	    prepare_items(db, f->by_group ? by_group_sql : list_sql, f->since, f->until, &st, err))
		goto done;
	sqlite3_bind_text(st, 5, zones, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, groups, -1, SQLITE_STATIC);
	rc = fh_out_stmt(out, st, err) == SQLITE_DONE ? 0 : -1;
done:
	sqlite3_finalize(st);
	free(zones);
	free(groups);
	return rc;
}

int fh_points_show(struct fh_db *db, const char *member, const char *since, const char *until,
		   struct fh_out *out, struct fh_error *err)
{
	sqlite3_stmt *st;
	sqlite3_int64 mid;
	int rc;

	if (fh_lookup(db, FH_MEMBER, member, &mid, err) ||
	    prepare_items(db, show_sql, since, until, &st, err))
		return -1;
	sqlite3_bind_int64(st, 5, mid);
	rc = fh_out_stmt(out, st, err) == SQLITE_DONE ? 0 : -1;
	sqlite3_finalize(st);
	return rc;
}

int fh_points_scrub(struct fh_db *db, const char *const *values, struct fh_error *err)
{
	static const char *const columns[] = { "reason", NULL };

	return fh_db_scrub(db, "points_ledger", columns, values, err);
}
