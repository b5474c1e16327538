/*
 * What makes fh sql safe to run any read-only query: an authorizer that
 * refuses writes and anything reaching beyond the database, and, unless
 * personal data is revealed, raw personal columns that read as NULL to
 * every query, with masking views in their place.
 */
#ifndef FH_SQLGUARD_H
#define FH_SQLGUARD_H

#include "fh/db.h"
#include "fh/error.h"

/*
 * Installs the guard on db's connection before the user's query is
 * prepared.  Unless reveal, members.phone and members.contact read as
 * NULL wherever a query names them (in a view, a CTE, a WHERE clause,
 * any expression), and a TEMP view members_v, shadowing the documented
 * one, gives them masked (138****8000, 张*) by looking them up itself,
 * so no expression over them can recover what the mask hides.  The
 * connection becomes read-only (query_only).  The guard lasts as long as
 * the connection, which is then for fh sql alone.
 * Returns 0, or -1 with err set.
 */
int fh_sqlguard_install(struct fh_db *db, int reveal, struct fh_error *err);

/* Frees what fh_sqlguard_install set up; call before closing db. */
void fh_sqlguard_release(struct fh_db *db);

/*
 * Writes into buf a runtime error of the user's query that cannot show
 * stored values: SQLite's message cut before the first quoted part (where
 * it repeats a value, as "bad JSON path: '...'"), then masked with
 * fh_mask_text.  Returns buf.
 */
char *fh_sqlguard_message(const char *msg, char *buf, size_t size);

#endif
