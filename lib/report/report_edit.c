/*
 * Corrections to filed reports.  An edit reads the report's values back
 * as the text a new report would give, lays the changes over them and
 * checks the result with the writer's own checks, so that a corrected
 * report obeys exactly the rules of a new one.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fh/i18n.h"
#include "fh/period.h"
#include "fh/report_edit.h"
#include "fh/text.h"

/* A report's values as text, in the order of enum fh_report_field (photo: handled_at). */
static const char read_sql[] =
	"SELECT r.category, m.code, z.code, g.code, r.reported_at, r.place, r.lat, r.lon,"
	" r.severity, r.via, r.activity_id, r.handled_at, r.text"
	" FROM reports r LEFT JOIN members m ON m.id = r.member_id"
	" LEFT JOIN zones z ON z.id = r.zone_id LEFT JOIN groups g ON g.id = r.group_id"
	" WHERE r.id = ?1";

/* The statements and values shared by the reports of one edit. */
struct edit {
	struct fh_db *db;
	struct fh_report_writer *w;
	sqlite3_stmt *read;
	const struct fh_report_input *changes;
};

static void values_free(char **v)
{
	for (int i = 0; i < FH_REPORT_F_COUNT; i++) {
		free(v[i]);
		v[i] = NULL;
	}
}

/* Reads report id's values into v (each owned, NULL when empty). */
static int read_values(const struct edit *e, sqlite3_int64 id, char **v, struct fh_error *err)
{
	int step;

	sqlite3_reset(e->read);
	sqlite3_bind_int64(e->read, 1, id);
	step = sqlite3_step(e->read);
	if (step == SQLITE_DONE)
		return fh_error_set(err, _("no report %lld"), (long long)id);
	if (step != SQLITE_ROW)
		return fh_db_error(e->db, err, _("cannot read a report"));
	/* The fields of a new report only: the backfill keys are not values of the row. */
	for (int i = 0; i <= FH_REPORT_F_TEXT; i++) {
		const char *s = (const char *)sqlite3_column_text(e->read, i);

		if (s && !(v[i] = strdup(s))) {
			sqlite3_reset(e->read);
			values_free(v);
			return fh_error_set(err, _("out of memory"));
		}
	}
	sqlite3_reset(e->read);
	return 0;
}

/*
 * The input of the corrected report: the changes over the old values.  A
 * new member, zone or group lets the zone and group not given follow it,
 * as they would at add.
 */
static void merge_input(const struct fh_report_input *changes, char *const *old,
			struct fh_report_input *in)
{
	const char *const *c = changes->value;
	int moved = c[FH_REPORT_F_BY] || c[FH_REPORT_F_ZONE] || c[FH_REPORT_F_GROUP];

	memset(in, 0, sizeof(*in));
	for (int i = 0; i < FH_REPORT_F_COUNT; i++)
		in->value[i] = c[i] ? c[i] : old[i];
	in->value[FH_REPORT_F_PHOTO] = NULL;
	if (moved && !c[FH_REPORT_F_ZONE])
		in->value[FH_REPORT_F_ZONE] = NULL;
	if (moved && !c[FH_REPORT_F_GROUP])
		in->value[FH_REPORT_F_GROUP] = NULL;
}

/* "field 'old' -> 'new'; ..." for the fields that differ (malloc'd), or NULL with *none set. */
static char *diff_note(char *const *old, char *const *new, int *none)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);
	int n = 0;

	if (!fp)
		return NULL;
	for (int i = 0; i < FH_REPORT_F_COUNT; i++) {
		const char *a = old[i] ? old[i] : "", *b = new[i] ? new[i] : "";

		if (i == FH_REPORT_F_PHOTO || !strcmp(a, b))
			continue;
		fprintf(fp, "%s%s '%s' -> '%s'", n++ ? "; " : "", fh_report_keys[i], a, b);
	}
	if (fclose(fp)) {
		free(buf);
		return NULL;
	}
	*none = !n;
	return buf;
}

