/*
 * The roster, one change at a time: zones, members, groups, leaders,
 * teams and equipment, and the roster check.  Each writing function is
 * one transaction; all SQL binds its values.
 */
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "fh/group.h"
#include "fh/lookup.h"
#include "fh/mask.h"
#include "fh/phone.h"
#include "fh/period.h"
#include "fh/i18n.h"

/*
 * Runs one statement with values bound by types ('t' a text or NULL, 'i'
 * a sqlite3_int64).  A reading statement returns 1 if it gave a row (its
 * first column in *first when not NULL) or 0; a writing one returns the
 * rows it changed.  Returns -1 with err set on failure.
 */
static int run(struct fh_db *db, struct fh_error *err, sqlite3_int64 *first,
	       const char *sql, const char *types, ...)
{
	sqlite3_stmt *st;
	va_list ap;
	int rc, n;

	if (fh_db_prepare(db, &st, sql, err))
		return -1;
	va_start(ap, types);
	for (int i = 0; types[i]; i++) {
		if (types[i] == 't') {
			const char *s = va_arg(ap, const char *);

			if (s)
				sqlite3_bind_text(st, i + 1, s, -1, SQLITE_TRANSIENT);
		} else {
			sqlite3_bind_int64(st, i + 1, va_arg(ap, sqlite3_int64));
		}
	}
	va_end(ap);
	rc = sqlite3_step(st);
	n = rc == SQLITE_ROW;
	if (n && first)
		*first = sqlite3_column_int64(st, 0);
	while (rc == SQLITE_ROW)
		rc = sqlite3_step(st);
	if (rc == SQLITE_DONE && !sqlite3_stmt_readonly(st))
		n = sqlite3_changes(db->sql);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return fh_db_error(db, err, _("cannot change the roster"));
	return n;
}

/* Runs a query giving one text (copied into a new string the caller frees), or NULL. */
static char *run_text(struct fh_db *db, const char *sql, sqlite3_int64 id)
{
	sqlite3_stmt *st;
	char *s = NULL;

	if (sqlite3_prepare_v2(db->sql, sql, -1, &st, NULL) != SQLITE_OK)
		return NULL;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0))
		s = strdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	return s;
}

/* Commits, or rolls back when status is not 0.  Returns status or -1. */
static int finish(struct fh_db *db, int status, struct fh_error *err)
{
	if (status) {
		fh_db_rollback(db);
		return -1;
	}
	return fh_db_commit(db, err);
}

/* Writes a statement's rows, after an empty line if a block came before. */
static int show_block(struct fh_db *db, const struct fh_show *show, int first,
		      const char *sql, sqlite3_int64 id, struct fh_error *err)
{
	struct fh_out *out;
	sqlite3_stmt *st;
	int rc;

	if (!first && show->format != FH_FORMAT_JSON)
		fputc('\n', show->fp);
	if (fh_db_prepare(db, &st, sql, err))
		return -1;
	sqlite3_bind_int64(st, 1, id);
	if (!(out = fh_out_new(show->fp, show->format, show->flags))) {
		sqlite3_finalize(st);
		return fh_error_set(err, _("out of memory"));
	}
	rc = fh_out_stmt(out, st, err);
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE && fh_out_finish(out))
		rc = fh_error_set(err, _("cannot write output: %s"), strerror(errno));
	fh_out_free(out);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* Writes the one row of sql as "field, value" rows, masking phones unless revealed. */
static int show_record(struct fh_db *db, const struct fh_show *show, const char *sql,
		       sqlite3_int64 id, struct fh_error *err)
{
	struct fh_out *out;
	sqlite3_stmt *st;
	int rc;

	if (fh_db_prepare(db, &st, sql, err))
		return -1;
	sqlite3_bind_int64(st, 1, id);
	if (!(out = fh_out_new(show->fp, show->format, show->flags))) {
		sqlite3_finalize(st);
		return fh_error_set(err, _("out of memory"));
	}
	fh_out_column(out, "field", FH_COL_FIELD);
	fh_out_column(out, "value", 0);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		for (int i = 0; i < sqlite3_column_count(st); i++) {
			const char *name = sqlite3_column_name(st, i);
			const char *v = (const char *)sqlite3_column_text(st, i);
			char buf[128];

			if (v && strstr(name, "phone") && !(show->flags & FH_OUT_REVEAL))
				v = fh_mask_phone(v, buf, sizeof(buf));
			fh_out_text(out, name);
			fh_out_text(out, v);
			fh_out_end_row(out);
		}
		rc = SQLITE_DONE;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		fh_db_error(db, err, _("cannot read the roster"));
	else if (fh_out_finish(out))
		rc = fh_error_set(err, _("cannot write output: %s"), strerror(errno));
	fh_out_free(out);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* Refuses a date that is not YYYY-MM-DD of the calendar. */
static int check_date(const char *what, const char *s, struct fh_error *err)
{
	struct fh_time t;

	if (s && *s && fh_date_parse(s, &t, err)) {
		err->status = FH_USAGE;
		return fh_error_prefix(err, "%s", what);
	}
	return 0;
}

/* ---- zones ---- */

/*
 * Refuses text typed on the command line that is not UTF-8: the roster
 * files are checked as they are read, and these values must be no less
 * sound.  Returns 0, or -1 with a usage error naming what.
 */
static int check_utf8(const char *what, const char *s, struct fh_error *err)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
	utf8proc_ssize_t left = s ? (utf8proc_ssize_t)strlen(s) : 0;

	while (left > 0) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t k = utf8proc_iterate(p, left, &cp);

		if (k <= 0)
			return fh_error_usage(err, _("invalid UTF-8 in %s"), what);
		p += k;
		left -= k;
	}
	return 0;
}

