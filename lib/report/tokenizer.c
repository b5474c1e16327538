#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>

#include "fh/tokenizer.h"

/* The tokenizer has no state; this object only gives FTS5 a handle. */
static int tokenizer_marker;

static int bigram_create(void *ctx, const char **args, int nargs, Fts5Tokenizer **out)
{
	(void)ctx;
	if (nargs > 0 && args)
		return SQLITE_ERROR;
	*out = (Fts5Tokenizer *)&tokenizer_marker;
	return SQLITE_OK;
}

static void bigram_delete(Fts5Tokenizer *tok)
{
	(void)tok;
}

/* Length in bytes of the UTF-8 character at s (1 for an invalid byte). */
static int char_len(const unsigned char *s, int avail)
{
	int n = *s < 0x80 ? 1 : (*s & 0xE0) == 0xC0 ? 2 : (*s & 0xF0) == 0xE0 ? 3 :
		(*s & 0xF8) == 0xF0 ? 4 : 1;

	if (n > avail)
		return 1;
	for (int i = 1; i < n; i++)
		if ((s[i] & 0xC0) != 0x80)
			return 1;
	return n;
}

static int is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Copies n bytes of s into buf, folding ASCII letters to lower case. */
static int fold(char *buf, const char *s, int n)
{
	for (int i = 0; i < n; i++)
		buf[i] = (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] - 'A' + 'a') : s[i];
	return n;
}

static int bigram_tokenize(Fts5Tokenizer *tok, void *ctx, int flags,
			   const char *text, int ntext,
			   int (*emit)(void *, int, const char *, int, int, int))
{
	const unsigned char *s = (const unsigned char *)text;
	int query = (flags & FTS5_TOKENIZE_QUERY) != 0;
	int i = 0;

	(void)tok;
	while (i < ntext) {
		int start, wordlen = 0, rc = SQLITE_OK;

		while (i < ntext && is_space(s[i]))
			i++;
		start = i;
		while (i < ntext && !is_space(s[i])) {
			i += char_len(s + i, ntext - i);
			wordlen++;
		}
		/* Walk the word [start, i) one character at a time. */
		for (int p = start, k = 0; p < i && rc == SQLITE_OK; k++) {
			char buf[8];
			int a = char_len(s + p, i - p);
			int b = p + a < i ? char_len(s + p + a, i - p - a) : 0;

			if (!query || wordlen == 1)
				rc = emit(ctx, 0, buf, fold(buf, text + p, a), p, p + a);
			if (rc == SQLITE_OK && b)
				rc = emit(ctx, query ? 0 : FTS5_TOKEN_COLOCATED, buf,
					  fold(buf, text + p, a + b), p, p + a + b);
			p += a;
		}
		if (rc != SQLITE_OK)
			return rc;
	}
	return SQLITE_OK;
}

int fh_tokenizer_register(sqlite3 *db)
{
	static fts5_tokenizer bigram = { bigram_create, bigram_delete, bigram_tokenize };
	fts5_api *api = NULL;
	sqlite3_stmt *stmt;
	int rc;

	rc = sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, NULL);
	if (rc != SQLITE_OK)
		return rc;
	sqlite3_bind_pointer(stmt, 1, (void *)&api, "fts5_api_ptr", NULL);
	sqlite3_step(stmt);
	rc = sqlite3_finalize(stmt);
	if (rc != SQLITE_OK)
		return rc;
	if (!api || api->iVersion < 2)
		return SQLITE_ERROR;
	return api->xCreateTokenizer(api, "fh_bigram", NULL, &bigram, NULL);
}
