/*
 * Zones, the station's areas of responsibility: the one module that
 * writes the zones table.
 */
#ifndef FH_ZONE_H
#define FH_ZONE_H

#include "fh/db.h"
#include "fh/error.h"
#include "fh/out.h"

/* Adds a zone.  Returns 0, or -1 when the code exists or on error. */
int fh_zone_add(struct fh_db *db, const char *code, const char *name,
		struct fh_error *err);

/* Writes the zones with their counts of groups and members.  0 or -1. */
int fh_zone_list(struct fh_db *db, struct fh_out *out, struct fh_error *err);

/*
 * Adds zone code or renames it, inside the caller's transaction (the
 * roster import).  Returns 0 with *id, or -1 with err set.
 */
int fh_zone_upsert(struct fh_db *db, sqlite3_stmt **cache, const char *code,
		   const char *name, sqlite3_int64 *id, struct fh_error *err);

#endif
