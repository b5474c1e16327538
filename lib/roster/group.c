/*
 * Groups and their leaders: the one writer of the groups and leader_terms
 * tables, and the leader rules.  See include/fh/group.h.
 */
#include <stdlib.h>
#include <string.h>

#include "fh/group.h"
#include "fh/i18n.h"
#include "fh/lookup.h"
#include "fh/member.h"
#include "fh/period.h"
#include "fh/rule.h"
#include "fh/sqlrun.h"

int fh_group_add(struct fh_db *db, const char *code, const char *zone, const char *name,
		 const char *formed, struct fh_error *err)
{
	sqlite3_int64 zid;
	int rc;

	if (fh_rule_code("group", code, err) || fh_rule_utf8("--name", name, err) ||
	    fh_rule_past("--formed", formed, err) || fh_db_begin(db, err))
		return -1;
	rc = fh_lookup(db, FH_ZONE, zone, &zid, err);
	if (!rc && (rc = fh_sqlrun(db, err, NULL, "SELECT 1 FROM groups WHERE code = ?1", "t", code)) > 0)
		rc = fh_error_set(err, _("group '%s' already exists"), code);
	if (!rc)
		rc = fh_sqlrun(db, err, NULL, "INSERT INTO groups(code, zone_id, name, formed_on)"
			 " VALUES (?1, ?2, ?3, ?4)", "titt", code, zid, name, formed) < 0;
	return fh_sqlrun_finish(db, rc ? -1 : 0, err);
}

int fh_group_show(struct fh_db *db, const char *code, const struct fh_show *show,
		  struct fh_error *err)
{
	static const struct fh_show_part parts[] = {
		{ NULL, "SELECT v.\"group\", v.zone, v.name, v.size, v.leader, v.leader_name,"
			" v.letter_signed, v.formed_on, v.dissolved_on, g.note FROM groups_v v"
			" JOIN groups g ON g.code = v.\"group\" WHERE g.id = ?1" },
		{ "members", "SELECT m.code AS member, m.name, m.kind, m.contact, m.phone, m.address,"
			" m.joined_on FROM members m WHERE m.group_id = ?1 AND m.left_on IS NULL"
			" ORDER BY m.code" },
		{ "leaders", "SELECT m.code AS leader, m.name, t.started_on, t.ended_on, t.letter_signed"
			" FROM leader_terms t JOIN members m ON m.id = t.member_id"
			" WHERE t.group_id = ?1 ORDER BY t.started_on, t.id" },
	};
	sqlite3_int64 id;

	if (fh_lookup(db, FH_GROUP, code, &id, err))
		return -1;
	return fh_show_write(db, show, parts, 3, id, err);
}

int fh_group_list(struct fh_db *db, const char *zone, int all, struct fh_out *out,
		  struct fh_error *err)
{
	sqlite3_stmt *st = NULL;
	char *zones = NULL;
	int rc = -1;

	/* zone may be a comma list (fh(1)); each must exist. */
	if (fh_lookup_filter(db, FH_ZONE, zone, &zones, err) ||
	    fh_db_prepare(db, &st,
			  "SELECT \"group\", zone, size, leader, letter_signed, leader_name, name,"
			  " formed_on, dissolved_on FROM groups_v"
			  " WHERE (?1 IS NULL OR zone IN (SELECT value FROM json_each(?1))) AND (?2 OR active)"
			  " ORDER BY \"group\"", err))
		goto done;
	sqlite3_bind_text(st, 1, zones, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 2, all);
	rc = fh_out_stmt(out, st, err) == SQLITE_DONE ? 0 : -1;
done:
	sqlite3_finalize(st);
	free(zones);
	return rc;
}


int fh_group_active(struct fh_db *db, const char *code, sqlite3_int64 *id,
		    struct fh_error *err)
{
	char *gone;

	if (fh_lookup(db, FH_GROUP, code, id, err))
		return -1;
	if ((gone = fh_sqlrun_text(db, "SELECT dissolved_on FROM groups WHERE id = ?1", *id))) {
		fh_error_set(err, _("group '%s' was dissolved on %s"), code, gone);
		free(gone);
		return -1;
	}
	return 0;
}

