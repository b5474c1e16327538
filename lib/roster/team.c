/*
 * Task teams: the one writer of the teams and team_members tables.
 */
#include <string.h>

#include "fh/codes.h"
#include "fh/i18n.h"
#include "fh/lookup.h"
#include "fh/member.h"
#include "fh/rule.h"
#include "fh/sqlrun.h"
#include "fh/team.h"

int fh_team_add(struct fh_db *db, const char *code, const char *name, const char *kind,
		const char *zone, struct fh_error *err)
{
	sqlite3_int64 zid = 0;
	char buf[128];
	int rc = 0;

	if (fh_rule_code("team", code, err) || fh_rule_utf8("the team name", name, err))
		return -1;
	if (!fh_codes_has(FH_CODES_TEAM_KIND, kind))
		return fh_error_set(err, _("invalid team kind '%s' (valid: %s)"), kind,
				      fh_codes_join(FH_CODES_TEAM_KIND, buf, sizeof(buf)));
	if (fh_db_begin(db, err))
		return -1;
	if (zone)
		rc = fh_lookup(db, FH_ZONE, zone, &zid, err);
	if (!rc && (rc = fh_sqlrun(db, err, NULL, "SELECT 1 FROM teams WHERE code = ?1", "t", code)) > 0)
		rc = fh_error_set(err, _("team '%s' already exists"), code);
	if (!rc)
		rc = fh_sqlrun(db, err, NULL, "INSERT INTO teams(code, name, kind, zone_id)"
			 " VALUES (?1, ?2, ?3, nullif(?4, 0))", "ttti", code, name, kind, zid) < 0;
	return fh_sqlrun_finish(db, rc ? -1 : 0, err);
}

int fh_team_join(struct fh_db *db, const char *team, char *const *members, int n,
		 const char *date, struct fh_error *err)
{
	sqlite3_int64 tid, mid, active;
	int rc;

	if (fh_rule_past("--on", date, err) || fh_db_begin(db, err))
		return -1;
	rc = fh_lookup(db, FH_TEAM, team, &tid, err);
	for (int i = 0; !rc && i < n; i++) {
		rc = fh_member_active(db, members[i], &mid, err);
		active = 0;
		if (!rc && (rc = fh_sqlrun(db, err, &active, "SELECT left_on IS NULL FROM team_members"
				     " WHERE team_id = ?1 AND member_id = ?2", "ii", tid, mid)) > 0) {
			if (active)
				rc = fh_error_set(err, _("member '%s' is already in team '%s'"), members[i], team);
			else
				rc = fh_sqlrun(db, err, NULL, "UPDATE team_members SET joined_on = ?3, left_on = NULL"
					 " WHERE team_id = ?1 AND member_id = ?2", "iit", tid, mid, date) < 0;
		} else if (!rc) {
			rc = fh_sqlrun(db, err, NULL, "INSERT INTO team_members(team_id, member_id, joined_on)"
				 " VALUES (?1, ?2, ?3)", "iit", tid, mid, date) < 0;
		}
	}
	return fh_sqlrun_finish(db, rc ? -1 : 0, err);
}

int fh_team_leave(struct fh_db *db, const char *team, char *const *members, int n,
		  const char *date, struct fh_error *err)
{
	sqlite3_int64 tid, mid;
	int rc;

	if (fh_rule_past("--on", date, err) || fh_db_begin(db, err))
		return -1;
	rc = fh_lookup(db, FH_TEAM, team, &tid, err);
	for (int i = 0; !rc && i < n; i++) {
		rc = fh_lookup(db, FH_MEMBER, members[i], &mid, err);
		if (!rc && (rc = fh_sqlrun(db, err, NULL, "UPDATE team_members SET left_on = max(?3, coalesce(joined_on, ?3))"
				     " WHERE team_id = ?1 AND member_id = ?2 AND left_on IS NULL",
				     "iit", tid, mid, date)) == 0)
			rc = fh_error_set(err, _("member '%s' is not in team '%s'"), members[i], team);
		else if (rc > 0)
			rc = 0;
	}
	return fh_sqlrun_finish(db, rc ? -1 : 0, err);
}

