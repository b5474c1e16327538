/*
 * Unit tests of lib/report/search.c: the FTS5 query made of what a user types,
 * and its answers checked against LIKE on the base table (the oracle) for
 * random Chinese substrings of one to four characters.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "fh/db.h"
#include "fh/out.h"
#include "fh/report.h"
#include "fh/search.h"

static void expect_query(const char *text, const char *want)
{
	struct fh_error err = { 0 };
	char *q = fh_search_query(text, &err);

	if (!q)
		fail_msg("%s: %s", text, err.msg);
	assert_string_equal(q, want);
	free(q);
}

static void query_quotes_each_word_as_a_phrase(void **state)
{
	(void)state;
	expect_query("纠纷", "\"纠纷\"");
	expect_query("  电动车   楼道 ", "\"电动车\" \"楼道\"");
	expect_query("钱包\xe3\x80\x80手机", "\"钱包\" \"手机\"");
	expect_query("a\"b", "\"a\"\"b\"");
	expect_query("\"", "\"\"\"\"");
	expect_query("OR NOT", "\"OR\" \"NOT\"");
}

static void query_refuses_empty_and_invalid_text(void **state)
{
	struct fh_error err = { 0 };

	(void)state;
	assert_null(fh_search_query("  \t", &err));
	assert_string_equal(err.msg, "the search text has no word");
	assert_null(fh_search_query("\xff", &err));
	assert_string_equal(err.msg, "the search text is not valid UTF-8");
}

/* The characters texts are made of: few, so that substrings recur. */
static const char *const alphabet[] = {
	"纠", "纷", "电", "动", "车", "楼", "道", "火", "灾", "钱", "包", "诈", "骗", "老", "人",
	"路", "口", "店", "A", "b", "1",
};
#define NALPHA (sizeof(alphabet) / sizeof(alphabet[0]))

/* Appends n random characters to buf. */
static void random_chars(char *buf, int n)
{
	for (int i = 0; i < n; i++)
		strcat(buf, alphabet[rand() % NALPHA]);
}

struct fixture {
	char path[64];
	struct fh_db *db;
	char texts[300][3][128];
};

static int setup_db(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));
	struct fh_error err = { 0 };
	sqlite3_stmt *stmt;
	int fd;

	snprintf(f->path, sizeof(f->path), "/tmp/fh-test-search-XXXXXX");
	fd = mkstemp(f->path);
	close(fd);
	unlink(f->path);
	if (fh_db_open(&f->db, f->path, FH_DB_CREATE, &err))
		fail_msg("%s", err.msg);
	assert_int_equal(sqlite3_prepare_v2(f->db->sql,
		"INSERT INTO reports(category, reported_at, text, place, notes) VALUES ('fire', '2026-01-01 00:00', ?1, ?2, ?3)",
		-1, &stmt, NULL), SQLITE_OK);
	srand(20261123);
	sqlite3_exec(f->db->sql, "BEGIN", NULL, NULL, NULL);
	for (int i = 0; i < 300; i++) {
		for (int c = 0; c < 3; c++) {
			f->texts[i][c][0] = '\0';
			random_chars(f->texts[i][c], c == 0 ? 5 + rand() % 20 : rand() % 6);
			/* Some texts have words apart, as typed with spaces. */
			if (c == 0 && i % 7 == 0) {
				strcat(f->texts[i][c], " ");
				random_chars(f->texts[i][c], 3);
			}
			if (c > 0 && !f->texts[i][c][0])
				sqlite3_bind_null(stmt, c + 1);
			else
				sqlite3_bind_text(stmt, c + 1, f->texts[i][c], -1, SQLITE_STATIC);
		}
		assert_int_equal(sqlite3_step(stmt), SQLITE_DONE);
		sqlite3_reset(stmt);
	}
	sqlite3_exec(f->db->sql, "COMMIT", NULL, NULL, NULL);
	sqlite3_finalize(stmt);
	*state = f;
	return 0;
}

static int teardown_db(void **state)
{
	struct fixture *f = *state;

	fh_db_close(f->db);
	fh_db_remove(f->path);
	free(f);
	return 0;
}

/* The ids (as one string "1,5,9") that one query gives for words. */
static char *ids_of(struct fh_db *db, const char *sql, const char *const *words, int nwords,
		    const char *match)
{
	sqlite3_stmt *stmt;
	char *out = calloc(1, 8192);

	assert_int_equal(sqlite3_prepare_v2(db->sql, sql, -1, &stmt, NULL), SQLITE_OK);
	if (match) {
		sqlite3_bind_text(stmt, 1, match, -1, SQLITE_STATIC);
	} else {
		for (int i = 0; i < nwords; i++) {
			char like[64];

			snprintf(like, sizeof(like), "%%%s%%", words[i]);
			sqlite3_bind_text(stmt, i + 1, like, -1, SQLITE_TRANSIENT);
		}
	}
	while (sqlite3_step(stmt) == SQLITE_ROW) {
		char id[24];

		snprintf(id, sizeof(id), "%lld,", (long long)sqlite3_column_int64(stmt, 0));
		strcat(out, id);
	}
	sqlite3_finalize(stmt);
	return out;
}