int fh_group_assign(struct fh_db *db, char *const *members, int n, const char *group,
		    int force, const char *today, struct fh_error *err)
{
	sqlite3_int64 gid, mid;
	int rc;

	if (fh_db_begin(db, err))
		return -1;
	rc = fh_group_active(db, group, &gid, err);
	for (int i = 0; !rc && i < n; i++) {
		rc = fh_member_active(db, members[i], &mid, err);
		if (!rc)
			rc = fh_member_set_group(db, mid, gid, err);
		if (!rc)
			rc = fh_leader_end_terms(db, mid, gid, today, err);
		if (!rc)
			rc = fh_member_zone_check(db, mid, force, 1, err);
	}
	return fh_sqlrun_finish(db, rc ? -1 : 0, err);
}

int fh_group_dissolve(struct fh_db *db, const char *code, const char *date,
		      struct fh_error *err)
{
	sqlite3_int64 gid;
	int rc;

	if (fh_rule_past("--on", date, err) || fh_db_begin(db, err))
		return -1;
	rc = fh_group_active(db, code, &gid, err);
	if (!rc)
		rc = fh_sqlrun(db, err, NULL, "UPDATE groups SET dissolved_on = ?2 WHERE id = ?1", "it", gid, date) < 0;
	if (!rc)
		rc = fh_member_ungroup_all(db, gid, err);
	if (!rc)
		rc = fh_sqlrun(db, err, NULL, "UPDATE leader_terms SET ended_on = max(?2, started_on)"
			 " WHERE group_id = ?1 AND ended_on IS NULL", "it", gid, date) < 0;
	return fh_sqlrun_finish(db, rc ? -1 : 0, err);
}

/* Prepares statement i of a batch once. */
static sqlite3_stmt *cached(struct fh_db *db, sqlite3_stmt **st, const char *sql,
			    struct fh_error *err)
{
	if (!*st && fh_db_prepare(db, st, sql, err))
		return NULL;
	sqlite3_reset(*st);
	sqlite3_clear_bindings(*st);
	return *st;
}

/* Steps a statement to its end.  Returns 1 if it gave a row (first column in *first), 0, or -1. */
static int step(struct fh_db *db, sqlite3_stmt *st, sqlite3_int64 *first, struct fh_error *err)
{
	int rc = sqlite3_step(st), row = rc == SQLITE_ROW;

	if (row && first)
		*first = sqlite3_column_int64(st, 0);
	while (rc == SQLITE_ROW)
		rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? row : fh_db_error(db, err, _("cannot write"));
}

int fh_group_upsert(struct fh_db *db, struct fh_group_batch *b, const char *code,
		    sqlite3_int64 zone, const char *const opt[4], int given,
		    sqlite3_int64 *id, struct fh_error *err)
{
	sqlite3_stmt *st = cached(db, &b->upsert,
		"INSERT INTO groups(code, zone_id, name, formed_on, dissolved_on, note)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(code) DO UPDATE SET"
		" zone_id = excluded.zone_id,"
		" name = iif(?7 & 1, excluded.name, name),"
		" formed_on = iif(?7 & 2, excluded.formed_on, formed_on),"
		" dissolved_on = iif(?7 & 4, excluded.dissolved_on, dissolved_on),"
		" note = iif(?7 & 8, excluded.note, note) RETURNING id", err);

	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, code, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, zone);
	for (int i = 0; i < 4; i++)
		sqlite3_bind_text(st, 3 + i, opt[i], -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 7, given);
	return step(db, st, id, err) < 0 ? -1 : 0;
}

int fh_group_fix_zone(struct fh_db *db, struct fh_group_batch *b, sqlite3_int64 id,
		      sqlite3_int64 zone, struct fh_error *err)
{
	sqlite3_stmt *st = cached(db, &b->set_zone, "UPDATE groups SET zone_id = ?2 WHERE id = ?1", err);

	if (!st)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int64(st, 2, zone);
	return step(db, st, NULL, err) < 0 ? -1 : 0;
}

