/*
 * Equipment handed out to members and taken back: the one module that
 * writes the equipment_moves table.
 */
#ifndef FH_EQUIPMENT_H
#define FH_EQUIPMENT_H

#include "fh/db.h"
#include "fh/error.h"
#include "fh/out.h"

/* Hands count of item to member on date (not in the future).  0 or -1. */
int fh_equipment_issue(struct fh_db *db, const char *member, const char *item,
		       long long count, const char *date, struct fh_error *err);

/* Takes back count of item from member on date; no more than held.  0 or -1. */
int fh_equipment_return(struct fh_db *db, const char *member, const char *item,
			long long count, const char *date, struct fh_error *err);

/*
 * Writes who holds what, since when, filtered by zone and group (comma
 * lists, any of which matches) and item (a comma list too; NULL: any).
 */
int fh_equipment_list(struct fh_db *db, const char *zone, const char *group,
		      const char *item, struct fh_out *out, struct fh_error *err);

/*
 * For fh purge: in the caller's transaction, erases each of values
 * (NULL-ended: a person's name, contact, phone, address) wherever it
 * stands in the notes of equipment moves (fh_db_scrub).  Returns 0 or -1.
 */
int fh_equipment_scrub(struct fh_db *db, const char *const *values, struct fh_error *err);

#endif
