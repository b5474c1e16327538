/*
 * Finding rows by the codes people type (zone Z1, group G037, member
 * S0001, team T1), with the error message a user should see.
 */
#ifndef FH_LOOKUP_H
#define FH_LOOKUP_H

#include <stdio.h>
#include <sqlite3.h>

#include "fh/db.h"
#include "fh/error.h"

enum fh_entity { FH_ZONE, FH_GROUP, FH_MEMBER, FH_TEAM };

/*
 * Sets *id to the row id of the entity with code.  Returns 0, or -1 with
 * err saying e.g. "unknown zone 'Z9'" (or a database error).
 */
int fh_lookup(struct fh_db *db, enum fh_entity kind, const char *code,
	      sqlite3_int64 *id, struct fh_error *err);

/*
 * Checks that a filter's code exists, so that a typo is an error and not
 * an empty list.  code NULL (no filter) is fine.  Returns 0, or -1.
 */
int fh_lookup_check(struct fh_db *db, enum fh_entity kind, const char *code,
		    struct fh_error *err);

/*
 * For completion: writes to fp, one a line, the codes that begin with
 * prefix of what ("zone", "group", "member" (those who have not left),
 * "team" or "category").  Returns 0, or -1 with err set (an unknown what
 * is no error: nothing is written).
 */
int fh_lookup_complete(struct fh_db *db, const char *what, const char *prefix, FILE *fp,
		       struct fh_error *err);

/*
 * Reads a list command's filter, a comma list of codes of kind ("Z1,Z2";
 * fh(1): a filter given twice or as a comma list matches any of its
 * values), into *json, a JSON array of the codes for
 * "IN (SELECT value FROM json_each(?))" (malloc'd; NULL when list is
 * NULL).  Returns 0, or -1 with err naming the first unknown code.
 */
int fh_lookup_filter(struct fh_db *db, enum fh_entity kind, const char *list, char **json,
		     struct fh_error *err);

/*
 * The same for codes of a fixed list of fh/codes.h (an int, enum
 * fh_code_list), what naming them in the message ("unknown kind 'x'
 * (valid: ...)").
 */
int fh_lookup_filter_codes(int codes, const char *what, const char *list, char **json,
			   struct fh_error *err);

/* The entity's name for messages: "zone", "group", "member" or "team". */
const char *fh_entity_name(enum fh_entity kind);

#endif
