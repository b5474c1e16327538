/*
 * Unit tests of lib/report/tokenizer.c: a quoted FTS5 phrase finds exactly the
 * texts that contain it as a substring, as LIKE on the base table does.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <sqlite3.h>

#include "fh/tokenizer.h"

static const char *const texts[] = {
	"邻里因占道经营发生纠纷", "北大街12号消防通道被电动车堵塞", "电动车违规充电，存在火灾隐患",
	"老人走失，已找回并送回家中", "接到电信诈骗电话，已劝阻", "和平街菜场门口两车剐蹭发生纠纷",
	"Found a WALLET near 生产路 bus stop", "钱包遗失在朱枫公路112号", "可疑人员在夜间徘徊",
	"电动自行车在楼道充电", "火灾", "纠", "12号楼 3单元 门口堆放杂物",
};

/* Counts rows of t matching sql with one bound text. */
static int count(sqlite3 *db, const char *sql, const char *arg)
{
	sqlite3_stmt *stmt;
	int n = -1;

	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &stmt, NULL), SQLITE_OK);
	sqlite3_bind_text(stmt, 1, arg, -1, SQLITE_TRANSIENT);
	if (sqlite3_step(stmt) == SQLITE_ROW)
		n = sqlite3_column_int(stmt, 0);
	sqlite3_finalize(stmt);
	return n;
}

static int setup(void **state)
{
	sqlite3 *db;

	if (sqlite3_open(":memory:", &db) != SQLITE_OK || fh_tokenizer_register(db) != SQLITE_OK)
		return -1;
	if (sqlite3_exec(db, "CREATE TABLE t(id INTEGER PRIMARY KEY, body TEXT);"
			 "CREATE VIRTUAL TABLE f USING fts5(body, content='t', content_rowid='id', tokenize='fh_bigram');",
			 NULL, NULL, NULL) != SQLITE_OK)
		return -1;
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		sqlite3_stmt *stmt;

		sqlite3_prepare_v2(db, "INSERT INTO t(body) VALUES (?1)", -1, &stmt, NULL);
		sqlite3_bind_text(stmt, 1, texts[i], -1, SQLITE_STATIC);
		sqlite3_step(stmt);
		sqlite3_finalize(stmt);
	}
	sqlite3_exec(db, "INSERT INTO f(f) VALUES ('rebuild')", NULL, NULL, NULL);
	*state = db;
	return 0;
}

static int teardown(void **state)
{
	sqlite3_close(*state);
	return 0;
}

/* Checks that MATCH on the quoted word and LIKE agree, and returns the count. */
static int agree(sqlite3 *db, const char *word)
{
	char phrase[256], like[256];
	int m, l;

	snprintf(phrase, sizeof(phrase), "\"%s\"", word);
	snprintf(like, sizeof(like), "%%%s%%", word);
	m = count(db, "SELECT count(*) FROM f WHERE f MATCH ?1", phrase);
	l = count(db, "SELECT count(*) FROM t WHERE body LIKE ?1", like);
	if (m != l)
		fail_msg("'%s': MATCH found %d, LIKE %d", word, m, l);
	return m;
}

static void two_character_words_are_found_inside_sentences(void **state)
{
	sqlite3 *db = *state;

	assert_int_equal(agree(db, "纠纷"), 2);
	assert_int_equal(agree(db, "电动车"), 2);
	assert_int_equal(agree(db, "火灾"), 2);
	assert_int_equal(agree(db, "钱包"), 1);
	assert_int_equal(agree(db, "诈骗"), 1);
}

static void single_characters_and_mixed_scripts_match_as_substrings(void **state)
{
	sqlite3 *db = *state;

	assert_int_equal(agree(db, "纠"), 3);
	assert_int_equal(agree(db, "12号"), 3);
	assert_int_equal(agree(db, "2号"), 3);
	assert_int_equal(agree(db, "wallet"), 1);
	assert_int_equal(agree(db, "ALLE"), 1);
	assert_int_equal(agree(db, "生产路"), 1);
	assert_int_equal(agree(db, "经纠"), 0);
}

static void every_substring_of_every_text_agrees_with_like(void **state)
{
	sqlite3 *db = *state;

	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		const char *s = texts[i];
		size_t len = strlen(s);

		/* Substrings of 1 to 4 characters starting at each character boundary. */
		for (size_t a = 0; a < len; a++) {
			if (((unsigned char)s[a] & 0xC0) == 0x80 || s[a] == ' ')
				continue;
			size_t b = a;

			for (int nchars = 1; nchars <= 4 && b < len; nchars++) {
				char word[64];

				b++;
				while (b < len && ((unsigned char)s[b] & 0xC0) == 0x80)
					b++;
				if (memchr(s + a, ' ', b - a) || memchr(s + a, '"', b - a))
					break;
				snprintf(word, sizeof(word), "%.*s", (int)(b - a), s + a);
				assert_true(agree(db, word) >= 1);
			}
		}
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(two_character_words_are_found_inside_sentences, setup, teardown),
		cmocka_unit_test_setup_teardown(single_characters_and_mixed_scripts_match_as_substrings, setup, teardown),
		cmocka_unit_test_setup_teardown(every_substring_of_every_text_agrees_with_like, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
