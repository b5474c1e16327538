/* SQLite declares the pre-update hook only when this is defined; Debian's library has it. */
#define SQLITE_ENABLE_PREUPDATE_HOOK 1

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fh/audit.h"
#include "fh/config.h"
#include "fh/bureau.h"
#include "fh/db.h"
#include "fh/period.h"
#include "fh/schema.h"
#include "fh/tokenizer.h"
#include "fh/i18n.h"
#include "fh/mask.h"

/*
 * The rows a transaction changed, as runs of consecutive ids per table
 * and operation, gathered by SQLite's pre-update hook.  A bulk import
 * collapses to one run per table, so the audit costs almost nothing.
 */
struct audit_run {
	int table;  /* index into tables */
	int op;     /* SQLITE_INSERT, SQLITE_UPDATE or SQLITE_DELETE */
	sqlite3_int64 first, last;
};

struct fh_audit {
	char **tables;
	int ntables;
	struct audit_run *runs;
	size_t nruns, cap;
	int oom;
};

static void sql_mask_text(sqlite3_context *ctx, int argc, sqlite3_value **argv);
static void sql_audit_redact(sqlite3_context *ctx, int argc, sqlite3_value **argv);

const char *fh_db_default_path(const char *opt)
{
	const char *env = getenv("FH_DB");

	if (opt && *opt)
		return opt;
	return env && *env ? env : "fh.db";
}

/*
 * SQLite's message, or a plainer one for I/O failures: the system's reason
 * when SQLite kept it, and the likely cause of a failed write otherwise.
 */
static const char *reason(sqlite3 *sql)
{
	int code = sqlite3_errcode(sql);
	int sys = sqlite3_system_errno(sql);

	if ((code == SQLITE_IOERR || code == SQLITE_FULL || code == SQLITE_CANTOPEN) && sys)
		return strerror(sys);
	if (code == SQLITE_FULL || sqlite3_extended_errcode(sql) == SQLITE_IOERR_WRITE)
		return _("cannot write: disk full or file too large");
	return sqlite3_errmsg(sql);
}

int fh_db_error(struct fh_db *db, struct fh_error *err, const char *doing)
{
	int code = sqlite3_errcode(db->sql);

	if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
		return fh_error_set(err, _("%s: database '%s' is busy (another command kept it locked for %d s)"),
				    doing, db->path, FH_DB_BUSY_TIMEOUT_MS / 1000);
	if (code == SQLITE_READONLY)
		return fh_error_set(err, _("%s: database '%s' is read-only"), doing, db->path);
	if (code == SQLITE_FULL)
		return fh_error_set(err, _("%s: disk full writing '%s'"), doing, db->path);
	return fh_error_set(err, "%s: %s", doing, reason(db->sql));
}

int fh_db_prepare(struct fh_db *db, sqlite3_stmt **stmt, const char *sql,
		  struct fh_error *err)
{
	if (sqlite3_prepare_v2(db->sql, sql, -1, stmt, NULL) != SQLITE_OK) {
		*stmt = NULL;
		return fh_db_error(db, err, _("cannot prepare a query"));
	}
	return 0;
}

int fh_db_exec(struct fh_db *db, const char *sql, struct fh_error *err)
{
	if (sqlite3_exec(db->sql, sql, NULL, NULL, NULL) != SQLITE_OK)
		return fh_db_error(db, err, _("database error"));
	return 0;
}

char *fh_db_setting(struct fh_db *db, const char *key)
{
	sqlite3_stmt *stmt;
	char *value = NULL;

	if (sqlite3_prepare_v2(db->sql, "SELECT value FROM settings WHERE key = ?1",
			       -1, &stmt, NULL) != SQLITE_OK)
		return NULL;
	sqlite3_bind_text(stmt, 1, key, -1, SQLITE_STATIC);
	if (sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_text(stmt, 0))
		value = strdup((const char *)sqlite3_column_text(stmt, 0));
	sqlite3_finalize(stmt);
	return value;
}

/* Reads an integer pragma; returns -1 with err set when the file is not a database. */
/*
 * Whether the directory of path lets this user make files: a database in
 * WAL mode cannot even be read where its -wal and -shm files cannot be
 * made, and SQLite then speaks of writing.
 */
