/* The notes of corrections (see include/fh/history.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fh/history.h"
#include "fh/i18n.h"
#include "fh/mask.h"
#include "fh/period.h"
#include "fh/text.h"

char *fh_history_mask(const char *s)
{
	size_t size = strlen(s) + 1;
	char *a = malloc(size), *b = malloc(size);

	if (a && b)
		fh_mask_digits(fh_mask_text(s, a, size), b, size);
	free(a);
	if (!a) {
		free(b);
		return NULL;
	}
	return b;
}

char *fh_history_diff(const char *const *names, char *const *old, char *const *now, int n,
		      int *changed)
{
	char *buf = NULL, *masked;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);

	*changed = 0;
	if (!fp)
		return NULL;
	for (int i = 0; i < n; i++) {
		const char *a = old[i] ? old[i] : "", *b = now[i] ? now[i] : "";

		if (!strcmp(a, b))
			continue;
		fprintf(fp, "%s%s '%s' -> '%s'", (*changed)++ ? "; " : "", names[i], a, b);
	}
	if (fclose(fp)) {
		free(buf);
		return NULL;
	}
	masked = fh_history_mask(buf);
	free(buf);
	return masked;
}

/* Runs sql bound to id, item (when not NULL; NULL for 0), now and the texts a, b, c; returns the step's result. */
static int run(struct fh_db *db, const char *sql, sqlite3_int64 id, const sqlite3_int64 *item,
	       const char *now, const char *a, const char *b, const char *c, struct fh_error *err)
{
	sqlite3_stmt *stmt;
	int rc, k = 2;

	if (fh_db_prepare(db, &stmt, sql, err))
		return SQLITE_ERROR;
	sqlite3_bind_int64(stmt, 1, id);
	if (item) {
		if (*item)
			sqlite3_bind_int64(stmt, k, *item);
		k++;
	}
	sqlite3_bind_text(stmt, k, now, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, k + 1, a, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, k + 2, b, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, k + 3, c, -1, SQLITE_STATIC);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		fh_db_error(db, err, _("cannot record the history"));
	return rc;
}

int fh_history_add(struct fh_db *db, const char *sql, sqlite3_int64 id, sqlite3_int64 item,
		   const char *action, const char *note, struct fh_error *err)
{
	struct fh_time t;
	char now[FH_TIME_LEN];

	if (fh_now(&t, err))
		return -1;
	fh_time_format(&t, now);
	return run(db, sql, id, &item, now, db->actor ? db->actor : "unknown", action, note,
		   err) == SQLITE_DONE ? 0 : -1;
}

int fh_history_cancel(struct fh_db *db, const char *update, const char *event, sqlite3_int64 id,
		      sqlite3_int64 item, const char *reason, struct fh_error *err)
{
	struct fh_time t;
	char now[FH_TIME_LEN], *note;
	int rc = -1;

	if (!reason || !*reason || !fh_text_utf8_valid(reason))
		return fh_error_usage(err, _("cancel needs a --reason (UTF-8 text, not empty)"));
	if (fh_now(&t, err))
		return -1;
	fh_time_format(&t, now);
	if (!(note = fh_history_mask(reason)))
		return fh_error_set(err, _("out of memory"));
	if (run(db, update, item ? item : id, NULL, now, note, NULL, NULL, err) == SQLITE_DONE &&
	    !fh_history_add(db, event, id, item, "cancelled", note, err))
		rc = 0;
	free(note);
	return rc;
}
