/*
 * libFuzzer target: whatever a user types after --search, the query built
 * from it is either refused with an error or valid FTS5 that runs against
 * a reports_fts-like table with fh's tokenizer: never an FTS5 syntax error.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>

#include "fh/search.h"
#include "fh/tokenizer.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static sqlite3 *db;
static sqlite3_stmt *match;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc; (void)argv;
	if (sqlite3_open(":memory:", &db) != SQLITE_OK || fh_tokenizer_register(db) ||
	    sqlite3_exec(db, "CREATE VIRTUAL TABLE t USING fts5(text, tokenize = 'fh_bigram');"
			 "INSERT INTO t VALUES ('北大街路口电瓶车乱停'), ('a \"quoted\" word');",
			 NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "SELECT count(*) FROM t WHERE t MATCH ?", -1, &match, NULL) != SQLITE_OK)
		abort();
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fh_error err;
	char *text = malloc(size + 1);
	char *query;

	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	query = fh_search_query(text, &err);
	if (query) {
		sqlite3_bind_text(match, 1, query, -1, SQLITE_TRANSIENT);
		while (sqlite3_step(match) == SQLITE_ROW)
			;
		if (sqlite3_reset(match) != SQLITE_OK) {
			fprintf(stderr, "query %s: %s\n", query, sqlite3_errmsg(db));
			abort();
		}
		free(query);
	}
	free(text);
	return 0;
}