static int dir_writable(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir;
	int ok;

	if (!slash)
		return access(".", W_OK) == 0;
	if (!(dir = strndup(path, slash == path ? 1 : (size_t)(slash - path))))
		return 1;
	ok = access(dir, W_OK) == 0;
	free(dir);
	return ok;
}

static int read_pragma(sqlite3 *sql, const char *path, const char *pragma,
		       int *value, struct fh_error *err)
{
	sqlite3_stmt *stmt;
	int rc;

	rc = sqlite3_prepare_v2(sql, pragma, -1, &stmt, NULL);
	if (rc == SQLITE_OK && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		*value = sqlite3_column_int(stmt, 0);
		rc = SQLITE_OK;
	}
	sqlite3_finalize(stmt);
	if (rc == SQLITE_NOTADB || rc == SQLITE_CORRUPT)
		return fh_error_set(err, _("'%s' is not an fh database (%s)"), path, sqlite3_errstr(rc));
	if ((rc == SQLITE_READONLY || rc == SQLITE_CANTOPEN) && !dir_writable(path))
		return fh_error_set(err, _("cannot read '%s': its directory is read-only, and SQLite"
					   " must make the files '%s-wal' and '%s-shm' beside it"),
				    path, path, path);
	if (rc != SQLITE_OK)
		return fh_error_set(err, _("cannot read '%s': %s"), path, sqlite3_errmsg(sql));
	return 0;
}

