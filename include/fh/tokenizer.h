/*
 * The FTS5 tokenizer "fh_bigram", which makes report search find any
 * substring, Chinese included (see ../shared/notes/chinese-search.md).
 *
 * A document is cut into words at white space.  Every character of a word
 * is indexed as itself and, at the same position, together with the next
 * character of the word.  A query word of one character matches its
 * unigram; a longer one is the chain of its bigrams, which as an FTS5
 * phrase matches exactly where the word occurs.  ASCII letters are folded
 * to lower case, as LIKE does.
 */
#ifndef FH_TOKENIZER_H
#define FH_TOKENIZER_H

#include <sqlite3.h>

/* Registers fh_bigram on db.  Returns an SQLite result code. */
int fh_tokenizer_register(sqlite3 *db);

#endif
