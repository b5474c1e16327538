/*
 * fh's search tokenizer as a loadable SQLite extension, so that the plain
 * sqlite3 shell can write to reports (whose search index needs it):
 *   sqlite3 -cmd '.load build/fh_bigram' fh.db
 * The benchmarks use it to run the same work in the shell.
 */
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT1

/* The same source as libfh's, its SQLite calls routed through the extension API. */
#include "../lib/report/tokenizer.c"

int sqlite3_fhbigram_init(sqlite3 *db, char **errmsg, const sqlite3_api_routines *api);

int sqlite3_fhbigram_init(sqlite3 *db, char **errmsg, const sqlite3_api_routines *api)
{
	SQLITE_EXTENSION_INIT2(api);
	(void)errmsg;
	return fh_tokenizer_register(db);
}
