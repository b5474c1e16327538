/*
 * Showing one roster record and its lists (see include/fh/show.h).
 */
#include <errno.h>
#include <string.h>

#include "fh/i18n.h"
#include "fh/mask.h"
#include "fh/show.h"

int fh_show_block(struct fh_db *db, const struct fh_show *show, int first,
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

int fh_show_record(struct fh_db *db, const struct fh_show *show, const char *sql,
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
