/*
 * One statement at a time, for the modules that write the roster one
 * change at a time (zone, member, group, team, equipment): prepare, bind
 * by a list of types, step, finalize.  The batch paths of the import keep
 * their own prepared statements instead.
 */
#ifndef FH_SQLRUN_H
#define FH_SQLRUN_H

#include "fh/db.h"
#include "fh/error.h"

/*
 * Runs sql with values bound by types ('t' a const char * text or NULL,
 * 'i' a sqlite3_int64).  A reading statement returns 1 if it gave a row
 * (its first column in *first when not NULL) or 0; a writing one returns
 * the rows it changed.  Returns -1 with err set on failure.
 */
int fh_sqlrun(struct fh_db *db, struct fh_error *err, sqlite3_int64 *first,
	      const char *sql, const char *types, ...);

/*
 * Runs a query bound to id giving one text, copied into a new string the
 * caller frees; NULL when there is no row, the text is NULL, or on error.
 */
char *fh_sqlrun_text(struct fh_db *db, const char *sql, sqlite3_int64 id);

/* Commits when status is 0, else rolls back.  Returns 0, or -1. */
int fh_sqlrun_finish(struct fh_db *db, int status, struct fh_error *err);

#endif
