/*
 * Showing one record (a report, a member, a group, a team, an activity,
 * a meeting) with its lists (history, attendance, photos, ...): the one
 * writer of every "show" command.  In a table, TSV and CSV the record is
 * "field, value" rows, then each list a table of its own after an empty
 * line; in JSON it is one object on one line, values typed (numbers as
 * numbers, null as null), each list an array of objects under its name.
 */
#ifndef FH_SHOW_H
#define FH_SHOW_H

#include <stddef.h>
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

/* One part of what is shown: the record (the first part) or one of its lists. */
struct fh_show_part {
	const char *name;  /* the list's key in JSON (unused for the record) */
	const char *sql;   /* the query, its ?1 bound to the record's id */
};

/* The most parts one show may have. */
#define FH_SHOW_PARTS_MAX 8

/*
 * Writes the record that parts[0].sql returns for id (one row; none is an
 * error) and the lists of parts[1..n-1] onto show, phones and personal
 * numbers in text masked unless revealed.  Callers check that the record
 * exists first, to say so in their own words.  Returns 0, or -1 with err
 * set.
 */
int fh_show_write(struct fh_db *db, const struct fh_show *show, const struct fh_show_part *parts,
		  size_t n, sqlite3_int64 id, struct fh_error *err);

#endif
