/*
 * Finding rows by the codes people type (zone Z1, group G037, member
 * S0001, team T1), or by the names tables show (zone 北区块, group
 * 北大街一组; members by code only), with the error message a user should
 * see; and a category by its code or label.  The one resolver of what
 * people type for these.
 */
#ifndef FH_LOOKUP_H
#define FH_LOOKUP_H

#include <stdio.h>
#include <stddef.h>
#include <sqlite3.h>

#include "fh/db.h"
#include "fh/error.h"

enum fh_entity { FH_ZONE, FH_GROUP, FH_MEMBER, FH_TEAM };

/*
 * Sets *id to the row id of the entity with code, or else (zones, groups,
 * teams) with that name.  Returns 0, or -1 with err saying e.g. "unknown
 * zone 'Z9'", that two rows have the name, or a database error.
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

/*
 * The same, the array holding the rows' ids rather than their codes, for
 * a query that compares a row id column (reports' zone_id, group_id,
 * member_id).
 */
int fh_lookup_filter_ids(struct fh_db *db, enum fh_entity kind, const char *list, char **json,
			 struct fh_error *err);

/*
 * The same for a comma list of categories, each a code or a label
 * (fh_lookup_category), into a JSON array of their codes.
 */
int fh_lookup_filter_categories(struct fh_db *db, const char *list, char **json,
				struct fh_error *err);

/*
 * Checks that code is a category's code.  Returns 0, or -1 with err
 * saying "unknown category 'x' (valid: fire, ...)" or a database error.
 */
int fh_lookup_category_check(struct fh_db *db, const char *code, struct fh_error *err);

/* fh_lookup for a filter: code NULL sets *id to 0 and is fine.  0 or -1. */
int fh_lookup_opt(struct fh_db *db, enum fh_entity kind, const char *code,
		  sqlite3_int64 *id, struct fh_error *err);

/* Room for a code in fh_lookup_code's buffer (a longer one stays as typed). */
#define FH_LOOKUP_CODE_MAX 256

/*
 * For a filter compared by code: when *s (a code or a name) is not NULL,
 * finds its row as fh_lookup does and points *s at its code, in buf.
 * Returns 0, or -1 with err set as fh_lookup sets it.
 */
int fh_lookup_code(struct fh_db *db, enum fh_entity kind, const char **s,
		   char buf[FH_LOOKUP_CODE_MAX], struct fh_error *err);

/*
 * A category as typed: s when it is a code (or unknown: the caller's
 * check names it), else the code whose label s is, copied into buf.
 */
const char *fh_lookup_category(struct fh_db *db, const char *s, char *buf, size_t size);

/* The entity's name for messages: "zone", "group", "member" or "team". */
const char *fh_entity_name(enum fh_entity kind);

#endif
