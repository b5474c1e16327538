/*
 * The consistency checks of `fh check`: SQLite's integrity check, the
 * search index, foreign keys, and each report's status against its last
 * event.  The queries live here, in lib/, and the command prints.
 */
#ifndef FH_DBCHECK_H
#define FH_DBCHECK_H

#include "fh/db.h"
#include "fh/error.h"

/*
 * Called with each problem found: what (the check's name, e.g.
 * "integrity", translated; NULL for the search index, whose message the
 * caller words) and text (one line).  ctx is the caller's.
 */
typedef void (*fh_dbcheck_sink)(void *ctx, const char *what, const char *text);

/*
 * Runs every check over db, handing each problem to sink.  Returns the
 * number of problems (0: the database is consistent), or -1 with err set
 * when a check could not run.
 */
int fh_dbcheck_run(struct fh_db *db, fh_dbcheck_sink sink, void *ctx, struct fh_error *err);

#endif
