/*
 * libFuzzer target: a small roster built from the input (zones, groups,
 * members and teams whose values are input bytes, invalid UTF-8 and
 * control characters included, written with raw SQL as a damaged database
 * would hold them) is exported as YAML and as CSV.  An export either fails
 * with an error, or its import into an empty database succeeds and the
 * second export is byte-identical to the first.  Dates and codes vary
 * too: calendar dates of any day, month and year the export can write
 * (impossible ones such as 2026-02-30 included), codes of any length from
 * the characters codes hold, and now and then raw bytes in their place
 * (a '2026-13-45' put in with the sqlite3 shell), which the export must
 * refuse rather than write.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fh/db.h"
#include "fh/out.h"
#include "fh/roster.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The input, consumed a length-prefixed value at a time. */
struct input {
	const uint8_t *p;
	size_t left;
};

static const char *const phones[] = { NULL, "13800138000", "010-12345678" };
static struct fh_db *src, *dst;
static char src_path[64], dst_path[64];

/* What a round trip leaves behind, deleted before the next input. */
static const char wipe[] =
	"DELETE FROM team_members; DELETE FROM leader_terms; DELETE FROM members;"
	" DELETE FROM teams; DELETE FROM groups; DELETE FROM zones;"
	" DELETE FROM settings WHERE key = 'station'; DELETE FROM audit_rows; DELETE FROM audit;";

/*
 * Opens an empty database, once: creating one per input would cost far
 * more than the round trip.  It lives in /dev/shm where there is one, is
 * not synced, and lets its audit trail be wiped between inputs.
 */
static struct fh_db *open_empty(char path[64], const char *name)
{
	struct fh_error err;
	struct fh_db *db;

	snprintf(path, 64, "%s/fh-fuzz-rt-%ld-%s.db",
		 access("/dev/shm", W_OK) ? "/tmp" : "/dev/shm", (long)getpid(), name);
	fh_db_remove(path);
	if (fh_db_open(&db, path, FH_DB_CREATE, &err) ||
	    sqlite3_exec(db->sql, "PRAGMA synchronous = OFF; PRAGMA journal_mode = MEMORY;"
			 " PRAGMA locking_mode = EXCLUSIVE; DROP TRIGGER audit_no_delete;"
			 " DROP TRIGGER audit_rows_no_delete;", NULL, NULL, NULL) != SQLITE_OK)
		abort();
	return db;
}

/* libFuzzer ends with exit(): the databases go with it. */
static void remove_dbs(void)
{
	fh_db_close(src);
	fh_db_close(dst);
	fh_db_remove(src_path);
	fh_db_remove(dst_path);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc; (void)argv;
	src = open_empty(src_path, "src");
	dst = open_empty(dst_path, "dst");
	atexit(remove_dbs);
	return 0;
}

/*
 * Binds the next value of the input (up to 14 bytes; length 15 is NULL).
 * A name is required, so it is never empty, NULL or read as "" ("-" instead).
 */
static void bind_next(sqlite3_stmt *st, int col, struct input *in, int name)
{
	size_t n;

	if (!in->left) {
		sqlite3_bind_text(st, col, "x", 1, SQLITE_STATIC);
		return;
	}
	n = *in->p % 16;
	in->p++, in->left--;
	if (n > in->left && n != 15)
		n = in->left;
	if (name && (n == 0 || n == 15 || !*in->p)) {
		sqlite3_bind_text(st, col, "-", 1, SQLITE_STATIC);
		return;
	}
	if (n == 15) {
		sqlite3_bind_null(st, col);
		return;
	}
	sqlite3_bind_text(st, col, (const char *)in->p, (int)n, SQLITE_TRANSIENT);
	in->p += n, in->left -= n;
}

/* Takes the next byte of the input, or 0 at its end. */
static unsigned next_byte(struct input *in)
{
	if (!in->left)
		return 0;
	in->left--;
	return *in->p++;
}