int fh_group_insert(struct fh_db *db, struct fh_group_batch *b, const char *code,
		    sqlite3_int64 zone, const char *formed, sqlite3_int64 *id,
		    struct fh_error *err)
{
	sqlite3_stmt *st = cached(db, &b->insert,
				  "INSERT INTO groups(code, zone_id, formed_on) VALUES (?1, ?2, ?3)", err);

	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, code, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, zone);
	sqlite3_bind_text(st, 3, formed, -1, SQLITE_STATIC);
	if (step(db, st, NULL, err) < 0)
		return -1;
	*id = sqlite3_last_insert_rowid(db->sql);
	return 0;
}

void fh_group_batch_end(struct fh_group_batch *b)
{
	sqlite3_finalize(b->upsert);
	sqlite3_finalize(b->set_zone);
	sqlite3_finalize(b->insert);
	memset(b, 0, sizeof(*b));
}

/* ---- leaders ---- */

int fh_leader_end_terms(struct fh_db *db, sqlite3_int64 member, sqlite3_int64 keep,
			const char *date, struct fh_error *err)
{
	return fh_sqlrun(db, err, NULL, "UPDATE leader_terms SET ended_on = max(?2, started_on)"
			 " WHERE member_id = ?1 AND ended_on IS NULL AND group_id <> ?3",
			 "iti", member, date, keep) < 0 ? -1 : 0;
}

enum { L_WHO, L_CUR, L_LAST, L_END, L_ADD, L_LETTER };

static const char *const leader_sql[] = {
	[L_WHO] = "SELECT group_id IS ?2 AND left_on IS NULL, joined_on FROM members WHERE id = ?1",
	[L_CUR] = "SELECT id, member_id, started_on FROM leader_terms"
		  " WHERE group_id = ?1 AND ended_on IS NULL",
	[L_LAST] = "SELECT max(ended_on) FROM leader_terms WHERE group_id = ?1 AND ended_on IS NOT NULL",
	[L_END] = "UPDATE leader_terms SET ended_on = ?2 WHERE id = ?1",
	[L_ADD] = "INSERT INTO leader_terms(group_id, member_id, started_on, letter_signed)"
		  " VALUES (?1, ?2, ?3, ?4)",
	[L_LETTER] = "UPDATE leader_terms SET letter_signed = iif(?4, ?2, letter_signed),"
		     " started_on = coalesce(?3, started_on) WHERE id = ?1",
};

/* A text column copied into buf (empty when NULL). */
static void column_copy(sqlite3_stmt *st, int col, char *buf, size_t size)
{
	const unsigned char *s = sqlite3_column_text(st, col);

	snprintf(buf, size, "%s", s ? (const char *)s : "");
}

/*
 * The rules on the leader and the start of a term: an active member of
 * the group, joined no later than the start, which is not in the future
 * and not before the group's last ended term (terms never overlap).
 */
static int leader_rules(struct fh_db *db, struct fh_leader_batch *b,
			const struct fh_leader_start *l, const char *start, struct fh_error *err)
{
	sqlite3_stmt *st;
	char joined[FH_DATE_LEN + 1], last[FH_DATE_LEN + 1];
	int active = 0;

	if (fh_rule_past(NULL, start, err) || fh_rule_past(NULL, l->letter, err))
		return -1;
	if (!(st = cached(db, &b->st[L_WHO], leader_sql[L_WHO], err)))
		return -1;
	sqlite3_bind_int64(st, 1, l->member);
	sqlite3_bind_int64(st, 2, l->group);
	if (sqlite3_step(st) == SQLITE_ROW) {
		active = sqlite3_column_int(st, 0);
		column_copy(st, 1, joined, sizeof(joined));
	}
	sqlite3_reset(st);
	if (!active)
		return fh_error_set(err, _("member '%s' is not an active member of group '%s'"),
				    l->member_code, l->group_code);
	if (*joined && strcmp(start, joined) < 0)
		return fh_error_set(err, _("a leader term cannot start on %s, before member '%s' joined on %s"),
				    start, l->member_code, joined);
	if (!(st = cached(db, &b->st[L_LAST], leader_sql[L_LAST], err)))
		return -1;
	sqlite3_bind_int64(st, 1, l->group);
	*last = 0;
	if (sqlite3_step(st) == SQLITE_ROW)
		column_copy(st, 0, last, sizeof(last));
	sqlite3_reset(st);
	if (*last && strcmp(start, last) < 0)
		return fh_error_set(err, _("a leader term of group '%s' ended on %s, after %s"),
				    l->group_code, last, start);
	return 0;
}

