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
#include "fh/points.h"
#include "fh/purge.h"
#include "fh/report.h"
#include "fh/search.h"

/* The tables erasure may change, in the order fh purge reports them. */
static const char *const purged_tables[] = {
	"members", "leader_terms", "groups", "equipment_moves", "points_ledger", "activities",
	"activity_events", "meetings", "meeting_attendance", "meeting_actions",
	"meeting_events", "reports",
	"report_events", "report_photos", "photos",
};

int fh_purge_begin(struct fh_db *db, struct fh_error *err)
{
	/* Freed space is overwritten with zeros, not left holding the old values. */
	if (fh_db_exec(db, "PRAGMA secure_delete = ON", err) || fh_db_begin(db, err))
		return -1;
	/*
	 * The members purged and their values, gathered for fh_purge_finish,
	 * which reads each table once for all of them: texts are searched by
	 * value, and a purge of thousands of members must not read them
	 * thousands of times.  Temporary, so neither saved nor audited.
	 */
	return fh_db_exec(db, "CREATE TEMP TABLE IF NOT EXISTS purged(id INTEGER PRIMARY KEY);"
			  " CREATE TEMP TABLE IF NOT EXISTS purged_values(v TEXT PRIMARY KEY);"
			  " DELETE FROM temp.purged; DELETE FROM temp.purged_values", err);
}

/*
 * Erases the member with row id id: its row, its name in meeting
 * attendance, its leader term; and keeps it and its name, contact, phone
 * and address for fh_purge_finish to erase from every text.
 */
static int purge_id(struct fh_db *db, sqlite3_int64 id, const char *today, struct fh_error *err)
{
	sqlite3_stmt *st;
	int rc;

	if (fh_db_prepare(db, &st, "INSERT OR IGNORE INTO temp.purged_values"
			  " SELECT v FROM (SELECT name AS v FROM members WHERE id = ?1"
			  " UNION ALL SELECT contact FROM members WHERE id = ?1"
			  " UNION ALL SELECT phone FROM members WHERE id = ?1"
			  " UNION ALL SELECT address FROM members WHERE id = ?1)"
			  " WHERE v IS NOT NULL AND v <> '" FH_DB_ERASED "'", err))
		return -1;
	sqlite3_bind_int64(st, 1, id);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc == SQLITE_DONE) {
		if (fh_db_prepare(db, &st, "INSERT OR IGNORE INTO temp.purged VALUES (?1)", err))
			return -1;
		sqlite3_bind_int64(st, 1, id);
		rc = sqlite3_step(st);
		sqlite3_finalize(st);
	}
	if (rc != SQLITE_DONE)
		return fh_db_error(db, err, _("cannot read a member"));
	return fh_member_erase(db, id, today, err) || fh_leader_end_terms(db, id, 0, today, err) ||
	       fh_meeting_forget_member(db, id, err) ? -1 : 0;
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

/* Reads the rows of the one-column query sql into a new array, NULL-ended (of texts) or of ids. */
static int read_column(struct fh_db *db, const char *sql, int texts, void **out, size_t *n,
		       struct fh_error *err)
{
	size_t cap = 16, size = texts ? sizeof(char *) : sizeof(sqlite3_int64);
	char *a = calloc(cap + 1, size);
	sqlite3_stmt *st;
	int rc = SQLITE_NOMEM;

	*n = 0;
	if (a && !fh_db_prepare(db, &st, sql, err)) {
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			if (*n == cap) {
				char *p = realloc(a, (2 * cap + 1) * size);

				if (!p) {
					rc = SQLITE_NOMEM;
					break;
				}
				a = p;
				cap *= 2;
			}
			if (!texts)
				((sqlite3_int64 *)a)[(*n)++] = sqlite3_column_int64(st, 0);
			else if (!(((char **)a)[(*n)++] = strdup((const char *)sqlite3_column_text(st, 0)))) {
				rc = SQLITE_NOMEM;
				break;
			}
		}
		sqlite3_finalize(st);
	} else if (a) {
		free(a);
		return -1;
	}
	if (texts && a)
		((char **)a)[*n] = NULL;
	*out = a;
	if (rc == SQLITE_DONE)
		return 0;
	return rc == SQLITE_NOMEM ? fh_error_set(err, _("out of memory"))
				  : fh_db_error(db, err, _("cannot read the members"));
}

/* Erases the purged members' values from every text that quotes them, each table read once. */
static int scrub_all(struct fh_db *db, struct fh_error *err)
{
	char **values = NULL;
	sqlite3_int64 *ids = NULL;
	const char *const *v;
	size_t nv = 0, nids = 0;
	int rc;

	rc = read_column(db, "SELECT v FROM temp.purged_values", 1, (void **)&values, &nv, err) ||
	     read_column(db, "SELECT id FROM temp.purged", 0, (void **)&ids, &nids, err) ? -1 : 0;
	v = (const char *const *)values;
	if (!rc && nids)
		rc = fh_member_scrub(db, v, err) || fh_group_scrub(db, v, err) ||
		     fh_equipment_scrub(db, v, err) || fh_points_scrub(db, v, err) ||
		     fh_activity_scrub(db, v, err) ||
		     fh_meeting_scrub(db, v, err) || fh_report_scrub(db, v, ids, nids, err) ? -1 : 0;
	for (size_t i = 0; values && values[i]; i++)
		free(values[i]);
	free(values);
	free(ids);
	return rc;
}

int fh_purge_finish(struct fh_db *db, struct fh_out *out, struct fh_error *err)
{
	if (scrub_all(db, err))
		return -1;
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