int fh_db_migrate(sqlite3 *sql, const char *path, const char *const *steps,
		  int nsteps, struct fh_error *err)
{
	char pragma[96];
	int version;

	/* A migration may redact the audit trail's old command lines. */
	if (sqlite3_create_function(sql, "fh_audit_redact", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
				    NULL, sql_audit_redact, NULL, NULL) != SQLITE_OK ||
	    sqlite3_exec(sql, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
		return fh_error_set(err, _("cannot migrate '%s': %s"), path, reason(sql));
	/* Read again inside the transaction: another process may have migrated it. */
	if (read_pragma(sql, path, "PRAGMA user_version", &version, err))
		goto fail;
	if (version > nsteps) {
		fh_error_set(err, _("database '%s' has schema version %d, newer than this fh knows (%d): upgrade fh"),
			     path, version, nsteps);
		goto fail;
	}
	for (int i = version; i < nsteps; i++) {
		if (sqlite3_exec(sql, steps[i], NULL, NULL, NULL) != SQLITE_OK) {
			fh_error_set(err, _("cannot migrate '%s' to schema version %d: %s"),
				     path, i + 1, reason(sql));
			goto fail;
		}
	}
	snprintf(pragma, sizeof(pragma), "PRAGMA user_version = %d; PRAGMA application_id = %d",
		 nsteps, FH_APPLICATION_ID);
	if (sqlite3_exec(sql, pragma, NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_exec(sql, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
		fh_error_set(err, _("cannot migrate '%s': %s"), path, reason(sql));
		goto fail;
	}
	return 0;
fail:
	sqlite3_exec(sql, "ROLLBACK", NULL, NULL, NULL);
	return -1;
}

/* Checks that the open file is an fh database and brings its schema up to date. */
static int check_schema(struct fh_db *db, unsigned flags, struct fh_error *err)
{
	const char *const *steps;
	int nsteps, app_id, version;

	steps = fh_schema_migrations(&nsteps);
	if (read_pragma(db->sql, db->path, "PRAGMA application_id", &app_id, err) ||
	    read_pragma(db->sql, db->path, "PRAGMA user_version", &version, err))
		return -1;
	/* A bureau's file is read as it is, by the tools that ask for it (fh sql). */
	if (!(flags & FH_DB_CREATE) && app_id == FH_BUREAU_APPLICATION_ID)
		return flags & FH_DB_BUREAU ? 0
		       : fh_error_set(err, _("'%s' is a bureau's file, not a station's: read it with fh sql"
					     " and fh-stats, feed it with fh bureau apply"), db->path);
	if (!(flags & FH_DB_CREATE) && app_id != FH_APPLICATION_ID)
		return fh_error_set(err, _("'%s' is not an fh database"), db->path);
	if (version > nsteps)
		return fh_error_set(err, _("database '%s' has schema version %d, newer than this fh knows (%d): upgrade fh"),
				    db->path, version, nsteps);
	if (version == nsteps)
		return 0;
	if (flags & FH_DB_READONLY || sqlite3_db_readonly(db->sql, "main") == 1)
		return fh_error_set(err, _("database '%s' has the old schema version %d and is opened read-only: run any writing fh command to migrate it"),
				    db->path, version);
	return fh_db_migrate(db->sql, db->path, steps, nsteps, err);
}

/*
 * Switches a database found in rollback-journal mode (restored from a
 * backup, or copied) back to WAL, where readers never block writers.
 * It needs the database to itself for a moment: when others have it open
 * this waits like any writer, and if it cannot, the next command tries.
 */
static void ensure_wal(struct fh_db *db)
{
	sqlite3_stmt *stmt;
	int wal = 1;

	if (sqlite3_db_readonly(db->sql, "main") == 1 ||
	    sqlite3_prepare_v2(db->sql, "PRAGMA journal_mode", -1, &stmt, NULL) != SQLITE_OK)
		return;
	if (sqlite3_step(stmt) == SQLITE_ROW)
		wal = !sqlite3_stricmp((const char *)sqlite3_column_text(stmt, 0), "wal");
	sqlite3_finalize(stmt);
	if (!wal)
		sqlite3_exec(db->sql, "PRAGMA journal_mode = WAL", NULL, NULL, NULL);
}

/* Creates the file with mode 0600 so that personal data is never readable by others. */
static int create_file(const char *path, struct fh_error *err)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);

	if (fd < 0 && errno == EEXIST)
		return fh_error_set(err, _("'%s' already exists: not overwriting it"), path);
	if (fd < 0)
		return fh_error_set(err, _("cannot create '%s': %s"), path, strerror(errno));
	close(fd);
	return 0;
}

void fh_db_remove(const char *path)
{
	size_t n = strlen(path) + 9;
	char *side = malloc(n);

	unlink(path);
	if (!side)
		return;
	snprintf(side, n, "%s-wal", path);
	unlink(side);
	snprintf(side, n, "%s-shm", path);
	unlink(side);
	/* A copy being written in rollback mode (fh backup's) leaves this one. */
	snprintf(side, n, "%s-journal", path);
	unlink(side);
	free(side);
}

void fh_db_remove_stale(const char *prefix)
{
	const char *slash = strrchr(prefix, '/');
	const char *base = slash ? slash + 1 : prefix;
	size_t dlen = slash ? (size_t)(slash - prefix) + 1 : 0, blen = strlen(base);
	char *dir = strndup(prefix, dlen ? dlen : 0), *path;
	struct dirent *e;
	DIR *d;

	if (!dir || !(d = opendir(dlen ? dir : "."))) {
		free(dir);
		return;
	}
	while ((e = readdir(d))) {
		const char *tail = e->d_name + blen;
		char *end;
		long pid;

		if (strncmp(e->d_name, base, blen) || !isdigit((unsigned char)*tail))
			continue;
		pid = strtol(tail, &end, 10);
		/* Only the main file is matched; fh_db_remove takes its companions. */
		if (*end || pid <= 0 || pid == (long)getpid() ||
		    kill((pid_t)pid, 0) == 0 || errno != ESRCH)
			continue;
		if (asprintf(&path, "%s%s", dir, e->d_name) < 0)
			break;
		fh_db_remove(path);
		free(path);
	}
	closedir(d);
	free(dir);
}

int fh_db_install(const char *tmp, const char *path, struct fh_error *err)
{
	/* Where renaming without replacing is not supported, a hard link does the same. */
	if (renameat2(AT_FDCWD, tmp, AT_FDCWD, path, RENAME_NOREPLACE) == 0)
		return 0;
	if (errno == EINVAL || errno == ENOSYS) {
		if (link(tmp, path) == 0) {
			unlink(tmp);
			return 0;
		}
	}
	if (errno == EEXIST)
		return fh_error_set(err, _("'%s' already exists: not overwriting it"), path);
	return fh_error_set(err, _("cannot create '%s': %s"), path, strerror(errno));
}

int fh_db_copy(struct fh_db *db, const char *path, const char *name, struct fh_error *err)
{
	sqlite3 *copy = NULL;
	sqlite3_backup *backup;
	int rc;

	if (fh_db_sqlite_open(path, &copy, SQLITE_OPEN_READWRITE) != SQLITE_OK) {
		fh_error_set(err, _("cannot open '%s': %s"), path, sqlite3_errmsg(copy));
		sqlite3_close(copy);
		return -1;
	}
	/*
	 * One step copies every page under one read transaction: the copy is
	 * the database at one instant, and in WAL mode writers go on meanwhile.
	 */
	if (!(backup = sqlite3_backup_init(copy, "main", db->sql, "main"))) {
		fh_error_set(err, _("cannot back up to '%s': %s"), name, sqlite3_errmsg(copy));
		sqlite3_close(copy);
		return -1;
	}
	rc = sqlite3_backup_step(backup, -1);
	sqlite3_backup_finish(backup);
	if (rc != SQLITE_DONE) {
		/* A failed write says more by the system's reason (disk full, file too large). */
		int sys = (rc & 0xff) == SQLITE_IOERR || (rc & 0xff) == SQLITE_FULL ? sqlite3_system_errno(copy) : 0;

		fh_error_set(err, _("cannot back up to '%s': %s"), name, sys ? strerror(sys) : sqlite3_errstr(rc));
		sqlite3_close(copy);
		return -1;
	}
	/* A copy is one file, whole without a -wal beside it. */
	if (sqlite3_exec(copy, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_close(copy) != SQLITE_OK) {
		fh_error_set(err, _("cannot finish '%s': %s"), name, sqlite3_errmsg(copy));
		sqlite3_close(copy);
		return -1;
	}
	return 0;
}

int fh_db_sqlite_open(const char *path, sqlite3 **sql, int flags)
{
	char *name = NULL;
	int rc;

	/*
	 * SQLite reads a name starting with "file:" as a URI (Debian's build
	 * turns URIs on), which could name another file or set options; a
	 * leading "./" makes it the plain file of that name.
	 */
	if (!strncmp(path, "file:", 5)) {
		size_t n = strlen(path) + 3;

		if (!(name = malloc(n))) {
			*sql = NULL;
			return SQLITE_NOMEM;
		}
		snprintf(name, n, "./%s", path);
	}
	rc = sqlite3_open_v2(name ? name : path, sql, flags & ~SQLITE_OPEN_URI, NULL);
	free(name);
	return rc;
}

int fh_db_open(struct fh_db **out, const char *path, unsigned flags,
	       struct fh_error *err)
{
	struct fh_db *db;
	struct stat st;
	int oflags = flags & FH_DB_READONLY ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;

	*out = NULL;
	/* "BUREAU::STATION_ID": one station of a bureau's file, read as its own file. */
	if (!(flags & FH_DB_CREATE) && fh_bureau_station_name(path))
		return fh_bureau_open_station(out, path, err);
	if (flags & FH_DB_CREATE) {
		if (create_file(path, err))
			return -1;
	} else if (stat(path, &st)) {
		if (errno == ENOENT)
			return fh_error_set(err, _("database '%s' does not exist: run 'fh init' to create it"), path);
		return fh_error_set(err, _("cannot open '%s': %s"), path, strerror(errno));
	} else if (S_ISDIR(st.st_mode)) {
		return fh_error_set(err, _("'%s' is a directory, not an fh database"), path);
	}

	db = calloc(1, sizeof(*db));
	if (!db || !(db->path = strdup(path))) {
		free(db);
		return fh_error_set(err, _("out of memory"));
	}
	if (fh_db_sqlite_open(path, &db->sql, oflags | SQLITE_OPEN_NOMUTEX) != SQLITE_OK) {
		fh_error_set(err, _("cannot open '%s': %s"), path,
			     db->sql ? sqlite3_errmsg(db->sql) : _("out of memory"));
		goto fail;
	}
	sqlite3_busy_timeout(db->sql, FH_DB_BUSY_TIMEOUT_MS);
	sqlite3_extended_result_codes(db->sql, 0);
	if (fh_tokenizer_register(db->sql) != SQLITE_OK) {
		fh_error_set(err, _("cannot register the search tokenizer: %s"), sqlite3_errmsg(db->sql));
		goto fail;
	}
	/* Erasure (fh purge) masks the numbers in a person's texts in SQL. */
	if (sqlite3_create_function(db->sql, "fh_mask_text", 1,
				    SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
				    NULL, sql_mask_text, NULL, NULL) != SQLITE_OK) {
		fh_error_set(err, _("out of memory"));
		goto fail;
	}
	if (flags & FH_DB_CREATE &&
	    sqlite3_exec(db->sql, "PRAGMA journal_mode = WAL", NULL, NULL, NULL) != SQLITE_OK) {
		fh_error_set(err, _("cannot create '%s': %s"), path, sqlite3_errmsg(db->sql));
		goto fail;
	}
	if (check_schema(db, flags, err))
		goto fail;
	if (!(flags & FH_DB_READONLY))
		ensure_wal(db);
	/* The station's clock, not the server's, from here on. */
	if (fh_config_use_timezone(db)) {
		fh_error_set(err, _("out of memory"));
		goto fail;
	}
	if (sqlite3_exec(db->sql, "PRAGMA foreign_keys = ON", NULL, NULL, NULL) != SQLITE_OK) {
		fh_db_error(db, err, _("cannot open the database"));
		goto fail;
	}
	*out = db;
	return 0;
fail:
	fh_db_close(db);
	if (flags & FH_DB_CREATE)
		fh_db_remove(path);
	return -1;
}

static void audit_free(struct fh_audit *a)
{
	if (!a)
		return;
	for (int i = 0; i < a->ntables; i++)
		free(a->tables[i]);
	free(a->tables);
	free(a->runs);
	free(a);
}

void fh_db_close(struct fh_db *db)
{
	if (!db)
		return;
	if (db->in_transaction)
		fh_db_rollback(db);
	sqlite3_close(db->sql);
	free(db->path);
	free(db->actor);
	free(db->command);
	free(db);
}

int fh_db_set_actor(struct fh_db *db, const char *actor, const char *command)
{
	char *a = strdup(actor), *c = strdup(command);

	if (!a || !c) {
		free(a);
		free(c);
		return -1;
	}
	free(db->actor);
	free(db->command);
	db->actor = a;
	db->command = c;
	return 0;
}

/* Tables whose changes are not themselves audited. */
static int is_unaudited(const char *table)
{
	/* sync_base_: the copy of the last export (fh sync export), no change of its own. */
	return !strcmp(table, "audit") || !strcmp(table, "audit_rows") ||
	       !strncmp(table, "reports_fts", 11) || !strncmp(table, "sqlite_", 7) ||
	       !strncmp(table, "sync_base_", 10);
}

static int audit_table_index(struct fh_audit *a, const char *table)
{
	char **p;

	for (int i = a->ntables - 1; i >= 0; i--)
		if (!strcmp(a->tables[i], table))
			return i;
	p = realloc(a->tables, (size_t)(a->ntables + 1) * sizeof(*p));
	if (!p)
		return -1;
	a->tables = p;
	if (!(p[a->ntables] = strdup(table)))
		return -1;
	return a->ntables++;
}

static void record_change(void *ctx, sqlite3 *sql, int op, const char *schema,
			  const char *table, sqlite3_int64 key1, sqlite3_int64 key2)
{
	struct fh_audit *a = ctx;
	sqlite3_int64 id = op == SQLITE_INSERT ? key2 : key1;
	struct audit_run *last;
	int t;

	(void)sql;
	if (strcmp(schema, "main") || is_unaudited(table) || a->oom)
		return;
	t = audit_table_index(a, table);
	if (t < 0) {
		a->oom = 1;
		return;
	}
	last = a->nruns ? &a->runs[a->nruns - 1] : NULL;
	/* A row the last run holds already (changed again by the next statement) adds nothing. */
	if (last && last->table == t && last->op == op &&
	    id >= last->first && id <= last->last + 1) {
		if (id > last->last)
			last->last = id;
	} else {
		if (a->nruns == a->cap) {
			size_t cap = a->cap ? a->cap * 2 : 16;
			struct audit_run *p = realloc(a->runs, cap * sizeof(*p));

			if (!p) {
				a->oom = 1;
				return;
			}
			a->runs = p;
			a->cap = cap;
		}
		a->runs[a->nruns++] = (struct audit_run){ t, op, id, id };
	}
}

int fh_db_begin(struct fh_db *db, struct fh_error *err)
{
	if (db->in_transaction)
		return fh_error_set(err, _("internal error: nested transaction"));
	db->audit = calloc(1, sizeof(*db->audit));
	if (!db->audit)
		return fh_error_set(err, _("out of memory"));
	if (sqlite3_exec(db->sql, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK) {
		fh_db_error(db, err, _("cannot start a transaction"));
		audit_free(db->audit);
		db->audit = NULL;
		return -1;
	}
	db->in_transaction = 1;
	sqlite3_preupdate_hook(db->sql, record_change, db->audit);
	return 0;
}

void fh_db_rollback(struct fh_db *db)
{
	if (!db->in_transaction)
		return;
	sqlite3_preupdate_hook(db->sql, NULL, NULL);
	sqlite3_exec(db->sql, "ROLLBACK", NULL, NULL, NULL);
	audit_free(db->audit);
	db->audit = NULL;
	db->in_transaction = 0;
}

/* Writes the audit entry and its runs of changed rows. */
static int write_audit(struct fh_db *db, struct fh_error *err)
{
	static const char *const ops[] = {
		[SQLITE_INSERT] = "insert", [SQLITE_UPDATE] = "update", [SQLITE_DELETE] = "delete",
	};
	struct fh_audit *a = db->audit;
	sqlite3_stmt *stmt = NULL;
	char now[FH_TIME_LEN];
	struct fh_time t;
	sqlite3_int64 audit_id;
	int rc;

	if (a->oom)
		return fh_error_set(err, _("out of memory recording the audit trail"));
	if (fh_now(&t, err))
		return -1;
	fh_time_format(&t, now);
	if (fh_db_prepare(db, &stmt, "INSERT INTO audit(at, actor, command) VALUES (?1, ?2, ?3)", err))
		return -1;
	sqlite3_bind_text(stmt, 1, now, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 2, db->actor ? db->actor : "unknown", -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 3, db->command ? db->command : "", -1, SQLITE_STATIC);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return fh_db_error(db, err, _("cannot record the audit trail"));
	audit_id = sqlite3_last_insert_rowid(db->sql);
	if (fh_db_prepare(db, &stmt, "INSERT INTO audit_rows(audit_id, tbl, op, first_id, last_id) VALUES (?1, ?2, ?3, ?4, ?5)", err))
		return -1;
	rc = SQLITE_DONE;
	for (size_t i = 0; i < a->nruns && rc == SQLITE_DONE; i++) {
		sqlite3_bind_int64(stmt, 1, audit_id);
		sqlite3_bind_text(stmt, 2, a->tables[a->runs[i].table], -1, SQLITE_STATIC);
		sqlite3_bind_text(stmt, 3, ops[a->runs[i].op], -1, SQLITE_STATIC);
		sqlite3_bind_int64(stmt, 4, a->runs[i].first);
		sqlite3_bind_int64(stmt, 5, a->runs[i].last);
		rc = sqlite3_step(stmt);
		sqlite3_reset(stmt);
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return fh_db_error(db, err, _("cannot record the audit trail"));
	return 0;
}

int fh_db_commit(struct fh_db *db, struct fh_error *err)
{
	if (!db->in_transaction)
		return fh_error_set(err, _("internal error: commit without a transaction"));
	sqlite3_preupdate_hook(db->sql, NULL, NULL);
	if (write_audit(db, err))
		goto fail;
	if (db->before_commit && db->before_commit(db->before_commit_ctx, err))
		goto fail;
	if (sqlite3_exec(db->sql, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
		fh_db_error(db, err, _("cannot commit"));
		goto fail;
	}
	audit_free(db->audit);
	db->audit = NULL;
	db->in_transaction = 0;
	return 0;
fail:
	fh_db_rollback(db);
	return -1;
}

/* Orders runs by their first id. */
static int run_cmp(const void *a, const void *b)
{
	const struct audit_run *x = a, *y = b;

	return x->first < y->first ? -1 : x->first > y->first;
}

long long fh_db_changed_rows(const struct fh_db *db, const char *table)
{
	const struct fh_audit *a = db->audit;
	struct audit_run *runs;
	size_t n = 0;
	long long rows = 0;
	sqlite3_int64 upto = 0;

	if (!a || !(runs = malloc((a->nruns + 1) * sizeof(*runs))))
		return 0;
	for (size_t i = 0; i < a->nruns; i++)
		if (!strcmp(a->tables[a->runs[i].table], table))
			runs[n++] = a->runs[i];
	/* A row changed by several statements is in several runs: count the union of the ranges. */
	qsort(runs, n, sizeof(*runs), run_cmp);
	for (size_t i = 0; i < n; i++) {
		sqlite3_int64 from = i && runs[i].first <= upto ? upto + 1 : runs[i].first;

		if (runs[i].last >= from)
			rows += runs[i].last - from + 1;
		if (!i || runs[i].last > upto)
			upto = runs[i].last;
	}
	free(runs);
	return rows;
}

/*
 * Whether v is worth erasing wherever it stands in a text: a value of one
 * character (a surname alone) or a short ASCII word would take innocent
 * text with it.
 */
static int scrub_worthy(const char *v)
{
	size_t chars = 0, ascii = 1;

	for (const unsigned char *p = (const unsigned char *)v; *p; p++) {
		chars += (*p & 0xC0) != 0x80;
		ascii &= *p < 0x80;
	}
	return chars >= (ascii ? 5 : 2) && strcmp(v, FH_DB_ERASED);
}

/* Buckets of the values a scrub looks for, by their first two characters. */
#define SCRUB_BUCKETS 4096

/*
 * The values one fh_db_scrub erases, found by their first two characters
 * (every value has two), so that a text is read once whatever their
 * number: a purge of thousands of members reads each table once.
 */
struct scrub_set {
	const char *const *values;
	size_t *len;                    /* strlen of each value */
	size_t *next;                   /* the next value in its bucket, + 1 */
	size_t head[SCRUB_BUCKETS];     /* the first value of each bucket, + 1 */
};

/* Bytes of the first two UTF-8 characters at s, or 0 when s has fewer. */
static size_t two_chars(const char *s)
{
	size_t n = 0;

	for (int c = 0; c < 2; c++) {
		if (!s[n])
			return 0;
		n++;
		while ((s[n] & 0xC0) == 0x80)
			n++;
	}
	return n;
}

static unsigned scrub_bucket(const char *s, size_t n)
{
	unsigned h = 2166136261u;

	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h % SCRUB_BUCKETS;
}

/* fh_scrub(x) in SQL: x with every value of the set (the longest first) replaced by FH_DB_ERASED. */
static void sql_scrub(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const struct scrub_set *set = sqlite3_user_data(ctx);
	const char *s = (const char *)sqlite3_value_text(argv[0]);
	size_t w = 0, i = 0, n;
	char *out;

	(void)argc;
	if (!s) {
		sqlite3_result_null(ctx);
		return;
	}
	/* A value has 3 bytes at least, FH_DB_ERASED 9: the text grows 3 times at most. */
	if (!(out = malloc(3 * strlen(s) + sizeof(FH_DB_ERASED)))) {
		sqlite3_result_error_nomem(ctx);
		return;
	}
	while (s[i]) {
		size_t best = 0;

		if ((n = two_chars(s + i)))
			for (size_t k = set->head[scrub_bucket(s + i, n)]; k; k = set->next[k - 1])
				if (set->len[k - 1] > best && !strncmp(s + i, set->values[k - 1], set->len[k - 1]))
					best = set->len[k - 1];
		if (best) {
			memcpy(out + w, FH_DB_ERASED, sizeof(FH_DB_ERASED) - 1);
			w += sizeof(FH_DB_ERASED) - 1;
			i += best;
			continue;
		}
		do
			out[w++] = s[i++];
		while ((s[i] & 0xC0) == 0x80);
	}
	out[w] = '\0';
	sqlite3_result_text(ctx, out, (int)w, free);
}

/* Fills set with the values worth erasing; returns how many, or -1 when out of memory. */
static long scrub_set_init(struct scrub_set *set, const char *const *values)
{
	size_t n = 0;
	long worthy = 0;

	while (values[n])
		n++;
	memset(set->head, 0, sizeof(set->head));
	set->values = values;
	set->len = calloc(n + 1, sizeof(*set->len));
	set->next = calloc(n + 1, sizeof(*set->next));
	if (!set->len || !set->next)
		return -1;
	for (size_t i = 0; i < n; i++) {
		unsigned b;

		if (!scrub_worthy(values[i]))
			continue;
		set->len[i] = strlen(values[i]);
		b = scrub_bucket(values[i], two_chars(values[i]));
		set->next[i] = set->head[b];
		set->head[b] = i + 1;
		worthy++;
	}
	return worthy;
}

int fh_db_scrub(struct fh_db *db, const char *table, const char *const *columns,
		const char *const *values, struct fh_error *err)
{
	struct scrub_set *set = malloc(sizeof(*set));
	long worthy = set ? scrub_set_init(set, values) : -1;
	int rc = SQLITE_DONE;

	if (worthy < 0 || sqlite3_create_function(db->sql, "fh_scrub", 1, SQLITE_UTF8, set,
						  sql_scrub, NULL, NULL) != SQLITE_OK) {
		rc = SQLITE_NOMEM;
		worthy = 0;
	}
	for (; worthy > 0 && *columns && rc == SQLITE_DONE; columns++) {
		sqlite3_stmt *st;
		char *sql = sqlite3_mprintf("UPDATE \"%w\" SET \"%w\" = fh_scrub(\"%w\")"
					    " WHERE fh_scrub(\"%w\") <> \"%w\"",
					    table, *columns, *columns, *columns, *columns);

		if (!sql || sqlite3_prepare_v2(db->sql, sql, -1, &st, NULL) != SQLITE_OK) {
			rc = sql ? SQLITE_ERROR : SQLITE_NOMEM;
		} else {
			rc = sqlite3_step(st);
			sqlite3_finalize(st);
		}
		sqlite3_free(sql);
	}
	/* The function's set is about to go: no statement may call it after. */
	sqlite3_create_function(db->sql, "fh_scrub", 1, SQLITE_UTF8, NULL, NULL, NULL, NULL);
	if (set) {
		free(set->len);
		free(set->next);
	}
	free(set);
	if (rc == SQLITE_NOMEM)
		return fh_error_set(err, _("out of memory"));
	return rc == SQLITE_DONE ? 0 : fh_db_error(db, err, _("cannot erase personal data"));
}

int fh_db_leave_no_trace(struct fh_db *db, struct fh_error *err)
{
	sqlite3_stmt *st;
	int rc, busy = 1;

	if (db->in_transaction)
		return fh_error_set(err, _("internal error: erasing traces inside a transaction"));
	/*
	 * VACUUM rewrites the file from its live rows alone, so no free page or
	 * free space inside a page keeps what an earlier change left; the
	 * checkpoint then copies it into the file and empties the WAL.
	 */
	if (sqlite3_exec(db->sql, "VACUUM", NULL, NULL, NULL) != SQLITE_OK)
		return fh_db_error(db, err, _("cannot rewrite the database file"));
	if (fh_db_prepare(db, &st, "PRAGMA wal_checkpoint(TRUNCATE)", err))
		return -1;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		busy = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW)
		return fh_db_error(db, err, _("cannot empty the write-ahead log"));
	if (busy)
		return fh_error_set(err, _("another command is reading '%s': its write-ahead log keeps the old values until the last command using the database ends"),
				    db->path);
	return 0;
}

/* fh_mask_text(x) in SQL: NULL stays NULL. */
static void sql_mask_text(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const char *s = (const char *)sqlite3_value_text(argv[0]);
	char *buf;
	size_t n;

	(void)argc;
	if (!s) {
		sqlite3_result_null(ctx);
		return;
	}
	n = strlen(s) + 1;
	if (!(buf = malloc(n))) {
		sqlite3_result_error_nomem(ctx);
		return;
	}
	sqlite3_result_text(ctx, fh_mask_text(s, buf, n), -1, free);
}

/* fh_audit_redact(x) in SQL, for the migration that redacts old audit lines. */
static void sql_audit_redact(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const char *s = (const char *)sqlite3_value_text(argv[0]);
	char *line;

	(void)argc;
	if (!s) {
		sqlite3_result_null(ctx);
		return;
	}
	if (!(line = fh_audit_redact(s))) {
		sqlite3_result_error_nomem(ctx);
		return;
	}
	sqlite3_result_text(ctx, line, -1, free);
}