int fh_leader_start(struct fh_db *db, struct fh_leader_batch *b,
		    const struct fh_leader_start *l, struct fh_error *err)
{
	sqlite3_stmt *st;
	sqlite3_int64 term = 0, current = 0;
	char started[FH_DATE_LEN + 1] = "";
	const char *start;

	if (!(st = cached(db, &b->st[L_CUR], leader_sql[L_CUR], err)))
		return -1;
	sqlite3_bind_int64(st, 1, l->group);
	if (sqlite3_step(st) == SQLITE_ROW) {
		term = sqlite3_column_int64(st, 0);
		current = sqlite3_column_int64(st, 1);
		column_copy(st, 2, started, sizeof(started));
	}
	sqlite3_reset(st);
	if (term && current == l->member) {
		/* The same leader: the letter's date, and the start the file gives, can change. */
		const char *since = l->keep_start ? NULL : l->since;

		if (leader_rules(db, b, l, since ? since : started, err))
			return -1;
		if (!l->letter_given && !since)
			return 0;
		if (!(st = cached(db, &b->st[L_LETTER], leader_sql[L_LETTER], err)))
			return -1;
		sqlite3_bind_int64(st, 1, term);
		sqlite3_bind_text(st, 2, l->letter, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, since, -1, SQLITE_STATIC);
		sqlite3_bind_int(st, 4, l->letter_given);
		return step(db, st, NULL, err) < 0 ? -1 : 0;
	}
	start = l->since ? l->since : l->today;
	if (term && strcmp(started, start) > 0)
		return fh_error_set(err, _("the current leader of group '%s' started on %s, after %s"),
				    l->group_code, started, start);
	if (leader_rules(db, b, l, start, err))
		return -1;
	if (term) {
		if (!(st = cached(db, &b->st[L_END], leader_sql[L_END], err)))
			return -1;
		sqlite3_bind_int64(st, 1, term);
		sqlite3_bind_text(st, 2, start, -1, SQLITE_STATIC);
		if (step(db, st, NULL, err) < 0)
			return -1;
	}
	if (!(st = cached(db, &b->st[L_ADD], leader_sql[L_ADD], err)))
		return -1;
	sqlite3_bind_int64(st, 1, l->group);
	sqlite3_bind_int64(st, 2, l->member);
	sqlite3_bind_text(st, 3, start, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, l->letter, -1, SQLITE_STATIC);
	return step(db, st, NULL, err) < 0 ? -1 : 1;
}

void fh_leader_batch_end(struct fh_leader_batch *b)
{
	for (size_t i = 0; i < sizeof(b->st) / sizeof(b->st[0]); i++)
		sqlite3_finalize(b->st[i]);
	memset(b, 0, sizeof(*b));
}

int fh_leader_set(struct fh_db *db, const char *group, const char *member,
		  const char *letter, const char *date, struct fh_error *err)
{
	struct fh_leader_batch b = { 0 };
	struct fh_leader_start l = {
		.group_code = group, .member_code = member, .since = date, .today = date,
		.letter = letter, .letter_given = letter != NULL, .keep_start = 1,
	};
	int rc;

	if (fh_rule_past("--letter-signed", letter, err) || fh_rule_past("--on", date, err) ||
	    fh_db_begin(db, err))
		return -1;
	rc = fh_group_active(db, group, &l.group, err);
	if (!rc)
		rc = fh_lookup(db, FH_MEMBER, member, &l.member, err);
	if (!rc)
		rc = fh_leader_start(db, &b, &l, err) < 0 ? -1 : 0;
	fh_leader_batch_end(&b);
	return fh_sqlrun_finish(db, rc, err);
}

int fh_group_scrub(struct fh_db *db, const char *const *values, struct fh_error *err)
{
	/* A household's group is often named after it. */
	static const char *const columns[] = { "name", "note", NULL };

	return fh_db_scrub(db, "groups", columns, values, err);
}
