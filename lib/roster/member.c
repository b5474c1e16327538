/*
 * Members: the one writer of the members table, and the rules about a
 * member (fields, dates, its group in its zone).  See include/fh/member.h.
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "fh/codes.h"
#include "fh/text.h"
#include "fh/group.h"
#include "fh/i18n.h"
#include "fh/lookup.h"
#include "fh/member.h"
#include "fh/phone.h"
#include "fh/rule.h"
#include "fh/sqlrun.h"
#include "fh/team.h"

int fh_member_fields_check(const struct fh_member_fields *m, struct fh_error *err)
{
	static const int dates[] = { FH_RF_JOINED, FH_RF_LEFT, FH_RF_LETTER_SIGNED };
	static const char *const date_opts[] = { "--joined", "--left", "--letter-signed" };
	char buf[128];

	for (int i = 0; i < FH_RF_COUNT; i++) {
		char what[32];

		snprintf(what, sizeof(what), "--%s", i == FH_RF_LETTER_SIGNED ? "letter-signed"
			 : fh_roster_key(i));
		if (m->given[i] && fh_rule_utf8(what, m->val[i], err))
			return -1;
	}
	if (m->given[FH_RF_KIND] && (!m->val[FH_RF_KIND] ||
	    !fh_codes_has(FH_CODES_MEMBER_KIND, m->val[FH_RF_KIND])))
		return fh_error_set(err, _("invalid kind '%s' (valid: %s)"),
				      m->val[FH_RF_KIND] ? m->val[FH_RF_KIND] : "",
				      fh_codes_join(FH_CODES_MEMBER_KIND, buf, sizeof(buf)));
	for (int i = FH_RF_LAT; i <= FH_RF_LON; i++) {
		const char *v = m->val[i];
		double limit = i == FH_RF_LAT ? 90 : 180, d;

		if (!m->given[i] || !v || !*v)
			continue;
		/* The one strict parser of numbers (fh/text.h): no " 5", 1e1 or 0x1p3. */
		if (fh_text_decimal(v, &d) || fabs(d) > limit)
			return fh_error_set(err, _("invalid value '%s' for --%s (a number from %g to %g)"),
					      v, fh_roster_key(i), -limit, limit);
	}
	for (size_t i = 0; i < sizeof(dates) / sizeof(dates[0]); i++)
		if (m->given[dates[i]] && fh_rule_past(date_opts[i], m->val[dates[i]], err))
			return -1;
	if (m->given[FH_RF_JOINED] && m->given[FH_RF_LEFT] &&
	    fh_rule_joined_left(m->val[FH_RF_JOINED], m->val[FH_RF_LEFT], err))
		return -1;
	if (m->given[FH_RF_NAME] && (!m->val[FH_RF_NAME] || !*m->val[FH_RF_NAME]))
		return fh_error_set(err, _("the member's name must not be empty"));
	if (m->given[FH_RF_ZONE] && (!m->val[FH_RF_ZONE] || !*m->val[FH_RF_ZONE]))
		return fh_error_set(err, _("the member's zone must not be empty"));
	return 0;
}


/* A coordinate that check_fields has accepted, as a number. */
static double coord(const char *s)
{
	double d = 0;

	fh_text_decimal(s, &d);
	return d;
}

/* The text of an optional field: NULL when not given or empty (cleared). */
static const char *opt_val(const struct fh_member_fields *m, int i)
{
	return m->given[i] && m->val[i] && *m->val[i] ? m->val[i] : NULL;
}

