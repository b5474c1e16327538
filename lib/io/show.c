/*
 * Showing one record and its lists (see include/fh/show.h): the one
 * writer of every "show" command, so that a report, a member, a group, a
 * team, an activity and a meeting come out in the same shapes.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "fh/i18n.h"
#include "fh/mask.h"
#include "fh/show.h"

/* A copy of s masked as personal data unless revealed; NULL when out of memory. */
static char *masked_copy(const char *s, int phone, unsigned flags)
{
	size_t size = strlen(s) + 1;
	char *buf = malloc(size);

	if (buf && !(flags & FH_OUT_REVEAL)) {
		if (phone)
			fh_mask_phone(s, buf, size);
		else
			fh_mask_text(s, buf, size);
	} else if (buf) {
		memcpy(buf, s, size);
	}
	return buf;
}

/* Column i of stmt's row as a JSON value (typed, personal data masked); NULL when out of memory. */
static json_t *column_json(sqlite3_stmt *stmt, int i, unsigned flags)
{
	json_t *v;
	char *s;

	switch (sqlite3_column_type(stmt, i)) {
	case SQLITE_INTEGER: return json_integer(sqlite3_column_int64(stmt, i));
	case SQLITE_FLOAT: return json_real(sqlite3_column_double(stmt, i));
	case SQLITE_NULL: return json_null();
	default: break;
	}
	s = masked_copy((const char *)sqlite3_column_text(stmt, i),
			fh_out_stmt_flags(stmt, i) & FH_COL_PHONE, flags);
	v = s ? json_string(s) : NULL;
	free(s);
	return v;
}

/* Sets the columns of stmt's row as members of obj.  Returns 0 or -1 (out of memory). */
static int row_json(sqlite3_stmt *stmt, json_t *obj, unsigned flags, struct fh_error *err)
{
	for (int i = 0; i < sqlite3_column_count(stmt); i++)
		if (json_object_set_new(obj, sqlite3_column_name(stmt, i), column_json(stmt, i, flags)))
			return fh_error_set(err, _("out of memory"));
	return 0;
}

/* Appends every row of stmt to array as an object of its columns.  Returns 0 or -1. */
static int rows_json(struct fh_db *db, sqlite3_stmt *stmt, json_t *array, unsigned flags,
		     struct fh_error *err)
{
	int rc;

	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		json_t *obj = json_object();

		if (!obj || json_array_append_new(array, obj))
			return fh_error_set(err, _("out of memory"));
		if (row_json(stmt, obj, flags, err))
			return -1;
	}
	return rc == SQLITE_DONE ? 0 : fh_db_error(db, err, _("cannot read the record to show"));
}

/* Writes the record (st[0], stepped to its row) and its lists as one JSON object. */
static int show_json(struct fh_db *db, const struct fh_show *show, const struct fh_show_part *parts,
		     sqlite3_stmt *const *st, size_t n, struct fh_error *err)
{
	json_t *obj = json_object();
	int rc = -1;

	if (!obj) {
		fh_error_set(err, _("out of memory"));
		goto done;
	}
	if (row_json(st[0], obj, show->flags, err))
		goto done;
	for (size_t k = 1; k < n; k++) {
		json_t *list = json_array();

		if (!list || json_object_set_new(obj, parts[k].name, list)) {
			fh_error_set(err, _("out of memory"));
			goto done;
		}
		if (rows_json(db, st[k], list, show->flags, err))
			goto done;
	}
	if (fh_out_json(show->fp, obj, 0) || putc('\n', show->fp) == EOF) {
		fh_error_set(err, _("cannot write output: %s"), strerror(errno));
		goto done;
	}
	rc = 0;
done:
	json_decref(obj);
	return rc;
}

/* Writes stmt's rows as a table onto show (the record as field/value rows when record). */
static int show_table(struct fh_db *db, const struct fh_show *show, sqlite3_stmt *stmt, int record,
		      struct fh_error *err)
{
	struct fh_out *out = fh_out_new(show->fp, show->format, show->flags);
	int rc = -1;

	if (!out)
		return fh_error_set(err, _("out of memory"));
	if (record) {
		fh_out_column(out, "field", FH_COL_FIELD);
		fh_out_column(out, "value", 0);
		/* A category's label in a Chinese table, from the record's own database. */
		fh_out_categories(out, sqlite3_db_handle(stmt));
		for (int i = 0; i < sqlite3_column_count(stmt); i++) {
			const char *name = sqlite3_column_name(stmt, i);
			const char *v = (const char *)sqlite3_column_text(stmt, i);
			char buf[128];

			if (v && (fh_out_stmt_flags(stmt, i) & FH_COL_PHONE) &&
			    !(show->flags & FH_OUT_REVEAL))
				v = fh_mask_phone(v, buf, sizeof(buf));
			fh_out_text(out, name);
			fh_out_text(out, v);
			fh_out_end_row(out);
		}
	} else if (fh_out_stmt(out, stmt, err) != SQLITE_DONE) {
		goto done;
	}
	if (fh_out_finish(out)) {
		fh_error_set(err, _("cannot write output: %s"), strerror(errno));
		goto done;
	}
	rc = 0;
done:
	(void)db;
	fh_out_free(out);
	return rc;
}

int fh_show_write(struct fh_db *db, const struct fh_show *show, const struct fh_show_part *parts,
		  size_t n, sqlite3_int64 id, struct fh_error *err)
{
	sqlite3_stmt *st[FH_SHOW_PARTS_MAX] = { NULL };
	int rc = -1, step;

	if (n < 1 || n > FH_SHOW_PARTS_MAX)
		return fh_error_set(err, _("internal error: %zu parts to show"), n);
	for (size_t k = 0; k < n; k++) {
		if (fh_db_prepare(db, &st[k], parts[k].sql, err))
			goto done;
		sqlite3_bind_int64(st[k], 1, id);
	}
	/* Every query is prepared before the first is read: the record's row stays valid. */
	if ((step = sqlite3_step(st[0])) != SQLITE_ROW) {
		if (step == SQLITE_DONE)
			fh_error_set(err, _("nothing to show with id %lld"), (long long)id);
		else
			fh_db_error(db, err, _("cannot read the record to show"));
		goto done;
	}
	if (show->format == FH_FORMAT_JSON) {
		rc = show_json(db, show, parts, st, n, err);
		goto done;
	}
	for (size_t k = 0; k < n; k++) {
		if (k && putc('\n', show->fp) == EOF) {
			fh_error_set(err, _("cannot write output: %s"), strerror(errno));
			goto done;
		}
		if (show_table(db, show, st[k], k == 0, err))
			goto done;
	}
	rc = 0;
done:
	for (size_t k = 0; k < n; k++)
		sqlite3_finalize(st[k]);
	return rc;
}
