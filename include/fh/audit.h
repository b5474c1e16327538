/*
 * Reading the audit trail that lib/store/db.c writes (one row per command that
 * changed the database, with what it changed).
 */
#ifndef FH_AUDIT_H
#define FH_AUDIT_H

#include "fh/db.h"
#include "fh/error.h"
#include "fh/out.h"

/* Which audit rows fh_audit_list writes; NULL or "" for no bound. */
struct fh_audit_filter {
	const char *since;  /* times at or after this (FH_TIME_LEN text) */
	const char *until;  /* times before this */
	const char *actor;  /* only this actor */
};

/*
 * Writes the audit rows that pass f to out, oldest first, as columns id,
 * at, actor, command, changes.  Returns 0, or -1 with err.
 */
int fh_audit_list(struct fh_db *db, const struct fh_audit_filter *f, struct fh_out *out,
		  struct fh_error *err);

#endif