int fh_member_zone_check(struct fh_db *db, sqlite3_int64 member, int force, int hint,
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
	if (rc == SQLITE_ROW && hint)
		fh_error_set(err, _("member '%s' is in zone '%s' but group '%s' in zone '%s' (use --force to allow it)"),
			     sqlite3_column_text(st, 0), sqlite3_column_text(st, 1),
			     sqlite3_column_text(st, 2), sqlite3_column_text(st, 3));
	else if (rc == SQLITE_ROW)
		fh_error_set(err, _("member '%s' is in zone '%s' but group '%s' in zone '%s'"),
			     sqlite3_column_text(st, 0), sqlite3_column_text(st, 1),
			     sqlite3_column_text(st, 2), sqlite3_column_text(st, 3));
	else if (rc != SQLITE_DONE)
		fh_db_error(db, err, _("cannot read the roster"));
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

int fh_member_zone_check_group(struct fh_db *db, sqlite3_int64 group, struct fh_error *err)
{
	sqlite3_stmt *st;
	int rc;

	/* The same rule as fh_member_zone_check, from the group's side. */
	if (fh_db_prepare(db, &st, "SELECT g.code, gz.code, m.code, mz.code FROM members m"
			  " JOIN groups g ON g.id = m.group_id JOIN zones mz ON mz.id = m.zone_id"
			  " JOIN zones gz ON gz.id = g.zone_id WHERE g.id = ?1 AND m.left_on IS NULL"
			  " AND g.zone_id <> m.zone_id ORDER BY m.code LIMIT 1", err))
		return -1;
	sqlite3_bind_int64(st, 1, group);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		fh_error_set(err, _("group '%s' is in zone '%s' but its member '%s' in zone '%s'"),
			     sqlite3_column_text(st, 0), sqlite3_column_text(st, 1),
			     sqlite3_column_text(st, 2), sqlite3_column_text(st, 3));
	else if (rc != SQLITE_DONE)
		fh_db_error(db, err, _("cannot read the roster"));
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* The rule "never left before joined", over the values now in the row. */
static int check_stored_dates(struct fh_db *db, sqlite3_int64 id, struct fh_error *err)
{
	char *joined = fh_sqlrun_text(db, "SELECT joined_on FROM members WHERE id = ?1", id);
	char *left = fh_sqlrun_text(db, "SELECT left_on FROM members WHERE id = ?1", id);
	int rc = fh_rule_joined_left(joined, left, err);

	free(joined);
	free(left);
	return rc;
}

/*
 * Looks up the zone and group codes of m, when given, into ids (0 when
 * cleared), and its trade, a code or label, into *trade (NULL: none).
 */
static int member_refs(struct fh_db *db, const struct fh_member_fields *m,
		       sqlite3_int64 *zone, sqlite3_int64 *group, const char **trade,
		       char tbuf[FH_LOOKUP_CODE_MAX], struct fh_error *err)
{
	*zone = *group = 0;
	*trade = opt_val(m, FH_RF_TRADE);
	if (fh_lookup_trade(db, trade, tbuf, err))
		return -1;
	if (m->given[FH_RF_ZONE] && fh_lookup(db, FH_ZONE, m->val[FH_RF_ZONE], zone, err))
		return -1;
	if (opt_val(m, FH_RF_GROUP)) {
		if (fh_lookup(db, FH_GROUP, m->val[FH_RF_GROUP], group, err))
			return -1;
		if (fh_sqlrun(db, err, NULL, "SELECT 1 FROM groups WHERE id = ?1 AND dissolved_on IS NOT NULL",
			"i", *group) > 0)
			return fh_error_set(err, _("group '%s' is dissolved"), m->val[FH_RF_GROUP]);
	}
	return 0;
}

int fh_member_add(struct fh_db *db, const struct fh_member_fields *m, int force,
		  struct fh_error *err)
{
	const char *code = m->val[FH_RF_CODE], *trade;
	sqlite3_int64 zone, group, id = 0;
	char phone[FH_PHONE_SIZE] = "", tbuf[FH_LOOKUP_CODE_MAX];
	int rc;

	if (fh_member_fields_check(m, err))
		return -1;
	if (fh_rule_code("member", code, err) || fh_db_begin(db, err))
		return -1;
	rc = member_refs(db, m, &zone, &group, &trade, tbuf, err);
	if (!rc)
		rc = fh_phone_resolve(db, code, opt_val(m, FH_RF_PHONE), phone, sizeof(phone), err);
	if (!rc && (rc = fh_sqlrun(db, err, NULL, "SELECT 1 FROM members WHERE code = ?1", "t", code)) > 0)
		rc = fh_error_set(err, _("member '%s' already exists"), code);
	if (!rc) {
		sqlite3_stmt *st;

		rc = fh_db_prepare(db, &st, "INSERT INTO members(code, kind, name, contact, phone,"
				   " address, zone_id, group_id, lat, lon, joined_on, left_on, note,"
				   " letter_signed, trade) VALUES (?1, coalesce(?2, 'shop'), ?3, ?4, ?5, ?6,"
				   " ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)", err);
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
				sqlite3_bind_double(st, 9, coord(m->val[FH_RF_LAT]));
			if (opt_val(m, FH_RF_LON))
				sqlite3_bind_double(st, 10, coord(m->val[FH_RF_LON]));
			sqlite3_bind_text(st, 11, opt_val(m, FH_RF_JOINED), -1, SQLITE_STATIC);
			sqlite3_bind_text(st, 12, opt_val(m, FH_RF_LEFT), -1, SQLITE_STATIC);
			sqlite3_bind_text(st, 13, opt_val(m, FH_RF_NOTE), -1, SQLITE_STATIC);
			sqlite3_bind_text(st, 14, opt_val(m, FH_RF_LETTER_SIGNED), -1, SQLITE_STATIC);
			sqlite3_bind_text(st, 15, trade, -1, SQLITE_STATIC);
			if (sqlite3_step(st) != SQLITE_DONE)
				rc = fh_db_error(db, err, _("cannot add the member"));
			id = sqlite3_last_insert_rowid(db->sql);
			sqlite3_finalize(st);
		}
	}
	if (!rc)
		rc = fh_member_zone_check(db, id, force, 1, err);
	return fh_sqlrun_finish(db, rc, err);
}


int fh_member_edit(struct fh_db *db, const char *code, const struct fh_member_fields *m,
		   int force, const char *today, struct fh_error *err)
{
	static const int plain[] = {
		FH_RF_KIND, FH_RF_NAME, FH_RF_CONTACT, FH_RF_PHONE, FH_RF_ADDRESS,
		FH_RF_JOINED, FH_RF_LEFT, FH_RF_NOTE, FH_RF_LETTER_SIGNED, FH_RF_TRADE,
	};
	static const char *const cols[] = {
		[FH_RF_KIND] = "kind", [FH_RF_NAME] = "name", [FH_RF_CONTACT] = "contact",
		[FH_RF_PHONE] = "phone", [FH_RF_ADDRESS] = "address", [FH_RF_JOINED] = "joined_on",
		[FH_RF_LEFT] = "left_on", [FH_RF_NOTE] = "note", [FH_RF_LETTER_SIGNED] = "letter_signed",
		[FH_RF_TRADE] = "trade",
	};
	sqlite3_int64 id, zone, group, newgroup = -1;
	char phone[FH_PHONE_SIZE] = "", tbuf[FH_LOOKUP_CODE_MAX];
	const char *trade;
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
		rc = member_refs(db, m, &zone, &group, &trade, tbuf, err);
	if (!rc && m->given[FH_RF_PHONE])
		rc = fh_phone_resolve(db, code, opt_val(m, FH_RF_PHONE), phone, sizeof(phone), err);
	for (size_t i = 0; !rc && i < sizeof(plain) / sizeof(plain[0]); i++) {
		char sql[96], *stored;
		int f = plain[i];

		if (!m->given[f])
			continue;
		snprintf(sql, sizeof(sql), "UPDATE members SET %s = ?2 WHERE id = ?1", cols[f]);
		stored = fh_member_unmasked(db, code, cols[f], opt_val(m, f));
		rc = fh_sqlrun(db, err, NULL, sql, "it", id, stored ? stored :
			       f == FH_RF_PHONE ? (*phone ? phone : NULL) :
			       f == FH_RF_TRADE ? trade : opt_val(m, f)) < 0 ? -1 : 0;
		sqlite3_free(stored);
	}
	for (int f = FH_RF_LAT; !rc && f <= FH_RF_LON; f++) {
		if (!m->given[f])
			continue;
		rc = fh_sqlrun(db, err, NULL, f == FH_RF_LAT ? "UPDATE members SET lat = ?2 WHERE id = ?1"
			 : "UPDATE members SET lon = ?2 WHERE id = ?1", "it", id, opt_val(m, f)) < 0 ? -1 : 0;
	}
	if (!rc && m->given[FH_RF_ZONE])
		rc = fh_sqlrun(db, err, NULL, "UPDATE members SET zone_id = ?2 WHERE id = ?1", "ii", id, zone) < 0;
	if (!rc && m->given[FH_RF_GROUP]) {
		newgroup = group;
		rc = fh_member_set_group(db, id, group, err);
		if (!rc)
			rc = fh_leader_end_terms(db, id, newgroup, today, err);
	}
	if (!rc)
		rc = check_stored_dates(db, id, err);
	if (!rc)
		rc = fh_member_zone_check(db, id, force, 1, err);
	return fh_sqlrun_finish(db, rc ? -1 : 0, err);
}

int fh_member_leave(struct fh_db *db, const char *code, const char *date,
		    struct fh_error *err)
{
	sqlite3_int64 id;
	char *left;
	int rc;

	if (fh_rule_past("--on", date, err) || fh_db_begin(db, err))
		return -1;
	rc = fh_lookup(db, FH_MEMBER, code, &id, err);
	if (!rc && (left = fh_sqlrun_text(db, "SELECT left_on FROM members WHERE id = ?1", id))) {
		rc = fh_error_set(err, _("member '%s' already left on %s"), code, left);
		free(left);
	}
	if (!rc)
		rc = fh_sqlrun(db, err, NULL, "UPDATE members SET left_on = ?2 WHERE id = ?1", "it", id, date) < 0;
	if (!rc)
		rc = check_stored_dates(db, id, err);
	if (!rc)
		rc = fh_leader_end_terms(db, id, 0, date, err);
	if (!rc)
		rc = fh_team_leave_all(db, id, date, err);
	return fh_sqlrun_finish(db, rc ? -1 : 0, err);
}

int fh_member_show(struct fh_db *db, const char *code, const struct fh_show *show,
		   struct fh_error *err)
{
	static const struct fh_show_part parts[] = {
		{ NULL, "SELECT m.code AS member, m.kind, m.name, m.contact, m.phone, m.address,"
			" z.code AS zone, z.name AS zone_name, g.code AS \"group\", m.lat, m.lon,"
			" m.joined_on, m.left_on, m.note, m.letter_signed, m.trade"
			" FROM members m JOIN zones z ON z.id = m.zone_id"
			" LEFT JOIN groups g ON g.id = m.group_id WHERE m.id = ?1" },
		{ "led_groups", "SELECT g.code AS led_group, t.started_on, t.ended_on, t.letter_signed"
			" FROM leader_terms t JOIN groups g ON g.id = t.group_id"
			" WHERE t.member_id = ?1 ORDER BY t.started_on, t.id" },
		{ "teams", "SELECT t.code AS team, t.name AS team_name, t.kind AS team_kind,"
			" tm.joined_on, tm.left_on FROM team_members tm JOIN teams t ON t.id = tm.team_id"
			" WHERE tm.member_id = ?1 ORDER BY t.code" },
		{ "equipment", "SELECT e.item, sum(e.count) AS count,"
			" max(CASE WHEN e.count > 0 THEN e.on_date END) AS since"
			" FROM equipment_moves e WHERE e.member_id = ?1 GROUP BY e.item"
			" HAVING sum(e.count) <> 0 ORDER BY e.item" },
	};
	sqlite3_int64 id;

	if (fh_lookup(db, FH_MEMBER, code, &id, err))
		return -1;
	return fh_show_write(db, show, parts, 4, id, err);
}


int fh_member_list(struct fh_db *db, const struct fh_member_filter *f,
		   struct fh_out *out, struct fh_error *err)
{
	sqlite3_stmt *st = NULL;
	char *json[5] = { 0 };
	int rc = -1;

	/* Each filter may be a comma list (fh(1)); an unknown code is an error. */
	if (fh_lookup_filter(db, FH_ZONE, f->zone, &json[0], err) ||
	    fh_lookup_filter(db, FH_GROUP, f->group, &json[1], err) ||
	    fh_lookup_filter_codes(FH_CODES_MEMBER_KIND, _("kind"), f->kind, &json[2], err) ||
	    fh_lookup_filter(db, FH_TEAM, f->team, &json[3], err) ||
	    fh_lookup_filter_trades(db, f->trade, &json[4], err) ||
	    fh_db_prepare(db, &st,
			  "SELECT member, kind, name, contact, phone, address, zone, \"group\", lat, lon,"
			  " joined_on, left_on, letter_signed, trade FROM members_v v"
			  " WHERE (?1 IS NULL OR zone IN (SELECT value FROM json_each(?1)))"
			  " AND (?2 IS NULL OR \"group\" IN (SELECT value FROM json_each(?2)))"
			  " AND (?3 IS NULL OR kind IN (SELECT value FROM json_each(?3))) AND (?4 OR active)"
			  " AND (?5 IS NULL OR member IN (SELECT m.code FROM team_members tm"
			  "  JOIN teams t ON t.id = tm.team_id JOIN members m ON m.id = tm.member_id"
			  "  WHERE t.code IN (SELECT value FROM json_each(?5)) AND tm.left_on IS NULL))"
			  " AND (?6 IS NULL OR trade IN (SELECT value FROM json_each(?6)))"
			  " ORDER BY member", err))
		goto done;
	sqlite3_bind_text(st, 1, json[0], -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, json[1], -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, json[2], -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 4, f->all);
	sqlite3_bind_text(st, 5, json[3], -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, json[4], -1, SQLITE_STATIC);
	rc = fh_out_stmt(out, st, err) == SQLITE_DONE ? 0 : -1;
done:
	sqlite3_finalize(st);
	for (int i = 0; i < 5; i++)
		free(json[i]);
	return rc;
}

/* ---- groups ---- */

int fh_member_active(struct fh_db *db, const char *code, sqlite3_int64 *id,
		     struct fh_error *err)
{
	char *left;

	if (fh_lookup(db, FH_MEMBER, code, id, err))
		return -1;
	if ((left = fh_sqlrun_text(db, "SELECT left_on FROM members WHERE id = ?1", *id))) {
		fh_error_set(err, _("member '%s' left on %s"), code, left);
		free(left);
		return -1;
	}
	return 0;
}

int fh_member_set_group(struct fh_db *db, sqlite3_int64 id, sqlite3_int64 group,
			struct fh_error *err)
{
	return fh_sqlrun(db, err, NULL, "UPDATE members SET group_id = nullif(?2, 0) WHERE id = ?1",
			 "ii", id, group) < 0 ? -1 : 0;
}

int fh_member_ungroup_all(struct fh_db *db, sqlite3_int64 group, struct fh_error *err)
{
	return fh_sqlrun(db, err, NULL, "UPDATE members SET group_id = NULL WHERE group_id = ?1"
			 " AND left_on IS NULL", "i", group) < 0 ? -1 : 0;
}

int fh_member_erase(struct fh_db *db, sqlite3_int64 id, const char *today,
		    struct fh_error *err)
{
	sqlite3_stmt *st;
	int rc;

	if (fh_db_prepare(db, &st, "UPDATE members SET name = '已删除', contact = NULL,"
			  " phone = NULL, address = NULL, lat = NULL, lon = NULL, note = NULL,"
			  " left_on = coalesce(left_on, ?2) WHERE id = ?1", err))
		return -1;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, today, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : fh_db_error(db, err, _("cannot purge a member"));
}

/* ---- the roster import's batch ---- */

/* Prepares *st once for a batch. */
static int batch_prepare(struct fh_db *db, sqlite3_stmt **st, const char *sql,
			 struct fh_error *err)
{
	return *st ? 0 : fh_db_prepare(db, st, sql, err);
}

/* Binds a field's text, or NULL when it has none. */
static void bind_field(sqlite3_stmt *st, int i, const struct fh_roster_field *f)
{
	if (f->value)
		sqlite3_bind_text(st, i, f->value, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, i);
}

/*
 * Binds the phone in its stored form (fh_phone_resolve: normalised, or the
 * stored phone for its mask); the importer checked it already, with its
 * place in the file (fh_phone_resolve there too).
 */
static void bind_phone(struct fh_db *db, sqlite3_stmt *st, int i, const struct fh_roster_record *rec)
{
	char phone[FH_PHONE_SIZE];
	struct fh_error err = { 0 };

	if (rec->f[FH_RF_PHONE].value &&
	    !fh_phone_resolve(db, rec->f[FH_RF_CODE].value, rec->f[FH_RF_PHONE].value, phone,
			      sizeof(phone), &err) && *phone)
		sqlite3_bind_text(st, i, phone, -1, SQLITE_TRANSIENT);
	else
		bind_field(st, i, &rec->f[FH_RF_PHONE]);
}

/* Binds a text field, or the stored text when given its mask (fh_member_unmasked). */
static void bind_member_text(struct fh_db *db, sqlite3_stmt *st, int i,
			     const struct fh_roster_record *rec, int field)
{
	char *stored = fh_member_unmasked(db, rec->f[FH_RF_CODE].value, fh_roster_key(field),
					  rec->f[field].value);

	if (stored)
		sqlite3_bind_text(st, i, stored, -1, sqlite3_free);
	else
		bind_field(st, i, &rec->f[field]);
}

/* Steps a writing statement and resets it.  0, or -1 with err set. */
static int step_reset(struct fh_db *db, sqlite3_stmt *st, sqlite3_int64 *first,
		      struct fh_error *err)
{
	int rc = sqlite3_step(st);

	if (rc == SQLITE_ROW) {
		if (first)
			*first = sqlite3_column_int64(st, 0);
		rc = sqlite3_step(st);
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : fh_db_error(db, err, _("cannot write"));
}

int fh_member_upsert(struct fh_db *db, struct fh_member_batch *b,
		     const struct fh_member_row *row, sqlite3_int64 *id, struct fh_error *err)
{
	static const int optional[] = {
		FH_RF_KIND, FH_RF_CONTACT, FH_RF_PHONE, FH_RF_ADDRESS, FH_RF_GROUP,
		FH_RF_LAT, FH_RF_LON, FH_RF_JOINED, FH_RF_LEFT, FH_RF_NOTE, FH_RF_LETTER_SIGNED,
		FH_RF_TRADE,
	};
	const struct fh_roster_record *rec = row->rec;
	sqlite3_stmt *st;
	sqlite3_int64 before;
	int mask = 0;

	/* Keys a file leaves out keep their values; ?14 says which were given. */
	if (batch_prepare(db, &b->upsert,
			  "INSERT INTO members(code, kind, name, contact, phone, address, zone_id,"
			  " group_id, lat, lon, joined_on, left_on, note, letter_signed, trade)"
			  " VALUES (?1, coalesce(?2, 'shop'), ?3, ?4, ?5, ?6, ?7, nullif(?8, 0), ?9, ?10, ?11, ?12, ?13,"
			  " ?15, ?16)"
			  " ON CONFLICT(code) DO UPDATE SET"
			  " kind = iif(?14 & 1, excluded.kind, kind), name = excluded.name,"
			  " contact = iif(?14 & 2, excluded.contact, contact),"
			  " phone = iif(?14 & 4, excluded.phone, phone),"
			  " address = iif(?14 & 8, excluded.address, address),"
			  " zone_id = excluded.zone_id,"
			  " group_id = iif(?14 & 16, excluded.group_id, group_id),"
			  " lat = iif(?14 & 32, excluded.lat, lat), lon = iif(?14 & 64, excluded.lon, lon),"
			  " joined_on = iif(?14 & 128, excluded.joined_on, joined_on),"
			  " left_on = iif(?14 & 256, excluded.left_on, left_on),"
			  " note = iif(?14 & 512, excluded.note, note),"
			  " letter_signed = iif(?14 & 1024, excluded.letter_signed, letter_signed),"
			  " trade = iif(?14 & 2048, excluded.trade, trade)", err) ||
	    batch_prepare(db, &b->id_of, "SELECT id FROM members WHERE code = ?1", err))
		return -1;
	st = b->upsert;
	bind_field(st, 1, &rec->f[FH_RF_CODE]);
	bind_field(st, 2, &rec->f[FH_RF_KIND]);
	bind_member_text(db, st, 3, rec, FH_RF_NAME);
	bind_member_text(db, st, 4, rec, FH_RF_CONTACT);
	bind_phone(db, st, 5, rec);
	bind_member_text(db, st, 6, rec, FH_RF_ADDRESS);
	sqlite3_bind_int64(st, 7, row->zone);
	sqlite3_bind_int64(st, 8, row->group);
	if (rec->f[FH_RF_LAT].value)
		sqlite3_bind_double(st, 9, rec->lat);
	else
		sqlite3_bind_null(st, 9);
	if (rec->f[FH_RF_LON].value)
		sqlite3_bind_double(st, 10, rec->lon);
	else
		sqlite3_bind_null(st, 10);
	bind_field(st, 11, &rec->f[FH_RF_JOINED]);
	bind_field(st, 12, &rec->f[FH_RF_LEFT]);
	bind_member_text(db, st, 13, rec, FH_RF_NOTE);
	bind_field(st, 15, &rec->f[FH_RF_LETTER_SIGNED]);
	bind_field(st, 16, &rec->f[FH_RF_TRADE]);
	for (size_t i = 0; i < sizeof(optional) / sizeof(optional[0]); i++)
		if (rec->f[optional[i]].given && (optional[i] != FH_RF_KIND || rec->f[FH_RF_KIND].value))
			mask |= 1 << i;
	sqlite3_bind_int(st, 14, mask);
	/*
	 * Not RETURNING id, which costs a temporary table per row: a new row
	 * moves the last insert rowid, an updated one is found by its code.
	 */
	before = sqlite3_last_insert_rowid(db->sql);
	if (step_reset(db, st, NULL, err))
		return -1;
	*id = sqlite3_last_insert_rowid(db->sql);
	if (*id == before) {
		bind_field(b->id_of, 1, &rec->f[FH_RF_CODE]);
		if (step_reset(db, b->id_of, id, err))
			return -1;
	}
	return 0;
}

int fh_member_fix_ref(struct fh_db *db, struct fh_member_batch *b, sqlite3_int64 id,
		      sqlite3_int64 zone, sqlite3_int64 group, struct fh_error *err)
{
	sqlite3_stmt *st;

	if (batch_prepare(db, &b->set_zone, "UPDATE members SET zone_id = ?2 WHERE id = ?1", err) ||
	    batch_prepare(db, &b->set_group, "UPDATE members SET group_id = ?2 WHERE id = ?1", err))
		return -1;
	st = zone ? b->set_zone : b->set_group;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int64(st, 2, zone ? zone : group);
	return step_reset(db, st, NULL, err);
}

/* The values of a new member in fh_member_insert_new's statement. */
#define ROW_VALUES 15

/* Binds the ROW_VALUES values of a new member from row at parameter first + 1 on. */
static void bind_row(struct fh_db *db, sqlite3_stmt *st, int first, const struct fh_member_row *row)
{
	const struct fh_roster_record *rec = row->rec;
	static const int text[] = {
		FH_RF_CODE, FH_RF_KIND, FH_RF_NAME, FH_RF_CONTACT, FH_RF_PHONE, FH_RF_ADDRESS,
	};

	for (int i = 0; i < 6; i++)
		bind_field(st, first + 1 + i, &rec->f[text[i]]);
	bind_phone(db, st, first + 5, rec);
	sqlite3_bind_int64(st, first + 7, row->zone);
	sqlite3_bind_int64(st, first + 8, row->group);
	if (rec->f[FH_RF_LAT].value)
		sqlite3_bind_double(st, first + 9, rec->lat);
	else
		sqlite3_bind_null(st, first + 9);
	if (rec->f[FH_RF_LON].value)
		sqlite3_bind_double(st, first + 10, rec->lon);
	else
		sqlite3_bind_null(st, first + 10);
	bind_field(st, first + 11, &rec->f[FH_RF_JOINED]);
	bind_field(st, first + 12, &rec->f[FH_RF_LEFT]);
	bind_field(st, first + 13, &rec->f[FH_RF_NOTE]);
	bind_field(st, first + 14, &rec->f[FH_RF_LETTER_SIGNED]);
	bind_field(st, first + 15, &rec->f[FH_RF_TRADE]);
}

/* Prepares an INSERT of n new members, RETURNING their ids and codes. */
static int prepare_many(struct fh_db *db, sqlite3_stmt **st, int n, struct fh_error *err)
{
	static const char head[] = "INSERT INTO members(code, kind, name, contact, phone, address,"
				   " zone_id, group_id, lat, lon, joined_on, left_on, note, letter_signed,"
				   " trade) VALUES ";
	static const char row[] = "(?, coalesce(?, 'shop'), ?, ?, ?, ?, ?, nullif(?, 0), ?, ?, ?, ?, ?, ?, ?)";
	static const char tail[] = " ON CONFLICT(code) DO NOTHING RETURNING id, code";
	char *sql = malloc(sizeof(head) + (size_t)n * sizeof(row) + sizeof(tail));
	size_t len = sizeof(head) - 1;
	int rc;

	if (!sql)
		return fh_error_set(err, _("out of memory"));
	memcpy(sql, head, len);
	for (int i = 0; i < n; i++) {
		if (i)
			sql[len++] = ',';
		memcpy(sql + len, row, sizeof(row) - 1);
		len += sizeof(row) - 1;
	}
	memcpy(sql + len, tail, sizeof(tail));
	rc = fh_db_prepare(db, st, sql, err);
	free(sql);
	return rc;
}

int fh_member_insert_new(struct fh_db *db, struct fh_member_batch *b,
			 const struct fh_member_row *rows, int n, sqlite3_int64 *id,
			 struct fh_error *err)
{
	sqlite3_stmt *st = NULL;
	int rc, at = 0;

	if (n == FH_MEMBER_ROWS) {
		if (!b->insert_many && prepare_many(db, &b->insert_many, n, err))
			return -1;
		st = b->insert_many;
	} else if (prepare_many(db, &st, n, err)) {
		return -1;
	}
	for (int i = 0; i < n; i++) {
		bind_row(db, st, i * ROW_VALUES, &rows[i]);
		id[i] = 0;
	}
	/* The rows come back in the order written; a code seen already (not inserted) is skipped. */
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *code = (const char *)sqlite3_column_text(st, 1);

		for (int k = 0; k < n; k++, at = (at + 1) % n)
			if (!id[at] && !strcmp(rows[at].rec->f[FH_RF_CODE].value, code)) {
				id[at] = sqlite3_column_int64(st, 0);
				break;
			}
	}
	sqlite3_reset(st);
	if (st != b->insert_many)
		sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : fh_db_error(db, err, _("cannot write"));
}

void fh_member_batch_end(struct fh_member_batch *b)
{
	sqlite3_finalize(b->insert_many);
	sqlite3_finalize(b->upsert);
	sqlite3_finalize(b->id_of);
	sqlite3_finalize(b->set_zone);
	sqlite3_finalize(b->set_group);
	memset(b, 0, sizeof(*b));
}

/* ---- many members into groups at once (the plan) ---- */

/* From this many members, fh_member_set_groups rebuilds the index on members.group_id. */
#define BULK_GROUPS 50000

/* The new group of each member, by member row id, for fh_member_group_of(). */
struct assignment {
	sqlite3_int64 *id, *group;  /* both in ascending id order */
	long n;
};

/*
 * The SQL function fh_member_group_of(ID): the row id of the new group of the
 * member with row id ID, or NULL for a member outside the plan.  One
 * UPDATE through it writes every member in a single pass in row id order,
 * about twice as fast as an UPDATE statement a member.
 */
static void group_of_fn(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const struct assignment *a = sqlite3_user_data(ctx);
	sqlite3_int64 id = sqlite3_value_int64(argv[0]);
	long lo = 0, hi = a->n - 1;

	(void)argc;
	while (lo <= hi) {
		long mid = lo + (hi - lo) / 2;

		if (a->id[mid] == id) {
			sqlite3_result_int64(ctx, a->group[mid]);
			return;
		}
		if (a->id[mid] < id)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	sqlite3_result_null(ctx);
}

/*
 * Drops the index on members.group_id, copying its definition into *sql
 * (caller frees) to be run again once the members are in their groups:
 * for a large plan one sort builds it faster than a million updates of
 * it (the fast path of fh_member_set_groups).  In the transaction, so nobody ever sees the database without it.
 * Leaves *sql NULL when there is no such index.  Returns 0 or -1.
 */
static int drop_group_index(struct fh_db *db, char **sql, struct fh_error *err)
{
	sqlite3_stmt *stmt = NULL;
	int rc = -1, step;

	*sql = NULL;
	if (fh_db_prepare(db, &stmt, "SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = 'members_group'", err))
		return -1;
	step = sqlite3_step(stmt);
	if (step == SQLITE_ROW && sqlite3_column_text(stmt, 0)) {
		if (!(*sql = strdup((const char *)sqlite3_column_text(stmt, 0)))) {
			fh_error_set(err, _("out of memory"));
			goto done;
		}
	} else if (step != SQLITE_DONE && step != SQLITE_ROW) {
		fh_db_error(db, err, _("cannot read the schema"));
		goto done;
	}
	/* A schema change waits for no statement of this connection to be running. */
	sqlite3_finalize(stmt);
	stmt = NULL;
	if (*sql && fh_db_exec(db, "DROP INDEX members_group", err))
		goto done;
	rc = 0;
done:
	if (rc && *sql) {
		free(*sql);
		*sql = NULL;
	}
	sqlite3_finalize(stmt);
	return rc;
}

int fh_member_set_groups(struct fh_db *db, const sqlite3_int64 *ids, const sqlite3_int64 *groups,
			 long n, struct fh_error *err)
{
	struct assignment a = { (sqlite3_int64 *)ids, (sqlite3_int64 *)groups, n };
	sqlite3_stmt *upd = NULL;
	char *index_sql = NULL;
	int rc = -1;

	if (sqlite3_create_function(db->sql, "fh_member_group_of", 1, SQLITE_UTF8 | SQLITE_DIRECTONLY,
				    &a, group_of_fn, NULL, NULL) != SQLITE_OK)
		return fh_db_error(db, err, _("cannot write the plan"));
	if (n >= BULK_GROUPS && drop_group_index(db, &index_sql, err))
		goto done;
	if (fh_db_prepare(db, &upd, "UPDATE members SET group_id = fh_member_group_of(id)\n"
			  "WHERE fh_member_group_of(id) IS NOT NULL", err))
		goto done;
	if (sqlite3_step(upd) != SQLITE_DONE) {
		fh_db_error(db, err, _("cannot put the members in their groups"));
		goto done;
	}
	if (sqlite3_changes64(db->sql) != n) {
		fh_error_set(err, _("internal error: %lld members put in groups, %ld planned"),
			     (long long)sqlite3_changes64(db->sql), n);
		goto done;
	}
	if (index_sql && fh_db_exec(db, index_sql, err))
		goto done;
	rc = 0;
done:
	free(index_sql);
	sqlite3_finalize(upd);
	sqlite3_create_function(db->sql, "fh_member_group_of", 1, SQLITE_UTF8, NULL, NULL, NULL, NULL);
	return rc;
}

int fh_member_scrub(struct fh_db *db, const char *const *values, struct fh_error *err)
{
	static const char *const columns[] = { "note", NULL };

	return fh_db_scrub(db, "members", columns, values, err);
}