/* Takes a random substring of 1 to 4 characters of a random stored text. */
static void random_substring(struct fixture *f, char *out)
{
	const char *t = f->texts[rand() % 300][rand() % 3];
	int nchars = 0, len = 1 + rand() % 4, start;
	const char *starts[64];

	for (const char *p = t; *p; p++)
		if ((*p & 0xC0) != 0x80 && *p != ' ')
			starts[nchars++] = p;
	if (!nchars) {
		strcpy(out, "纠纷");
		return;
	}
	start = rand() % nchars;
	{
		const char *from = starts[start], *to = from;

		for (int k = 0; k < len && *to && *to != ' '; k++) {
			to++;
			while ((*to & 0xC0) == 0x80)
				to++;
		}
		memcpy(out, from, (size_t)(to - from));
		out[to - from] = '\0';
	}
}

static void search_matches_the_like_oracle(void **state)
{
	struct fixture *f = *state;
	static const char like1[] =
		"SELECT id FROM reports WHERE (text LIKE ?1 OR place LIKE ?1 OR notes LIKE ?1) ORDER BY id";
	static const char like2[] =
		"SELECT id FROM reports WHERE (text LIKE ?1 OR place LIKE ?1 OR notes LIKE ?1)"
		" AND (text LIKE ?2 OR place LIKE ?2 OR notes LIKE ?2) ORDER BY id";
	static const char fts[] =
		"SELECT id FROM reports WHERE id IN (SELECT rowid FROM reports_fts WHERE reports_fts MATCH ?1) ORDER BY id";
	int nonempty = 0;

	srand(42);
	for (int round = 0; round < 400; round++) {
		char w1[32], w2[32], text[80];
		const char *words[2] = { w1, w2 };
		int nwords = 1 + (round % 3 == 0);
		struct fh_error err = { 0 };
		char *query, *want, *got;

		random_substring(f, w1);
		random_substring(f, w2);
		snprintf(text, sizeof(text), nwords == 2 ? "%s %s" : "%s", w1, w2);
		query = fh_search_query(text, &err);
		assert_non_null(query);
		want = ids_of(f->db, nwords == 2 ? like2 : like1, words, nwords, NULL);
		got = ids_of(f->db, fts, NULL, 0, query);
		if (strcmp(want, got))
			fail_msg("search '%s' (%s): LIKE gives %s, FTS gives %s", text, query, want, got);
		nonempty += *want != '\0';
		free(query);
		free(want);
		free(got);
	}
	/* The substrings were taken from the texts: most must be found. */
	assert_true(nonempty > 300);
}

static void list_search_finds_a_word_inside_a_sentence(void **state)
{
	struct fixture *f = *state;
	struct fh_report_filter filter = { .overdue = -1, .search = "纠纷" };
	struct fh_error err = { 0 };
	char *buf = NULL;
	size_t size = 0;
	long long count = 0;
	FILE *fp = open_memstream(&buf, &size);
	struct fh_out *out = fh_out_new(fp, FH_FORMAT_TSV, FH_OUT_NO_HEADER);

	assert_int_equal(sqlite3_exec(f->db->sql,
		"INSERT INTO reports(id, category, reported_at, text) VALUES (1000, 'dispute', '2026-01-01 00:00', '邻里因占道经营发生纠纷')",
		NULL, NULL, NULL), SQLITE_OK);
	setenv("FH_NOW", "2026-01-02 00:00", 1);
	if (fh_report_list(f->db, &filter, out, &count, &err))
		fail_msg("%s", err.msg);
	fh_out_finish(out);
	fh_out_free(out);
	fclose(fp);
	assert_non_null(strstr(buf, "1000\t2026-01-01 00:00\tdispute\t\t\topen\tnormal\t\t\t邻里因占道经营发生纠纷\t\t1\n"));
	free(buf);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(query_quotes_each_word_as_a_phrase),
		cmocka_unit_test(query_refuses_empty_and_invalid_text),
		cmocka_unit_test_setup_teardown(search_matches_the_like_oracle, setup_db, teardown_db),
		cmocka_unit_test_setup_teardown(list_search_finds_a_word_inside_a_sentence, setup_db, teardown_db),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
