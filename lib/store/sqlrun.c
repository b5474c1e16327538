/*
 * Running one bound statement: the small helper the roster's modules
 * share, so that each of them writes its own table without repeating the
 * prepare/bind/step/finalize dance.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "fh/i18n.h"
#include "fh/sqlrun.h"

int fh_sqlrun(struct fh_db *db, struct fh_error *err, sqlite3_int64 *first,
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

char *fh_sqlrun_text(struct fh_db *db, const char *sql, sqlite3_int64 id)
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

int fh_sqlrun_finish(struct fh_db *db, int status, struct fh_error *err)
{
	if (status) {
		fh_db_rollback(db);
		return -1;
	}
	return fh_db_commit(db, err);
}
