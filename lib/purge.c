/*
 * Erasure on request and by the retention policy (see include/fh/purge.h).
 * Each table is written by its own module: this one finds what to erase,
 * asks the owners, and counts what changed from the transaction's audit.
 */
#include <stdlib.h>
#include <string.h>

#include "fh/activity.h"
#include "fh/equipment.h"
#include "fh/group.h"
#include "fh/i18n.h"
#include "fh/meeting.h"
#include "fh/member.h"
#include "fh/lookup.h"
#include "fh/period.h"
#include "fh/purge.h"
#include "fh/report.h"
#include "fh/search.h"

/* The tables erasure may change, in the order fh purge reports them. */
static const char *const purged_tables[] = {
	"members", "leader_terms", "groups", "equipment_moves", "activities",
	"meetings", "meeting_attendance", "meeting_actions", "reports",
	"report_events", "report_photos", "photos",
};

int fh_purge_begin(struct fh_db *db, struct fh_error *err)
{
	/* Freed space is overwritten with zeros, not left holding the old values. */
	if (fh_db_exec(db, "PRAGMA secure_delete = ON", err))
		return -1;
	return fh_db_begin(db, err);
}

/*
 * Copies the member's name, contact, phone and address (those it has)
 * into v, NULL-ended, before they are erased; the caller frees them.
 */
static int read_values(struct fh_db *db, sqlite3_int64 id, char *v[5], struct fh_error *err)
{
	sqlite3_stmt *st;
	int rc;

	memset(v, 0, 5 * sizeof(*v));
	if (fh_db_prepare(db, &st, "SELECT name, contact, phone, address FROM members WHERE id = ?1", err))
		return -1;
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	for (int i = 0, n = 0; rc == SQLITE_ROW && i < 4; i++) {
		const char *s = (const char *)sqlite3_column_text(st, i);

		if (s && !(v[n++] = strdup(s)))
			rc = SQLITE_NOMEM;
	}
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW)
		return 0;
	for (int i = 0; v[i]; i++)
		free(v[i]);
	if (rc == SQLITE_NOMEM)
		return fh_error_set(err, _("out of memory"));
	return fh_db_error(db, err, _("cannot read a member"));
}

/* Erases the member with row id id everywhere: its row, and copies of its values in any text. */
static int purge_id(struct fh_db *db, sqlite3_int64 id, const char *today, struct fh_error *err)
{
	char *v[5];
	const char *const *values = (const char *const *)v;
	int rc;

	if (read_values(db, id, v, err))
		return -1;
	rc = fh_member_erase(db, id, today, err) || fh_leader_end_terms(db, id, 0, today, err) ||
	     fh_meeting_forget_member(db, id, err) || fh_member_scrub(db, values, err) ||
	     fh_group_scrub(db, values, err) || fh_equipment_scrub(db, values, err) ||
	     fh_activity_scrub(db, values, err) || fh_meeting_scrub(db, values, err) ||
	     fh_report_scrub(db, values, id, err) ? -1 : 0;
	for (int i = 0; v[i]; i++)
		free(v[i]);
	return rc;
}

/* Today's date, the day a purged member is marked as left. */
static int today(char buf[FH_DATE_LEN], struct fh_error *err)
{
	struct fh_time now;

	if (fh_now(&now, err))
		return -1;
	fh_date_format(&now, buf);
	return 0;
}

int fh_purge_member(struct fh_db *db, const char *code, struct fh_error *err)
{
	char day[FH_DATE_LEN];
	sqlite3_int64 id;

	if (fh_lookup(db, FH_MEMBER, code, &id, err) || today(day, err))
		return -1;
	return purge_id(db, id, day, err);
}

int fh_purge_left_before(struct fh_db *db, const char *date, struct fh_error *err)
{
	char day[FH_DATE_LEN];
	sqlite3_int64 *ids = NULL;
	size_t n = 0, cap = 0;
	sqlite3_stmt *st;
	int rc;

	if (today(day, err) || fh_db_prepare(db, &st, "SELECT id FROM members WHERE left_on < ?1"
					      " AND (name <> '" FH_DB_ERASED "' OR contact IS NOT NULL"
					      " OR phone IS NOT NULL OR address IS NOT NULL"
					      " OR lat IS NOT NULL OR lon IS NOT NULL OR note IS NOT NULL)"
					      " ORDER BY id", err))
		return -1;
	sqlite3_bind_text(st, 1, date, -1, SQLITE_STATIC);
	/* Gathered first: each purge changes the rows this query reads. */
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (n == cap) {
			sqlite3_int64 *p = realloc(ids, (cap = cap ? 2 * cap : 64) * sizeof(*p));

			if (!p) {
				rc = SQLITE_NOMEM;
				break;
			}
			ids = p;
		}
		ids[n++] = sqlite3_column_int64(st, 0);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		free(ids);
		return rc == SQLITE_NOMEM ? fh_error_set(err, _("out of memory"))
					  : fh_db_error(db, err, _("cannot read the members"));
	}
	rc = 0;
	for (size_t i = 0; i < n && !rc; i++)
		rc = purge_id(db, ids[i], day, err);
	free(ids);
	return rc;
}

int fh_purge_reports_before(struct fh_db *db, const char *date, struct fh_error *err)
{
	return fh_report_forget_before(db, date, err);
}

int fh_purge_finish(struct fh_db *db, struct fh_out *out, struct fh_error *err)
{
	/* Changed reports leave their old words in the index until it is merged. */
	if (fh_db_changed_rows(db, "reports") && fh_search_compact(db, err))
		return -1;
	fh_out_column(out, "table", 0);
	fh_out_column(out, "rows", 0);
	for (size_t i = 0; i < sizeof(purged_tables) / sizeof(*purged_tables); i++) {
		long long n = fh_db_changed_rows(db, purged_tables[i]);

		if (!n)
			continue;
		fh_out_text(out, purged_tables[i]);
		fh_out_int(out, n);
		fh_out_end_row(out);
	}
	return 0;
}