/*
 * Binds a date from the next bytes: NULL, raw bytes (1 in 16), or a
 * YYYY-MM-DD of years 1900 to 2025, months 1 to 12 and days 1 to 31, so
 * that 2024-02-29 and 2025-02-29 come up as well as ordinary days.  Dates
 * stay in the past, as every command keeps them.
 */
static void bind_date(sqlite3_stmt *st, int col, struct input *in)
{
	unsigned k = next_byte(in), y, md;
	char buf[16];

	if (k % 16 == 0) {
		sqlite3_bind_null(st, col);
		return;
	}
	if (k % 16 == 1) {
		bind_next(st, col, in, 0);
		return;
	}
	y = 1900 + next_byte(in) % 126;
	md = next_byte(in) * 256 + next_byte(in);
	snprintf(buf, sizeof(buf), "%04u-%02u-%02u", y, 1 + md / 31 % 12, 1 + md % 31);
	sqlite3_bind_text(st, col, buf, -1, SQLITE_TRANSIENT);
}

/*
 * Binds a code from the next bytes: 1 to 8 characters of those codes are
 * made of (letters, digits, '-', '_', a Chinese character), or raw bytes
 * (1 in 16).  Codes often repeat, so that references find their records.
 */
static void bind_code(sqlite3_stmt *st, int col, struct input *in)
{
	static const char *const chars[] = {
		"A", "B", "z", "0", "7", "-", "_", "Z", "区", "1", "G", "S", "T", "9", ".", "a",
	};
	unsigned k = next_byte(in), n = 1 + k / 16 % 8;
	char buf[32] = "";

	if (k % 16 == 1) {
		bind_next(st, col, in, 0);
		return;
	}
	for (unsigned i = 0; i < n; i++)
		strcat(buf, chars[next_byte(in) % 16 % (k % 16 ? 4 : 16)]);
	sqlite3_bind_text(st, col, buf, -1, SQLITE_TRANSIENT);
}

/*
 * Binds a phone picked by the next byte: phones are normalised on the way
 * in, so raw bytes there are refused by design (fh check finds them); the
 * free-text fields are where raw bytes go.
 */
static void bind_pick(sqlite3_stmt *st, int col, struct input *in, const char *const *set)
{
	unsigned n = 0;

	if (in->left)
		n = *in->p++ % 3, in->left--;
	if (set[n])
		sqlite3_bind_text(st, col, set[n], -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, col);
}

