/*
 * Report search: what a user types after --search turned into an FTS5
 * query over reports_fts, whose fh_bigram tokenizer gives every quoted
 * word the meaning "occurs as a substring" (see tokenizer.h).
 */
#ifndef FH_SEARCH_H
#define FH_SEARCH_H

#include "fh/db.h"
#include "fh/error.h"

/*
 * Builds the FTS5 query for text: each word (split at white space,
 * ASCII or the ideographic space U+3000) quoted as a phrase, with any
 * '"' doubled, the phrases joined by spaces so that all must occur.
 * Returns a new string (the caller frees it), or NULL with err set when
 * text has no word, is not UTF-8, or memory ran out.
 */
char *fh_search_query(const char *text, struct fh_error *err);

/*
 * Merges the search index into one segment, which drops what deleted and
 * changed reports left in it (FTS5 'optimize'): after fh purge, no erased
 * word remains in the index.  Returns 0 or -1.
 */
int fh_search_compact(struct fh_db *db, struct fh_error *err);

#endif