int fh_zone_add(struct fh_db *db, const char *code, const char *name,
		struct fh_error *err)
{
	int rc;

	if (!*code || code[strcspn(code, " \t\r\n")])
		return fh_error_usage(err, _("invalid zone code '%s' (no spaces allowed)"), code);
	if (check_utf8("the zone code", code, err) || check_utf8("the zone name", name, err) ||
	    fh_db_begin(db, err))
		return -1;
	rc = run(db, err, NULL, "SELECT 1 FROM zones WHERE code = ?1", "t", code);
	if (rc > 0)
		rc = fh_error_set(err, _("zone '%s' already exists"), code);
	if (rc >= 0)
		rc = run(db, err, NULL, "INSERT INTO zones(code, name) VALUES (?1, ?2)", "tt", code, name);
	return finish(db, rc < 0, err);
}

int fh_zone_list(struct fh_db *db, struct fh_out *out, struct fh_error *err)
{
	sqlite3_stmt *st;
	int rc;

	if (fh_db_prepare(db, &st, "SELECT zone, name, groups, members FROM zones_v ORDER BY zone", err))
		return -1;
	rc = fh_out_stmt(out, st, err);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* ---- members ---- */

int fh_member_fields_check(const struct fh_member_fields *m, struct fh_error *err)
{
	static const int dates[] = { FH_RF_JOINED, FH_RF_LEFT };

	for (int i = 0; i < FH_RF_COUNT; i++) {
		char what[32];

		snprintf(what, sizeof(what), "--%s", fh_roster_key(i));
		if (m->given[i] && check_utf8(what, m->val[i], err))
			return -1;
	}
	if (m->given[FH_RF_KIND] && (!m->val[FH_RF_KIND] ||
	    (strcmp(m->val[FH_RF_KIND], "shop") && strcmp(m->val[FH_RF_KIND], "household") &&
	     strcmp(m->val[FH_RF_KIND], "organisation") && strcmp(m->val[FH_RF_KIND], "mobile"))))
		return fh_error_usage(err, _("invalid kind '%s' (shop, household, organisation or mobile)"),
				      m->val[FH_RF_KIND] ? m->val[FH_RF_KIND] : "");
	for (int i = FH_RF_LAT; i <= FH_RF_LON; i++) {
		const char *v = m->val[i];
		double limit = i == FH_RF_LAT ? 90 : 180, d;
		char *end;

		if (!m->given[i] || !v || !*v)
			continue;
		errno = 0;
		d = strtod(v, &end);
		if (*end || errno || !isfinite(d) || fabs(d) > limit)
			return fh_error_usage(err, _("invalid value '%s' for --%s (a number from %g to %g)"),
					      v, fh_roster_key(i), -limit, limit);
	}
	for (size_t i = 0; i < sizeof(dates) / sizeof(dates[0]); i++)
		if (m->given[dates[i]] && check_date(dates[i] == FH_RF_JOINED ? "--joined" : "--left",
						     m->val[dates[i]], err))
			return -1;
	if (m->given[FH_RF_NAME] && (!m->val[FH_RF_NAME] || !*m->val[FH_RF_NAME]))
		return fh_error_usage(err, _("the member's name must not be empty"));
	if (m->given[FH_RF_ZONE] && (!m->val[FH_RF_ZONE] || !*m->val[FH_RF_ZONE]))
		return fh_error_usage(err, _("the member's zone must not be empty"));
	return 0;
}

/* The text of an optional field: NULL when not given or empty (cleared). */
static const char *opt_val(const struct fh_member_fields *m, int i)
{
	return m->given[i] && m->val[i] && *m->val[i] ? m->val[i] : NULL;
}

/* Refuses member id when its group is in another zone, unless force. */
static int check_zone_match(struct fh_db *db, sqlite3_int64 member, int force,
			    struct fh_error *err)
{
	sqlite3_stmt *st;
	int rc;

	if (force)
		return 0;
	if (fh_db_prepare(db, &st, "SELECT m.code, mz.code, g.code, gz.code FROM members m"
			  " JOIN groups g ON g.id = m.group_id JOIN zones mz ON mz.id = m.zone_id"
			  " JOIN zones gz ON gz.id = g.zone_id WHERE m.id = ?1 AND g.zone_id <> m.zone_id",
			  err))
		return -1;
	sqlite3_bind_int64(st, 1, member);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		fh_error_set(err, _("member '%s' is in zone '%s' but group '%s' in zone '%s' (use --force to allow it)"),
			     sqlite3_column_text(st, 0), sqlite3_column_text(st, 1),
			     sqlite3_column_text(st, 2), sqlite3_column_text(st, 3));
	else if (rc != SQLITE_DONE)
		fh_db_error(db, err, _("cannot read the roster"));
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* Looks up the zone and group codes of m, when given, into ids (0 when cleared). */
static int member_refs(struct fh_db *db, const struct fh_member_fields *m,
		       sqlite3_int64 *zone, sqlite3_int64 *group, struct fh_error *err)
{
	*zone = *group = 0;
	if (m->given[FH_RF_ZONE] && fh_lookup(db, FH_ZONE, m->val[FH_RF_ZONE], zone, err))
		return -1;
	if (opt_val(m, FH_RF_GROUP)) {
		if (fh_lookup(db, FH_GROUP, m->val[FH_RF_GROUP], group, err))
			return -1;
		if (run(db, err, NULL, "SELECT 1 FROM groups WHERE id = ?1 AND dissolved_on IS NOT NULL",
			"i", *group) > 0)
			return fh_error_set(err, _("group '%s' is dissolved"), m->val[FH_RF_GROUP]);
	}
	return 0;
}

int fh_member_add(struct fh_db *db, const struct fh_member_fields *m, int force,
		  struct fh_error *err)
{
	const char *code = m->val[FH_RF_CODE];
	sqlite3_int64 zone, group, id = 0;
	char phone[FH_PHONE_SIZE] = "";
	int rc;

	if (fh_member_fields_check(m, err))
		return -1;
	if (!code || code[strcspn(code, " \t\r\n")])
		return fh_error_usage(err, _("invalid member code '%s' (no spaces allowed)"), code ? code : "");
	if (check_utf8("the member code", code, err) || fh_db_begin(db, err))
		return -1;
	rc = member_refs(db, m, &zone, &group, err);
	if (!rc)
		rc = fh_phone_resolve(db, code, opt_val(m, FH_RF_PHONE), phone, sizeof(phone), err);
	if (!rc && (rc = run(db, err, NULL, "SELECT 1 FROM members WHERE code = ?1", "t", code)) > 0)
		rc = fh_error_set(err, _("member '%s' already exists"), code);
	if (!rc) {
		sqlite3_stmt *st;

		rc = fh_db_prepare(db, &st, "INSERT INTO members(code, kind, name, contact, phone,"
				   " address, zone_id, group_id, lat, lon, joined_on, note)"
				   " VALUES (?1, coalesce(?2, 'shop'), ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)", err);
		if (!rc) {
			sqlite3_bind_text(st, 1, code, -1, SQLITE_STATIC);
			sqlite3_bind_text(st, 2, opt_val(m, FH_RF_KIND), -1, SQLITE_STATIC);
			sqlite3_bind_text(st, 3, m->val[FH_RF_NAME], -1, SQLITE_STATIC);
			sqlite3_bind_text(st, 4, opt_val(m, FH_RF_CONTACT), -1, SQLITE_STATIC);
			sqlite3_bind_text(st, 5, *phone ? phone : NULL, -1, SQLITE_STATIC);
			sqlite3_bind_text(st, 6, opt_val(m, FH_RF_ADDRESS), -1, SQLITE_STATIC);
			sqlite3_bind_int64(st, 7, zone);
			if (group)
				sqlite3_bind_int64(st, 8, group);
			if (opt_val(m, FH_RF_LAT))
				sqlite3_bind_double(st, 9, strtod(m->val[FH_RF_LAT], NULL));
			if (opt_val(m, FH_RF_LON))
				sqlite3_bind_double(st, 10, strtod(m->val[FH_RF_LON], NULL));
			sqlite3_bind_text(st, 11, opt_val(m, FH_RF_JOINED), -1, SQLITE_STATIC);
			sqlite3_bind_text(st, 12, opt_val(m, FH_RF_NOTE), -1, SQLITE_STATIC);
			if (sqlite3_step(st) != SQLITE_DONE)
				rc = fh_db_error(db, err, _("cannot add the member"));
			id = sqlite3_last_insert_rowid(db->sql);
			sqlite3_finalize(st);
		}
	}
	if (!rc)
		rc = check_zone_match(db, id, force, err);
	return finish(db, rc, err);
}

/* Ends member's current leader terms (of groups other than keep) on date. */
static int end_terms(struct fh_db *db, sqlite3_int64 member, sqlite3_int64 keep,
		     const char *date, struct fh_error *err)
{
	return run(db, err, NULL, "UPDATE leader_terms SET ended_on = max(?2, started_on)"
		   " WHERE member_id = ?1 AND ended_on IS NULL AND group_id <> ?3",
		   "iti", member, date, keep) < 0 ? -1 : 0;
}

int fh_member_edit(struct fh_db *db, const char *code, const struct fh_member_fields *m,
		   int force, const char *today, struct fh_error *err)
{
	static const int plain[] = {
		FH_RF_KIND, FH_RF_NAME, FH_RF_CONTACT, FH_RF_PHONE, FH_RF_ADDRESS,
		FH_RF_JOINED, FH_RF_LEFT, FH_RF_NOTE,
	};
	static const char *const cols[] = {
		[FH_RF_KIND] = "kind", [FH_RF_NAME] = "name", [FH_RF_CONTACT] = "contact",
		[FH_RF_PHONE] = "phone", [FH_RF_ADDRESS] = "address", [FH_RF_JOINED] = "joined_on",
		[FH_RF_LEFT] = "left_on", [FH_RF_NOTE] = "note",
	};
	sqlite3_int64 id, zone, group, newgroup = -1;
	char phone[FH_PHONE_SIZE] = "";
	int rc, any = 0;

	if (fh_member_fields_check(m, err))
		return -1;
	for (int i = 0; i < FH_RF_COUNT; i++)
		any |= m->given[i];
	if (!any)
		return fh_error_usage(err, _("nothing to change: give at least one field option"));
	if (fh_db_begin(db, err))
		return -1;
	rc = fh_lookup(db, FH_MEMBER, code, &id, err);
	if (!rc)
		rc = member_refs(db, m, &zone, &group, err);
	if (!rc && m->given[FH_RF_PHONE])
		rc = fh_phone_resolve(db, code, opt_val(m, FH_RF_PHONE), phone, sizeof(phone), err);
	for (size_t i = 0; !rc && i < sizeof(plain) / sizeof(plain[0]); i++) {
		char sql[96], *stored;
		int f = plain[i];

		if (!m->given[f])
			continue;
		snprintf(sql, sizeof(sql), "UPDATE members SET %s = ?2 WHERE id = ?1", cols[f]);
		stored = fh_member_unmasked(db, code, cols[f], opt_val(m, f));
		rc = run(db, err, NULL, sql, "it", id, stored ? stored :
			 f == FH_RF_PHONE ? (*phone ? phone : NULL) : opt_val(m, f)) < 0 ? -1 : 0;
		sqlite3_free(stored);
	}
	for (int f = FH_RF_LAT; !rc && f <= FH_RF_LON; f++) {
		if (!m->given[f])
			continue;
		rc = run(db, err, NULL, f == FH_RF_LAT ? "UPDATE members SET lat = ?2 WHERE id = ?1"
			 : "UPDATE members SET lon = ?2 WHERE id = ?1", "it", id, opt_val(m, f)) < 0 ? -1 : 0;
	}
	if (!rc && m->given[FH_RF_ZONE])
		rc = run(db, err, NULL, "UPDATE members SET zone_id = ?2 WHERE id = ?1", "ii", id, zone) < 0;
	if (!rc && m->given[FH_RF_GROUP]) {
		newgroup = group;
		rc = run(db, err, NULL, "UPDATE members SET group_id = nullif(?2, 0) WHERE id = ?1",
			 "ii", id, group) < 0;
		if (!rc)
			rc = end_terms(db, id, newgroup, today, err);
	}
	if (!rc)
		rc = check_zone_match(db, id, force, err);
	return finish(db, rc ? -1 : 0, err);
}

int fh_member_leave(struct fh_db *db, const char *code, const char *date,
		    struct fh_error *err)
{
	sqlite3_int64 id;
	char *left;
	int rc;

	if (check_date("--on", date, err) || fh_db_begin(db, err))
		return -1;
	rc = fh_lookup(db, FH_MEMBER, code, &id, err);
	if (!rc && (left = run_text(db, "SELECT left_on FROM members WHERE id = ?1", id))) {
		rc = fh_error_set(err, _("member '%s' already left on %s"), code, left);
		free(left);
	}
	if (!rc)
		rc = run(db, err, NULL, "UPDATE members SET left_on = ?2 WHERE id = ?1", "it", id, date) < 0;
	if (!rc)
		rc = end_terms(db, id, 0, date, err);
	if (!rc)
		rc = run(db, err, NULL, "UPDATE team_members SET left_on = max(?2, coalesce(joined_on, ?2))"
			 " WHERE member_id = ?1 AND left_on IS NULL", "it", id, date) < 0;
	return finish(db, rc ? -1 : 0, err);
}

int fh_member_show(struct fh_db *db, const char *code, const struct fh_show *show,
		   struct fh_error *err)
{
	sqlite3_int64 id;

	if (fh_lookup(db, FH_MEMBER, code, &id, err))
		return -1;
	if (show_record(db, show,
			"SELECT m.code AS member, m.kind, m.name, m.contact, m.phone, m.address,"
			" z.code AS zone, z.name AS zone_name, g.code AS \"group\", m.lat, m.lon,"
			" m.joined_on, m.left_on, m.note FROM members m JOIN zones z ON z.id = m.zone_id"
			" LEFT JOIN groups g ON g.id = m.group_id WHERE m.id = ?1", id, err))
		return -1;
	if (show_block(db, show, 0,
		       "SELECT g.code AS led_group, t.started_on, t.ended_on, t.letter_signed"
		       " FROM leader_terms t JOIN groups g ON g.id = t.group_id"
		       " WHERE t.member_id = ?1 ORDER BY t.started_on, t.id", id, err))
		return -1;
	if (show_block(db, show, 0,
		       "SELECT t.code AS team, t.name AS team_name, t.kind AS team_kind, tm.joined_on,"
		       " tm.left_on FROM team_members tm JOIN teams t ON t.id = tm.team_id"
		       " WHERE tm.member_id = ?1 ORDER BY t.code", id, err))
		return -1;
	return show_block(db, show, 0,
			  "SELECT e.item, sum(e.count) AS count,"
			  " max(CASE WHEN e.count > 0 THEN e.on_date END) AS since"
			  " FROM equipment_moves e WHERE e.member_id = ?1 GROUP BY e.item"
			  " HAVING sum(e.count) <> 0 ORDER BY e.item", id, err);
}

/* Checks that a filter's code exists, so that a typo is an error, not an empty list. */
static int check_code(struct fh_db *db, enum fh_entity kind, const char *code,
		      struct fh_error *err)
{
	sqlite3_int64 id;

	return code ? fh_lookup(db, kind, code, &id, err) : 0;
}

int fh_member_list(struct fh_db *db, const struct fh_member_filter *f,
		   struct fh_out *out, struct fh_error *err)
{
	sqlite3_stmt *st;
	int rc;

	if (check_code(db, FH_ZONE, f->zone, err) || check_code(db, FH_GROUP, f->group, err) ||
	    check_code(db, FH_TEAM, f->team, err))
		return -1;
	if (f->kind && strcmp(f->kind, "shop") && strcmp(f->kind, "household") &&
	    strcmp(f->kind, "organisation") && strcmp(f->kind, "mobile"))
		return fh_error_usage(err, _("invalid kind '%s' (shop, household, organisation or mobile)"), f->kind);
	if (fh_db_prepare(db, &st,
			  "SELECT member, kind, name, contact, phone, address, zone, \"group\", lat, lon,"
			  " joined_on, left_on FROM members_v v"
			  " WHERE (?1 IS NULL OR zone = ?1) AND (?2 IS NULL OR \"group\" = ?2)"
			  " AND (?3 IS NULL OR kind = ?3) AND (?4 OR active)"
			  " AND (?5 IS NULL OR member IN (SELECT m.code FROM team_members tm"
			  "  JOIN teams t ON t.id = tm.team_id JOIN members m ON m.id = tm.member_id"
			  "  WHERE t.code = ?5 AND tm.left_on IS NULL))"
			  " ORDER BY member", err))
		return -1;
	sqlite3_bind_text(st, 1, f->zone, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, f->group, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, f->kind, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 4, f->all);
	sqlite3_bind_text(st, 5, f->team, -1, SQLITE_STATIC);
	rc = fh_out_stmt(out, st, err);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* ---- groups ---- */

int fh_group_add(struct fh_db *db, const char *code, const char *zone, const char *name,
		 const char *formed, struct fh_error *err)
{
	sqlite3_int64 zid;
	int rc;

	if (!*code || code[strcspn(code, " \t\r\n")])
		return fh_error_usage(err, _("invalid group code '%s' (no spaces allowed)"), code);
	if (check_utf8("the group code", code, err) || check_utf8("--name", name, err) ||
	    check_date("--formed", formed, err) || fh_db_begin(db, err))
		return -1;
	rc = fh_lookup(db, FH_ZONE, zone, &zid, err);
	if (!rc && (rc = run(db, err, NULL, "SELECT 1 FROM groups WHERE code = ?1", "t", code)) > 0)
		rc = fh_error_set(err, _("group '%s' already exists"), code);
	if (!rc)
		rc = run(db, err, NULL, "INSERT INTO groups(code, zone_id, name, formed_on)"
			 " VALUES (?1, ?2, ?3, ?4)", "titt", code, zid, name, formed) < 0;
	return finish(db, rc ? -1 : 0, err);
}

int fh_group_show(struct fh_db *db, const char *code, const struct fh_show *show,
		  struct fh_error *err)
{
	sqlite3_int64 id;

	if (fh_lookup(db, FH_GROUP, code, &id, err))
		return -1;
	if (show_record(db, show,
			"SELECT v.\"group\", v.zone, v.name, v.size, v.leader, v.leader_name,"
			" v.letter_signed, v.formed_on, v.dissolved_on, g.note FROM groups_v v"
			" JOIN groups g ON g.code = v.\"group\" WHERE g.id = ?1", id, err))
		return -1;
	if (show_block(db, show, 0,
		       "SELECT m.code AS member, m.name, m.kind, m.contact, m.phone, m.address, m.joined_on"
		       " FROM members m WHERE m.group_id = ?1 AND m.left_on IS NULL ORDER BY m.code",
		       id, err))
		return -1;
	return show_block(db, show, 0,
			  "SELECT m.code AS leader, m.name, t.started_on, t.ended_on, t.letter_signed"
			  " FROM leader_terms t JOIN members m ON m.id = t.member_id"
			  " WHERE t.group_id = ?1 ORDER BY t.started_on, t.id", id, err);
}

int fh_group_list(struct fh_db *db, const char *zone, int all, struct fh_out *out,
		  struct fh_error *err)
{
	sqlite3_stmt *st;
	int rc;

	if (check_code(db, FH_ZONE, zone, err))
		return -1;
	if (fh_db_prepare(db, &st,
			  "SELECT \"group\", zone, size, leader, letter_signed, leader_name, name,"
			  " formed_on, dissolved_on FROM groups_v"
			  " WHERE (?1 IS NULL OR zone = ?1) AND (?2 OR active) ORDER BY \"group\"", err))
		return -1;
	sqlite3_bind_text(st, 1, zone, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 2, all);
	rc = fh_out_stmt(out, st, err);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* Finds an active group's id, refusing a dissolved one. */
static int active_group(struct fh_db *db, const char *code, sqlite3_int64 *id,
			struct fh_error *err)
{
	char *gone;

	if (fh_lookup(db, FH_GROUP, code, id, err))
		return -1;
	if ((gone = run_text(db, "SELECT dissolved_on FROM groups WHERE id = ?1", *id))) {
		fh_error_set(err, _("group '%s' was dissolved on %s"), code, gone);
		free(gone);
		return -1;
	}
	return 0;
}

/* Finds an active member's id, refusing one who left. */
static int active_member(struct fh_db *db, const char *code, sqlite3_int64 *id,
			 struct fh_error *err)
{
	char *left;

	if (fh_lookup(db, FH_MEMBER, code, id, err))
		return -1;
	if ((left = run_text(db, "SELECT left_on FROM members WHERE id = ?1", *id))) {
		fh_error_set(err, _("member '%s' left on %s"), code, left);
		free(left);
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
	rc = active_group(db, group, &gid, err);
	for (int i = 0; !rc && i < n; i++) {
		rc = active_member(db, members[i], &mid, err);
		if (!rc)
			rc = run(db, err, NULL, "UPDATE members SET group_id = ?2 WHERE id = ?1",
				 "ii", mid, gid) < 0;
		if (!rc)
			rc = end_terms(db, mid, gid, today, err);
		if (!rc)
			rc = check_zone_match(db, mid, force, err);
	}
	return finish(db, rc ? -1 : 0, err);
}

int fh_group_dissolve(struct fh_db *db, const char *code, const char *date,
		      struct fh_error *err)
{
	sqlite3_int64 gid;
	int rc;

	if (check_date("--on", date, err) || fh_db_begin(db, err))
		return -1;
	rc = active_group(db, code, &gid, err);
	if (!rc)
		rc = run(db, err, NULL, "UPDATE groups SET dissolved_on = ?2 WHERE id = ?1", "it", gid, date) < 0;
	if (!rc)
		rc = run(db, err, NULL, "UPDATE members SET group_id = NULL WHERE group_id = ?1"
			 " AND left_on IS NULL", "i", gid) < 0;
	if (!rc)
		rc = run(db, err, NULL, "UPDATE leader_terms SET ended_on = max(?2, started_on)"
			 " WHERE group_id = ?1 AND ended_on IS NULL", "it", gid, date) < 0;
	return finish(db, rc ? -1 : 0, err);
}

int fh_leader_set(struct fh_db *db, const char *group, const char *member,
		  const char *letter, const char *date, struct fh_error *err)
{
	sqlite3_int64 gid, mid, in_group = 0, term = 0;
	char *started = NULL;
	int rc;

	if (check_date("--letter-signed", letter, err) || check_date("--on", date, err) ||
	    fh_db_begin(db, err))
		return -1;
	rc = active_group(db, group, &gid, err);
	if (!rc)
		rc = fh_lookup(db, FH_MEMBER, member, &mid, err);
	if (!rc && (rc = run(db, err, &in_group, "SELECT group_id = ?2 AND left_on IS NULL"
			     " FROM members WHERE id = ?1", "ii", mid, gid)) >= 0)
		rc = in_group ? 0 : fh_error_set(err, _("member '%s' is not an active member of group '%s'"),
						 member, group);
	if (!rc && (rc = run(db, err, &term, "SELECT id FROM leader_terms WHERE group_id = ?1"
			     " AND ended_on IS NULL AND member_id = ?2", "ii", gid, mid)) > 0) {
		/* The same leader: only the letter's date can change. */
		rc = letter ? run(db, err, NULL, "UPDATE leader_terms SET letter_signed = ?2 WHERE id = ?1",
				  "it", term, letter) < 0 : 0;
		return finish(db, rc ? -1 : 0, err);
	}
	if (!rc && (started = run_text(db, "SELECT started_on FROM leader_terms WHERE group_id = ?1"
				       " AND ended_on IS NULL", gid)) && strcmp(started, date) > 0)
		rc = fh_error_set(err, _("the current leader of group '%s' started on %s, after %s"),
				  group, started, date);
	free(started);
	if (!rc)
		rc = run(db, err, NULL, "UPDATE leader_terms SET ended_on = ?2 WHERE group_id = ?1"
			 " AND ended_on IS NULL", "it", gid, date) < 0;
	if (!rc)
		rc = run(db, err, NULL, "INSERT INTO leader_terms(group_id, member_id, started_on,"
			 " letter_signed) VALUES (?1, ?2, ?3, ?4)", "iitt", gid, mid, date, letter) < 0;
	return finish(db, rc ? -1 : 0, err);
}

/* ---- teams ---- */

int fh_team_add(struct fh_db *db, const char *code, const char *name, const char *kind,
		const char *zone, struct fh_error *err)
{
	sqlite3_int64 zid = 0;
	int rc = 0;

	if (!*code || code[strcspn(code, " \t\r\n")])
		return fh_error_usage(err, _("invalid team code '%s' (no spaces allowed)"), code);
	if (check_utf8("the team code", code, err) || check_utf8("the team name", name, err))
		return -1;
	if (strcmp(kind, "patrol") && strcmp(kind, "publicity") && strcmp(kind, "inspection") &&
	    strcmp(kind, "service") && strcmp(kind, "other"))
		return fh_error_usage(err, _("invalid team kind '%s' (patrol, publicity, inspection, service or other)"),
				      kind);
	if (fh_db_begin(db, err))
		return -1;
	if (zone)
		rc = fh_lookup(db, FH_ZONE, zone, &zid, err);
	if (!rc && (rc = run(db, err, NULL, "SELECT 1 FROM teams WHERE code = ?1", "t", code)) > 0)
		rc = fh_error_set(err, _("team '%s' already exists"), code);
	if (!rc)
		rc = run(db, err, NULL, "INSERT INTO teams(code, name, kind, zone_id)"
			 " VALUES (?1, ?2, ?3, nullif(?4, 0))", "ttti", code, name, kind, zid) < 0;
	return finish(db, rc ? -1 : 0, err);
}

int fh_team_join(struct fh_db *db, const char *team, char *const *members, int n,
		 const char *date, struct fh_error *err)
{
	sqlite3_int64 tid, mid, active;
	int rc;

	if (check_date("--on", date, err) || fh_db_begin(db, err))
		return -1;
	rc = fh_lookup(db, FH_TEAM, team, &tid, err);
	for (int i = 0; !rc && i < n; i++) {
		rc = active_member(db, members[i], &mid, err);
		active = 0;
		if (!rc && (rc = run(db, err, &active, "SELECT left_on IS NULL FROM team_members"
				     " WHERE team_id = ?1 AND member_id = ?2", "ii", tid, mid)) > 0) {
			if (active)
				rc = fh_error_set(err, _("member '%s' is already in team '%s'"), members[i], team);
			else
				rc = run(db, err, NULL, "UPDATE team_members SET joined_on = ?3, left_on = NULL"
					 " WHERE team_id = ?1 AND member_id = ?2", "iit", tid, mid, date) < 0;
		} else if (!rc) {
			rc = run(db, err, NULL, "INSERT INTO team_members(team_id, member_id, joined_on)"
				 " VALUES (?1, ?2, ?3)", "iit", tid, mid, date) < 0;
		}
	}
	return finish(db, rc ? -1 : 0, err);
}

int fh_team_leave(struct fh_db *db, const char *team, char *const *members, int n,
		  const char *date, struct fh_error *err)
{
	sqlite3_int64 tid, mid;
	int rc;

	if (check_date("--on", date, err) || fh_db_begin(db, err))
		return -1;
	rc = fh_lookup(db, FH_TEAM, team, &tid, err);
	for (int i = 0; !rc && i < n; i++) {
		rc = fh_lookup(db, FH_MEMBER, members[i], &mid, err);
		if (!rc && (rc = run(db, err, NULL, "UPDATE team_members SET left_on = max(?3, coalesce(joined_on, ?3))"
				     " WHERE team_id = ?1 AND member_id = ?2 AND left_on IS NULL",
				     "iit", tid, mid, date)) == 0)
			rc = fh_error_set(err, _("member '%s' is not in team '%s'"), members[i], team);
		else if (rc > 0)
			rc = 0;
	}
	return finish(db, rc ? -1 : 0, err);
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
	sqlite3_int64 id;

	if (fh_lookup(db, FH_TEAM, code, &id, err))
		return -1;
	if (show_record(db, show, "SELECT v.team, v.name, v.kind, v.zone, v.size FROM teams_v v"
			" JOIN teams t ON t.code = v.team WHERE t.id = ?1", id, err))
		return -1;
	return show_block(db, show, 0,
			  "SELECT m.code AS member, m.name, m.kind, z.code AS zone, g.code AS \"group\","
			  " m.phone, tm.joined_on FROM team_members tm JOIN members m ON m.id = tm.member_id"
			  " JOIN zones z ON z.id = m.zone_id LEFT JOIN groups g ON g.id = m.group_id"
			  " WHERE tm.team_id = ?1 AND tm.left_on IS NULL ORDER BY m.code", id, err);
}

/* ---- equipment ---- */

int fh_equipment_issue(struct fh_db *db, const char *member, const char *item,
		       long long count, const char *date, struct fh_error *err)
{
	sqlite3_int64 mid;
	int rc;

	if (!*item)
		return fh_error_usage(err, _("the item must not be empty"));
	if (check_date("--on", date, err) || fh_db_begin(db, err))
		return -1;
	rc = active_member(db, member, &mid, err);
	if (!rc)
		rc = run(db, err, NULL, "INSERT INTO equipment_moves(member_id, item, count, on_date)"
			 " VALUES (?1, ?2, ?3, ?4)", "itit", mid, item, (sqlite3_int64)count, date) < 0;
	return finish(db, rc ? -1 : 0, err);
}

int fh_equipment_return(struct fh_db *db, const char *member, const char *item,
			long long count, const char *date, struct fh_error *err)
{
	sqlite3_int64 mid, held = 0;
	int rc;

	if (check_date("--on", date, err) || fh_db_begin(db, err))
		return -1;
	rc = fh_lookup(db, FH_MEMBER, member, &mid, err);
	if (!rc && run(db, err, &held, "SELECT coalesce(sum(count), 0) FROM equipment_moves"
		       " WHERE member_id = ?1 AND item = ?2", "it", mid, item) < 0)
		rc = -1;
	if (!rc && held < count)
		rc = fh_error_set(err, _("member '%s' holds %lld '%s', cannot return %lld"), member,
				  (long long)held, item, count);
	if (!rc)
		rc = run(db, err, NULL, "INSERT INTO equipment_moves(member_id, item, count, on_date)"
			 " VALUES (?1, ?2, ?3, ?4)", "itit", mid, item, (sqlite3_int64)-count, date) < 0;
	return finish(db, rc ? -1 : 0, err);
}

int fh_equipment_list(struct fh_db *db, const char *zone, const char *group,
		      const char *item, struct fh_out *out, struct fh_error *err)
{
	sqlite3_stmt *st;
	int rc;

	if (check_code(db, FH_ZONE, zone, err) || check_code(db, FH_GROUP, group, err))
		return -1;
	if (fh_db_prepare(db, &st,
			  "SELECT member, name, zone, \"group\", item, count, since FROM equipment_v"
			  " WHERE (?1 IS NULL OR zone = ?1) AND (?2 IS NULL OR \"group\" = ?2)"
			  " AND (?3 IS NULL OR item = ?3) ORDER BY member, item", err))
		return -1;
	sqlite3_bind_text(st, 1, zone, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, group, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, item, -1, SQLITE_STATIC);
	rc = fh_out_stmt(out, st, err);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* ---- check ---- */

int fh_group_check(struct fh_db *db, const struct fh_check_options *opt,
		   struct fh_out *out, struct fh_error *err)
{
	/*
	 * The details, parameters ?4 to ?10: in the reader's language in a
	 * table, English in the machine formats (formats keep their order).
	 */
	static const char *const details[] = {
		N_("size %d, not within %d..%d"), N_("no leader"), N_("leader left on %s"),
		N_("leader is not a member of the group"), N_("letter not signed"),
		N_("active member without a group"), N_("member in zone %s, group in zone %s"),
	};
	sqlite3_stmt *st;
	int rc;

	if (check_code(db, FH_ZONE, opt->zone, err))
		return -1;
	if (fh_db_prepare(db, &st,
		"WITH g AS (SELECT g.id, g.code, g.zone_id, z.code AS zone,"
		"  (SELECT count(*) FROM members m WHERE m.group_id = g.id AND m.left_on IS NULL) AS size"
		"  FROM groups g JOIN zones z ON z.id = g.zone_id"
		"  WHERE g.dissolved_on IS NULL AND (?3 IS NULL OR z.code = ?3)),"
		" t AS (SELECT t.*, m.code AS member, m.group_id AS mgroup, m.left_on AS mleft"
		"  FROM leader_terms t JOIN members m ON m.id = t.member_id WHERE t.ended_on IS NULL)"
		"SELECT problem, zone, \"group\", member, detail FROM ("
		" SELECT 1 AS o, 'size' AS problem, g.zone, g.code AS \"group\", NULL AS member,"
		"  printf(?4, g.size, ?1, ?2) AS detail"
		"  FROM g WHERE g.size < ?1 OR g.size > ?2"
		" UNION ALL SELECT 2, 'no-leader', g.zone, g.code, NULL, ?5"
		"  FROM g WHERE NOT EXISTS (SELECT 1 FROM t WHERE t.group_id = g.id)"
		" UNION ALL SELECT 3, 'leader-not-member', g.zone, g.code, t.member,"
		"  CASE WHEN t.mleft IS NOT NULL THEN printf(?6, t.mleft) ELSE ?7 END"
		"  FROM g JOIN t ON t.group_id = g.id"
		"  WHERE t.mleft IS NOT NULL OR t.mgroup IS NOT g.id"
		" UNION ALL SELECT 4, 'letter-unsigned', g.zone, g.code, t.member, ?8"
		"  FROM g JOIN t ON t.group_id = g.id WHERE t.letter_signed IS NULL"
		" UNION ALL SELECT 5, 'ungrouped', z.code, NULL, m.code, ?9"
		"  FROM members m JOIN zones z ON z.id = m.zone_id"
		"  WHERE m.left_on IS NULL AND m.kind <> 'mobile' AND m.group_id IS NULL"
		"  AND (?3 IS NULL OR z.code = ?3)"
		" UNION ALL SELECT 6, 'cross-zone', g.zone, g.code, m.code,"
		"  printf(?10, mz.code, g.zone)"
		"  FROM g JOIN members m ON m.group_id = g.id JOIN zones mz ON mz.id = m.zone_id"
		"  WHERE m.left_on IS NULL AND m.zone_id <> g.zone_id"
		") ORDER BY o, \"group\", member", err))
		return -1;
	sqlite3_bind_int(st, 1, opt->min);
	sqlite3_bind_int(st, 2, opt->max);
	sqlite3_bind_text(st, 3, opt->zone, -1, SQLITE_STATIC);
	for (int i = 0; i < (int)(sizeof(details) / sizeof(details[0])); i++)
		sqlite3_bind_text(st, 4 + i, fh_out_for_people(out) ? _(details[i]) : details[i],
				  -1, SQLITE_STATIC);
	rc = fh_out_stmt(out, st, err);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? (int)fh_out_rows(out) : -1;
}