int fh_team_list(struct fh_db *db, struct fh_out *out, struct fh_error *err)
{
	sqlite3_stmt *st;
	int rc;

	if (fh_db_prepare(db, &st, "SELECT team, name, kind, zone, size FROM teams_v ORDER BY team", err))
		return -1;
	rc = fh_out_stmt(out, st, err);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

int fh_team_show(struct fh_db *db, const char *code, const struct fh_show *show,
		 struct fh_error *err)
{
	static const struct fh_show_part parts[] = {
		{ NULL, "SELECT v.team, v.name, v.kind, v.zone, v.size FROM teams_v v"
			" JOIN teams t ON t.code = v.team WHERE t.id = ?1" },
		{ "members", "SELECT m.code AS member, m.name, m.kind, z.code AS zone,"
			" g.code AS \"group\", m.phone, tm.joined_on FROM team_members tm"
			" JOIN members m ON m.id = tm.member_id JOIN zones z ON z.id = m.zone_id"
			" LEFT JOIN groups g ON g.id = m.group_id"
			" WHERE tm.team_id = ?1 AND tm.left_on IS NULL ORDER BY m.code" },
	};
	sqlite3_int64 id;

	if (fh_lookup(db, FH_TEAM, code, &id, err))
		return -1;
	return fh_show_write(db, show, parts, 2, id, err);
}

/* ---- equipment ---- */

int fh_team_leave_all(struct fh_db *db, sqlite3_int64 member, const char *date,
		      struct fh_error *err)
{
	return fh_sqlrun(db, err, NULL, "UPDATE team_members SET left_on = max(?2, coalesce(joined_on, ?2))"
			 " WHERE member_id = ?1 AND left_on IS NULL", "it", member, date) < 0 ? -1 : 0;
}

/* Prepares a batch statement once, ready to bind. */
static sqlite3_stmt *cached(struct fh_db *db, sqlite3_stmt **st, const char *sql,
			    struct fh_error *err)
{
	if (!*st && fh_db_prepare(db, st, sql, err))
		return NULL;
	return *st;
}

/* Steps a statement to its end and resets it; *id from a RETURNING row.  0 or -1. */
static int step(struct fh_db *db, sqlite3_stmt *st, sqlite3_int64 *id, struct fh_error *err)
{
	int rc = sqlite3_step(st);

	if (rc == SQLITE_ROW && id)
		*id = sqlite3_column_int64(st, 0);
	while (rc == SQLITE_ROW)
		rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : fh_db_error(db, err, _("cannot write"));
}

int fh_team_upsert(struct fh_db *db, struct fh_team_batch *b, const char *code,
		   const char *name, const char *kind, sqlite3_int64 zone, int zone_given,
		   sqlite3_int64 *id, struct fh_error *err)
{
	sqlite3_stmt *st = cached(db, &b->upsert,
		"INSERT INTO teams(code, name, kind, zone_id) VALUES (?1, ?2, coalesce(?3, 'other'), nullif(?4, 0))"
		" ON CONFLICT(code) DO UPDATE SET name = excluded.name,"
		" kind = iif(?5 & 1, excluded.kind, kind), zone_id = iif(?5 & 2, excluded.zone_id, zone_id)"
		" RETURNING id", err);

	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, code, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, name, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, kind, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 4, zone);
	sqlite3_bind_int(st, 5, (kind ? 1 : 0) | (zone_given ? 2 : 0));
	return step(db, st, id, err);
}

int fh_team_fix_zone(struct fh_db *db, struct fh_team_batch *b, sqlite3_int64 id,
		     sqlite3_int64 zone, struct fh_error *err)
{
	sqlite3_stmt *st = cached(db, &b->set_zone, "UPDATE teams SET zone_id = ?2 WHERE id = ?1", err);

	if (!st)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int64(st, 2, zone);
	return step(db, st, NULL, err);
}

int fh_team_join_id(struct fh_db *db, struct fh_team_batch *b, sqlite3_int64 team,
		    sqlite3_int64 member, const char *date, struct fh_error *err)
{
	sqlite3_stmt *st = cached(db, &b->join,
		"INSERT INTO team_members(team_id, member_id, joined_on)"
		" VALUES (?1, ?2, ?3) ON CONFLICT(team_id, member_id) DO UPDATE SET"
		" joined_on = iif(left_on IS NULL, joined_on, excluded.joined_on), left_on = NULL", err);

	if (!st)
		return -1;
	sqlite3_bind_int64(st, 1, team);
	sqlite3_bind_int64(st, 2, member);
	sqlite3_bind_text(st, 3, date, -1, SQLITE_STATIC);
	return step(db, st, NULL, err);
}

int fh_team_leave_others(struct fh_db *db, struct fh_team_batch *b, sqlite3_int64 member,
			 const char *codes, const char *date, struct fh_error *err)
{
	sqlite3_stmt *st = cached(db, &b->leave_others,
		"UPDATE team_members SET left_on = max(?3, coalesce(joined_on, ?3))"
		" WHERE member_id = ?1 AND left_on IS NULL AND instr(' ' || ?2 || ' ',"
		" ' ' || (SELECT code FROM teams t WHERE t.id = team_id) || ' ') = 0", err);

	if (!st)
		return -1;
	sqlite3_bind_int64(st, 1, member);
	sqlite3_bind_text(st, 2, codes, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, date, -1, SQLITE_STATIC);
	return step(db, st, NULL, err);
}

void fh_team_batch_end(struct fh_team_batch *b)
{
	sqlite3_finalize(b->upsert);
	sqlite3_finalize(b->set_zone);
	sqlite3_finalize(b->join);
	sqlite3_finalize(b->leave_others);
	memset(b, 0, sizeof(*b));
}
