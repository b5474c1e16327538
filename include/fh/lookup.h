/*
 * Finding rows by the codes people type (zone Z1, group G037, member
 * S0001, team T1), with the error message a user should see.
 */
#ifndef FH_LOOKUP_H
#define FH_LOOKUP_H

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

/* The entity's name for messages: "zone", "group", "member" or "team". */
const char *fh_entity_name(enum fh_entity kind);

#endif
