/*
 * The audit trail that lib/store/db.c writes (one row per command that
 * changed the database, with what it changed): the command line it keeps,
 * never holding a personal value, and reading it.
 */
#ifndef FH_AUDIT_H
#define FH_AUDIT_H

#include "fh/db.h"
#include "fh/error.h"
#include "fh/out.h"

/* What the audit trail records in place of a personal value. */
#define FH_AUDIT_REDACTED "***"

/*
 * The command line prog argv[1..argc-1] as the audit trail records it:
 * shell-quoted, with the value of every personal option (--name, --contact,
 * --phone, --address, --lat, --lon, --note, --text, --where, --reason,
 * --chair, --led-by, --owner, in any tool, abbreviated or not) and the
 * free-text operands of fh-report add and note and fh-meeting action add
 * replaced by FH_AUDIT_REDACTED, and personal numbers and digit runs left
 * anywhere else masked.  So the trail stays append-only and still never
 * holds what fh purge erases: it keeps who did what, when, on which codes
 * and ids.  Returns a new string (caller frees), or NULL when out of memory.
 */
char *fh_audit_command(const char *prog, int argc, char *const *argv);

/*
 * The command line fh_audit_command made, read back and made again, for
 * the lines recorded before values were redacted (the migration to schema
 * version 5 runs it on each).  Returns a new string (caller frees), or NULL
 * when out of memory.
 */
char *fh_audit_redact(const char *command);

/* Which audit rows fh_audit_list writes; NULL or "" for no bound. */
struct fh_audit_filter {
	const char *since;  /* times at or after this (FH_TIME_LEN text) */
	const char *until;  /* times before this */
	const char *actor;  /* only these actors (a comma list), or NULL */
};

/*
 * Writes the audit rows that pass f to out, oldest first, as columns id,
 * at, actor, command, changes.  Returns 0, or -1 with err.
 */
int fh_audit_list(struct fh_db *db, const struct fh_audit_filter *f, struct fh_out *out,
		  struct fh_error *err);

#endif