/* Corrects report id and records what changed. */
static int edit_one(const struct edit *e, sqlite3_int64 id, struct fh_error *err)
{
	char *old[FH_REPORT_F_COUNT] = { 0 }, *new[FH_REPORT_F_COUNT] = { 0 }, *note = NULL;
	struct fh_report_input in;
	struct fh_report_checked checked = { 0 };
	int rc = -1, none = 0;

	if (read_values(e, id, old, err))
		return -1;
	merge_input(e->changes, old, &in);
	if (fh_report_writer_check(e->w, &in, &checked, err))
		goto done;
	/* The handled time stays after the filing time. */
	if (old[FH_REPORT_F_PHOTO] && strcmp(checked.at, old[FH_REPORT_F_PHOTO]) > 0) {
		fh_error_set(err, _("report %lld cannot be filed at %s, after it was handled (%s)"),
			     (long long)id, checked.at, old[FH_REPORT_F_PHOTO]);
		goto done;
	}
	if (fh_report_writer_rewrite(e->w, id, &in, &checked, err) || read_values(e, id, new, err))
		goto done;
	free(old[FH_REPORT_F_PHOTO]);
	old[FH_REPORT_F_PHOTO] = NULL;
	if (!(note = diff_note(old, new, &none))) {
		fh_error_set(err, _("out of memory"));
		goto done;
	}
	rc = none ? 0 : fh_report_writer_edited(e->w, id, note, err);
done:
	free(note);
	values_free(old);
	values_free(new);
	return rc;
}

static int compare_ids(const void *a, const void *b)
{
	sqlite3_int64 x = *(const sqlite3_int64 *)a, y = *(const sqlite3_int64 *)b;

	return (x > y) - (x < y);
}

/* Prepares e's statement, opens the transaction and sorts a copy of ids into *sorted. */
static int edit_begin(struct edit *e, const sqlite3_int64 *ids, size_t n,
		      sqlite3_int64 **sorted, struct fh_error *err)
{
	/* Each report once, whatever order and repeats the ids came in. */
	if (!(*sorted = malloc((n ? n : 1) * sizeof(**sorted))))
		return fh_error_set(err, _("out of memory"));
	memcpy(*sorted, ids, n * sizeof(**sorted));
	qsort(*sorted, n, sizeof(**sorted), compare_ids);
	if (fh_db_begin(e->db, err) || fh_db_prepare(e->db, &e->read, read_sql, err))
		return -1;
	return 0;
}

/* Finalizes e's statements and commits (ok) or rolls back. */
static int edit_end(struct edit *e, int ok, struct fh_error *err)
{
	sqlite3_finalize(e->read);
	/* The writer's statements must be done before COMMIT can release its locks. */
	fh_report_writer_free(e->w);
	e->w = NULL;
	if (ok && !fh_db_commit(e->db, err))
		return 0;
	if (e->db->in_transaction)
		fh_db_rollback(e->db);
	return -1;
}

int fh_report_edit(struct fh_db *db, const char *actor,
		   const sqlite3_int64 *ids, size_t n,
		   const struct fh_report_input *changes, struct fh_error *err)
{
	const char *const *c = changes->value;
	struct edit e = { .db = db, .changes = changes };
	sqlite3_int64 *sorted = NULL;
	int ok = 0;

	if (!c[FH_REPORT_F_LAT] != !c[FH_REPORT_F_LON])
		return fh_error_usage(err, _("lat and lon go together: %s is missing"),
				      c[FH_REPORT_F_LAT] ? "lon" : "lat");
	if (fh_report_writer_new(db, actor, &e.w, err))
		return -1;
	if (!edit_begin(&e, ids, n, &sorted, err)) {
		ok = 1;
		for (size_t i = 0; ok && i < n; i++)
			if (!(i && sorted[i] == sorted[i - 1]) && edit_one(&e, sorted[i], err))
				ok = 0;
	}
	free(sorted);
	return edit_end(&e, ok, err);
}

int fh_report_note(struct fh_db *db, const char *actor,
		   const sqlite3_int64 *ids, size_t n, const char *note,
		   struct fh_error *err)
{
	struct edit e = { .db = db };
	sqlite3_int64 *sorted = NULL;
	int ok = 0;

	if (!fh_text_utf8_valid(note))
		return fh_error_usage(err, _("invalid UTF-8 in the note"));
	if (!note[strspn(note, " \t\r\n")])
		return fh_error_usage(err, _("the note is empty"));
	if (fh_report_writer_new(db, actor, &e.w, err))
		return -1;
	if (!edit_begin(&e, ids, n, &sorted, err)) {
		ok = 1;
		for (size_t i = 0; ok && i < n; i++)
			if (!(i && sorted[i] == sorted[i - 1]) &&
			    fh_report_writer_note(e.w, sorted[i], note, err))
				ok = 0;
	}
	free(sorted);
	return edit_end(&e, ok, err);
}
