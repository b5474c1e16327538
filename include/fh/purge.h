/*
 * Removing a person's data on request while keeping the station's counts:
 * the member's row stays (so reports, activities and statistics still add
 * up) but everything that identifies them is erased.
 */
#ifndef FH_PURGE_H
#define FH_PURGE_H

#include "fh/db.h"
#include "fh/error.h"

/*
 * In the caller's transaction, erases the personal data of the member with
 * code: name (replaced by "已删除"), contact, phone, address, coordinates
 * and note; marks the member as left if it had not; ends a leader term it
 * holds; and removes its name from meeting attendance.  Returns 0, or -1
 * with err ("unknown member 'S9'").
 */
int fh_purge_member(struct fh_db *db, const char *code, struct fh_error *err);

#endif
