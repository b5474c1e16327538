/*
 * Showing one roster record (a member, a group, a team): the record as
 * "field, value" rows, then its lists, each a table of its own separated
 * by an empty line.  Shared by the member, group and team modules.
 */
#ifndef FH_SHOW_H
#define FH_SHOW_H

#include <stdio.h>

#include "fh/db.h"
#include "fh/error.h"
#include "fh/out.h"

/* Where "show" commands write. */
struct fh_show {
	FILE *fp;
	enum fh_format format;
	unsigned flags;  /* FH_OUT_NO_HEADER, FH_OUT_REVEAL */
};

/*
 * Writes the rows of sql (bound to id) as a table, after an empty line
 * unless first.  Returns 0, or -1 with err set.
 */
int fh_show_block(struct fh_db *db, const struct fh_show *show, int first,
		  const char *sql, sqlite3_int64 id, struct fh_error *err);

/*
 * Writes the one row of sql (bound to id) as "field, value" rows, masking
 * phones unless revealed.  Returns 0, or -1 with err set.
 */
int fh_show_record(struct fh_db *db, const struct fh_show *show, const char *sql,
		   sqlite3_int64 id, struct fh_error *err);

#endif