/* Runs sql once per row, each '?' bound to the next value; failures are skipped. */
static void insert(sqlite3 *sql, const char *text, int rows, struct input *in)
{
	sqlite3_stmt *st;

	if (sqlite3_prepare_v2(sql, text, -1, &st, NULL) != SQLITE_OK)
		abort();
	for (int r = 0; r < rows; r++) {
		for (int c = 1; c <= sqlite3_bind_parameter_count(st); c++) {
			const char *name = sqlite3_bind_parameter_name(st, c);

			if (name && !strcmp(name, ":date"))
				bind_date(st, c, in);
			else if (name && !strcmp(name, ":name"))
				bind_next(st, c, in, 1);
			else if (name && !strcmp(name, ":code"))
				bind_code(st, c, in);
			else if (name && !strcmp(name, ":phone"))
				bind_pick(st, c, in, phones);
			else
				bind_next(st, c, in, 0);
		}
		sqlite3_step(st);
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
}

static void build(struct fh_db *db, struct input *in)
{
	insert(db->sql, "INSERT OR REPLACE INTO settings(key, value) VALUES ('station', ?)", 1, in);
	insert(db->sql, "INSERT INTO zones(code, name) VALUES (:code, :name)", 3, in);
	insert(db->sql, "INSERT INTO groups(code, zone_id, name, formed_on, dissolved_on, note)"
	       " VALUES (:code, (SELECT min(id) FROM zones), ?, :date, :date, ?)", 2, in);
	insert(db->sql, "INSERT INTO teams(code, name, zone_id)"
	       " VALUES (:code, :name, (SELECT max(id) FROM zones))", 1, in);
	insert(db->sql, "INSERT INTO members(code, kind, name, contact, phone, address, zone_id,"
	       " group_id, joined_on, left_on, note) VALUES (:code, 'shop', :name, ?, :phone, ?,"
	       " coalesce((SELECT zone_id FROM groups ORDER BY id DESC LIMIT 1),"
	       " (SELECT max(id) FROM zones)), (SELECT max(id) FROM groups), :date, :date, ?)", 3, in);
	/*
	 * Relations stay consistent: only the values are damaged.  A term
	 * starts no earlier than its leader joined, as fh_leader_start requires.
	 */
	insert(db->sql, "INSERT INTO leader_terms(group_id, member_id, started_on)"
	       " SELECT group_id, id, max(:date, coalesce(joined_on, '')) FROM members"
	       " WHERE group_id IS NOT NULL AND left_on IS NULL ORDER BY id LIMIT 1", 1, in);
	insert(db->sql, "INSERT INTO team_members(team_id, member_id)"
	       " SELECT (SELECT min(id) FROM teams), (SELECT max(id) FROM members)"
	       " WHERE ? IS NOT NULL", 1, in);
}

/* Exports db as YAML or CSV into a new buffer *buf; returns 0 or -1. */
static int export(struct fh_db *db, int csv, char **buf, size_t *len)
{
	struct fh_error err;
	FILE *fp = open_memstream(buf, len);
	int rc;

	if (!fp)
		abort();
	if (csv) {
		struct fh_out *out = fh_out_new(fp, FH_FORMAT_CSV, FH_OUT_REVEAL);

		if (!out)
			abort();
		rc = fh_roster_export(db, out, &err);
		if (fh_out_finish(out))
			rc = -1;
		fh_out_free(out);
	} else {
		rc = fh_roster_export_yaml(db, fp, &err);
	}
	fclose(fp);
	return rc;
}

/* Imports buf (format fmt) into db; returns 0 or -1 with err set. */
static int import(struct fh_db *db, const char *buf, size_t len, enum fh_roster_format fmt,
		  struct fh_error *err)
{
	struct fh_roster_stats stats;
	FILE *fp = fmemopen((void *)buf, len, "r");
	int rc;

	if (!fp)
		abort();
	rc = fh_roster_import(db, fp, "fuzz", fmt, 0, &stats, err);
	fclose(fp);
	return rc;
}

/*
 * The import of an export must succeed, and export again to the same
 * bytes.  Returns 0 after a round trip, -1 when the export was refused.
 */
static int round_trip(struct fh_db *from, struct fh_db *to, int csv)
{
	struct fh_error err;
	char *one = NULL, *two = NULL;
	size_t n1 = 0, n2 = 0;
	int rc = export(from, csv, &one, &n1);

	if (rc == 0) {
		if (import(to, one, n1, csv ? FH_ROSTER_CSV : FH_ROSTER_YAML, &err)) {
			fprintf(stderr, "import of the %s export failed: %s\n%.*s\n",
				csv ? "CSV" : "YAML", err.msg, (int)n1, one);
			abort();
		}
		if (export(to, csv, &two, &n2) || n1 != n2 || memcmp(one, two, n1)) {
			fprintf(stderr, "second %s export differs:\n%.*s\n---\n%.*s\n",
				csv ? "CSV" : "YAML", (int)n1, one, (int)n2, two ? two : "");
			abort();
		}
	}
	free(one);
	free(two);
	return rc;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct input in = { data, size };

	if (size > 1024)
		return 0;
	/* The source roster lives in a transaction rolled back at the end. */
	if (sqlite3_exec(src->sql, "BEGIN", NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_exec(dst->sql, wipe, NULL, NULL, NULL) != SQLITE_OK)
		abort();
	build(src, &in);
	/* CSV holds members only: it is imported over the YAML import's zones. */
	if (!round_trip(src, dst, 0))
		round_trip(src, dst, 1);
	sqlite3_exec(src->sql, "ROLLBACK", NULL, NULL, NULL);
	return 0;
}
