/*
 * The station's database: opening it the one way every tool does (WAL,
 * busy timeout, foreign keys, schema version), transactions, and the audit
 * trail that every write leaves in the same transaction.
 */
#ifndef FH_DB_H
#define FH_DB_H

#include <sqlite3.h>

#include "fh/error.h"

/* Flags of fh_db_open. */
#define FH_DB_CREATE   0x1u  /* create a new database; fail if the file exists */
#define FH_DB_READONLY 0x2u  /* open read-only (fh sql) */
#define FH_DB_BUREAU   0x4u  /* a bureau's file may be opened, as it is (fh sql) */

/* How long a command waits for another writer before failing, in ms. */
#define FH_DB_BUSY_TIMEOUT_MS 30000

struct fh_audit;

struct fh_db {
	sqlite3 *sql;            /* the connection, owned */
	char *path;              /* the file, owned */
	char *actor;             /* who is acting, for the audit trail, owned */
	char *command;           /* the command line, for the audit trail, owned */
	struct fh_audit *audit;  /* the rows changed in the open transaction */
	int in_transaction;
	/*
	 * Called by fh_db_commit just before COMMIT (NULL: nothing), so that
	 * a command's output is written while the change can still be undone:
	 * when it fails the transaction is rolled back.
	 */
	int (*before_commit)(void *ctx, struct fh_error *err);
	void *before_commit_ctx;
};

/*
 * The database path: opt when given, else $FH_DB, else "fh.db".
 * Returns a borrowed string.
 */
const char *fh_db_default_path(const char *opt);

/*
 * Opens the database at path into *out (owned by the caller, closed with
 * fh_db_close).  Without FH_DB_CREATE, a missing file is an error that
 * says to run 'fh init', a file that is not an fh database or has a newer
 * schema is refused, and an older schema is migrated in one transaction.
 * With FH_DB_CREATE, the file is created with mode 0600 and the schema
 * installed; an existing file is never overwritten.  A bureau's file is
 * refused unless FH_DB_BUREAU; "BUREAU::STATION_ID" opens, read-only, one
 * station of a bureau's file as if it were its own (fh_bureau_open_station).
 * Returns 0 or -1.
 */
int fh_db_open(struct fh_db **out, const char *path, unsigned flags,
	       struct fh_error *err);

/* Closes the database and frees it; an open transaction is rolled back. */
void fh_db_close(struct fh_db *db);

/* Removes a database file with its -wal, -shm and -journal files (a failed fh init's or backup's). */
void fh_db_remove(const char *path);

/*
 * Removes the files PREFIX followed by a process id (with their -wal,
 * -shm and -journal files) whose process no longer runs: the temporary
 * copies a killed fh init or fh backup left behind.
 */
void fh_db_remove_stale(const char *prefix);

/*
 * Moves the finished file tmp to path in one step, never replacing an
 * existing path ("already exists: not overwriting it").  Returns 0, or
 * -1 with err set and tmp left in place.
 */
int fh_db_install(const char *tmp, const char *path, struct fh_error *err);

/*
 * Copies db, as it is at one instant, into the empty file path (made by
 * the caller, with the mode the copy should have), named name in
 * messages; the copy is left in rollback-journal mode, one file.  Returns
 * 0, or -1 with err set (path may then hold a partial copy to remove).
 */
int fh_db_copy(struct fh_db *db, const char *path, const char *name, struct fh_error *err);

/*
 * sqlite3_open_v2 for a plain file name: a path starting with "file:" is
 * the file of that name, never a URI.  Returns SQLite's result code.
 */
int fh_db_sqlite_open(const char *path, sqlite3 **sql, int flags);

/* Sets who acts and the command line, for the audit trail (both copied). */
int fh_db_set_actor(struct fh_db *db, const char *actor, const char *command);

/*
 * Brings the schema of an open connection to version nsteps by running the
 * steps it lacks, all in one transaction.  A database newer than nsteps is
 * refused.  Returns 0 or -1.  Exposed so tests can migrate from an older
 * schema.
 */
int fh_db_migrate(sqlite3 *sql, const char *path, const char *const *steps,
		  int nsteps, struct fh_error *err);

/* Starts a write transaction (BEGIN IMMEDIATE).  Returns 0 or -1. */
int fh_db_begin(struct fh_db *db, struct fh_error *err);

/*
 * Records the audit entry for the transaction's changes, calls
 * db->before_commit and commits.  On failure rolls back and returns -1.
 */
int fh_db_commit(struct fh_db *db, struct fh_error *err);

/* Rolls back the open transaction, if any. */
void fh_db_rollback(struct fh_db *db);

/*
 * Prepares sql on db into *stmt (finalized by the caller).  Returns 0 or
 * -1 with err holding SQLite's message.
 */
int fh_db_prepare(struct fh_db *db, sqlite3_stmt **stmt, const char *sql,
		  struct fh_error *err);

/* Runs SQL without results.  Returns 0 or -1. */
int fh_db_exec(struct fh_db *db, const char *sql, struct fh_error *err);

/*
 * Sets err from SQLite's last error on db, saying what was being done.
 * Returns -1.
 */
int fh_db_error(struct fh_db *db, struct fh_error *err, const char *doing);

/* What erased personal data reads as, in a name or inside a text. */
#define FH_DB_ERASED "已删除"

/*
 * How many rows of table the open transaction has changed (inserted,
 * updated or deleted, each row once), as its audit entry will record
 * them; 0 outside a transaction.  fh purge says what it removed with it.
 */
long long fh_db_changed_rows(const struct fh_db *db, const char *table);

/*
 * In the open transaction, replaces every occurrence of each of values
 * (NULL-ended) in the text columns (NULL-ended; fh's own names, never
 * input) of table with FH_DB_ERASED.  Values of one character, ASCII
 * words of fewer than five and FH_DB_ERASED itself are skipped: they would
 * take innocent text with them; where values overlap, the longest is
 * erased.  Each column is read once whatever the number of values.  For
 * the module that writes table (see fh-schema(7)), to erase people's
 * names, phones or addresses from its free texts.  Returns 0 or -1.
 */
int fh_db_scrub(struct fh_db *db, const char *table, const char *const *columns,
		const char *const *values, struct fh_error *err);

/*
 * After a commit that erased data: rewrites the file from its live rows
 * (VACUUM), so that no free page or free space keeps an old value, and
 * empties the write-ahead log (a truncating checkpoint).  Fails when
 * another command holds the database, saying so.  Returns 0 or -1.
 */
int fh_db_leave_no_trace(struct fh_db *db, struct fh_error *err);

/* Reads a setting into a new string (caller frees), or NULL if unset. */
char *fh_db_setting(struct fh_db *db, const char *key);

#endif
