/*
 * A bureau's file, fed by its stations' changesets (see include/fh/bureau.h).
 *
 * Each station table T of the changesets becomes a table T of the bureau
 * with a "station" column (the station's identity) first in its primary
 * key, made the first time a changeset names it.  A changeset is applied
 * by reading its changes (sqlite3changeset_start, _op, _new, _old) and
 * running bound statements with the station added, rather than with
 * sqlite3changeset_apply, which knows no owner column.  The policy on
 * conflicts is that there are none: a station is the only writer of its
 * rows, so an insert replaces and an update or delete finds its row.
 */
/* Debian's libsqlite3 has the session extension; its declarations need these. */
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fh/bureau.h"
#include "fh/config.h"
#include "fh/i18n.h"
#include "fh/period.h"
#include "fh/schema.h"
#include "fh/sync.h"

/* The separator of "BUREAU::STATION_ID". */
#define SEP "::"

static const char bureau_schema[] =
	"PRAGMA application_id = 1179140657;"  /* FH_BUREAU_APPLICATION_ID */
	"PRAGMA user_version = 1;"
	"PRAGMA journal_mode = WAL;"
	"BEGIN;"
	/* Each station: its identity, name, and the last file applied. */
	"CREATE TABLE bureau_stations ("
	"  station     TEXT PRIMARY KEY,"
	"  name        TEXT NOT NULL,"
	"  schema      INTEGER NOT NULL,"
	"  sequence    INTEGER NOT NULL,"
	"  exported_at TEXT NOT NULL,"
	"  applied_at  TEXT NOT NULL"
	");"
	/* Every file applied, so that the same file again is known by its checksum. */
	"CREATE TABLE bureau_files ("
	"  station     TEXT NOT NULL,"
	"  sequence    INTEGER NOT NULL,"
	"  sha256      TEXT NOT NULL,"
	"  full        INTEGER NOT NULL,"
	"  changes     INTEGER NOT NULL,"
	"  exported_at TEXT NOT NULL,"
	"  applied_at  TEXT NOT NULL,"
	"  PRIMARY KEY (station, sequence)"
	");"
	/* The stations' tables as made here: name and columns ("col:pk" for a key's). */
	"CREATE TABLE bureau_tables ("
	"  name    TEXT PRIMARY KEY,"
	"  columns TEXT NOT NULL"
	");"
	"COMMIT;";

int fh_bureau_check(sqlite3 *sql, const char *path, struct fh_error *err)
{
	sqlite3_stmt *st;
	int app = 0;

	if (sqlite3_prepare_v2(sql, "PRAGMA application_id", -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		app = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	if (app != FH_BUREAU_APPLICATION_ID)
		return fh_error_set(err, _("'%s' is not a bureau's file (see 'fh bureau init')"), path);
	return 0;
}

bool fh_bureau_is(const char *path)
{
	sqlite3 *sql = NULL;
	struct stat sb;
	bool is;

	if (stat(path, &sb) || !S_ISREG(sb.st_mode) ||
	    fh_db_sqlite_open(path, &sql, SQLITE_OPEN_READONLY) != SQLITE_OK) {
		sqlite3_close(sql);
		return false;
	}
	is = !fh_bureau_check(sql, path, &(struct fh_error){ 0 });
	sqlite3_close(sql);
	return is;
}

int fh_bureau_init(const char *path, struct fh_error *err)
{
	sqlite3 *sql = NULL;
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);

	if (fd < 0) {
		if (errno == EEXIST)
			return fh_error_set(err, _("'%s' already exists: not overwriting it"), path);
		return fh_error_set(err, _("cannot create '%s': %s"), path, strerror(errno));
	}
	close(fd);
	if (fh_db_sqlite_open(path, &sql, SQLITE_OPEN_READWRITE) != SQLITE_OK ||
	    sqlite3_exec(sql, bureau_schema, NULL, NULL, NULL) != SQLITE_OK) {
		fh_error_set(err, _("cannot create '%s': %s"), path,
			     sql ? sqlite3_errmsg(sql) : _("out of memory"));
		sqlite3_close(sql);
		fh_db_remove(path);
		return -1;
	}
	sqlite3_close(sql);
	return 0;
}

/* Table t's columns as bureau_tables keeps them (sqlite3_malloc'd). */
static char *columns_text(const struct fh_sync_table *t)
{
	char *s = sqlite3_mprintf("%s", "");

	for (int c = 0; s && c < t->ncols; c++)
		s = t->pk[c] ? sqlite3_mprintf("%z%s%s:%d", s, c ? " " : "", t->cols[c], t->pk[c])
			     : sqlite3_mprintf("%z%s%s", s, c ? " " : "", t->cols[c]);
	return s;
}

/* Runs the sqlite3_malloc'd sql (freed) on sql.  Returns 0 or -1. */
static int run(sqlite3 *sql, char *q, struct fh_error *err)
{
	int rc;

	if (!q)
		return fh_error_set(err, _("out of memory"));
	rc = sqlite3_exec(sql, q, NULL, NULL, NULL);
	sqlite3_free(q);
	if (rc != SQLITE_OK)
		return fh_error_set(err, _("database error: %s"), sqlite3_errmsg(sql));
	return 0;
}

/*
 * Makes the bureau's table for t, or checks that the one there has the
 * same columns.  Returns 0 or -1.
 */
static int ensure_table(sqlite3 *sql, const struct fh_sync_table *t, const char *station,
			struct fh_error *err)
{
	char *cols = columns_text(t), *ddl;
	sqlite3_stmt *st = NULL;
	int rc = -1, step;

	if (!cols)
		return fh_error_set(err, _("out of memory"));
	if (sqlite3_prepare_v2(sql, "SELECT columns FROM bureau_tables WHERE name = ?1", -1, &st,
			       NULL) != SQLITE_OK) {
		fh_error_set(err, _("database error: %s"), sqlite3_errmsg(sql));
		goto done;
	}
	sqlite3_bind_text(st, 1, t->name, -1, SQLITE_STATIC);
	step = sqlite3_step(st);
	if (step == SQLITE_ROW) {
		if (strcmp((const char *)sqlite3_column_text(st, 0), cols))
			fh_error_set(err, _("table '%s' of station '%s' has other columns than the bureau's"),
				     t->name, station);
		else
			rc = 0;
		goto done;
	}
	ddl = sqlite3_mprintf("\"station\" TEXT NOT NULL");
	for (int c = 0; ddl && c < t->ncols; c++)
		ddl = sqlite3_mprintf("%z, \"%w\"", ddl, t->cols[c]);
	ddl = ddl ? sqlite3_mprintf("%z, PRIMARY KEY (\"station\"", ddl) : NULL;
	for (int k = 1; ddl && k <= t->ncols; k++)
		for (int c = 0; ddl && c < t->ncols; c++)
			if (t->pk[c] == k)
				ddl = sqlite3_mprintf("%z, \"%w\"", ddl, t->cols[c]);
	rc = run(sql, ddl ? sqlite3_mprintf("CREATE TABLE \"%w\" (%s)) WITHOUT ROWID;"
					    " INSERT INTO bureau_tables VALUES (%Q, %Q)",
					    t->name, ddl, t->name, cols) : NULL, err);
	sqlite3_free(ddl);
done:
	sqlite3_finalize(st);
	sqlite3_free(cols);
	return rc;
}

/* The statements of one table, prepared once per file. */
struct table_stmts {
	sqlite3_stmt *insert, *delete;
};

/* What applying one file needs. */
struct applying {
	sqlite3 *sql;
	const struct fh_sync_file *f;
	struct table_stmts *stmts;  /* one per f->tables */
};

static int find_table(const struct fh_sync_file *f, const char *name)
{
	for (int i = 0; i < f->ntables; i++)
		if (!strcmp(f->tables[i].name, name))
			return i;
	return -1;
}

/* Prepares q (sqlite3_malloc'd, freed) into *st unless prepared.  Returns 0 or -1. */
static int prepare(sqlite3 *sql, sqlite3_stmt **st, char *q)
{
	int rc = q ? sqlite3_prepare_v2(sql, q, -1, st, NULL) : SQLITE_NOMEM;

	sqlite3_free(q);
	return rc == SQLITE_OK ? 0 : -1;
}

/* "INSERT OR REPLACE INTO T (station, cols) VALUES (?1, ?2, ...)" for t. */
static char *insert_sql(const struct fh_sync_table *t)
{
	char *s = sqlite3_mprintf("INSERT OR REPLACE INTO \"%w\" (\"station\"", t->name);

	for (int c = 0; s && c < t->ncols; c++)
		s = sqlite3_mprintf("%z, \"%w\"", s, t->cols[c]);
	s = s ? sqlite3_mprintf("%z) VALUES (?1", s) : NULL;
	for (int c = 0; s && c < t->ncols; c++)
		s = sqlite3_mprintf("%z, ?%d", s, c + 2);
	return s ? sqlite3_mprintf("%z)", s) : NULL;
}

/* " WHERE station = ?1 AND pk = ?N ...", the key's columns numbered from first. */
static char *key_where(const struct fh_sync_table *t, char *s, int first)
{
	s = s ? sqlite3_mprintf("%z WHERE \"station\" = ?1", s) : NULL;
	for (int c = 0; s && c < t->ncols; c++)
		if (t->pk[c])
			s = sqlite3_mprintf("%z AND \"%w\" = ?%d", s, t->cols[c], first++);
	return s;
}

/* Binds the key's values (old ones) of the change at it from ?first.  Returns 0 or -1. */
static int bind_key(sqlite3_stmt *st, sqlite3_changeset_iter *it, const struct fh_sync_table *t,
		    int first)
{
	for (int c = 0; c < t->ncols; c++) {
		sqlite3_value *v = NULL;

		if (!t->pk[c])
			continue;
		if (sqlite3changeset_old(it, c, &v) != SQLITE_OK || !v)
			return -1;
		sqlite3_bind_value(st, first++, v);
	}
	return 0;
}

/* Runs an update of the change at it: the columns it changes, by key.  Returns 0 or -1. */
static int apply_update(struct applying *a, sqlite3_changeset_iter *it,
			const struct fh_sync_table *t)
{
	char *q = sqlite3_mprintf("UPDATE \"%w\" SET \"station\" = ?1", t->name);
	sqlite3_stmt *st = NULL;
	int n = 2, rc;

	for (int c = 0; q && c < t->ncols; c++) {
		sqlite3_value *v = NULL;

		if (!t->pk[c] && sqlite3changeset_new(it, c, &v) == SQLITE_OK && v)
			q = sqlite3_mprintf("%z, \"%w\" = ?%d", q, t->cols[c], n++);
	}
	if (prepare(a->sql, &st, key_where(t, q, n)))
		return -1;
	sqlite3_bind_text(st, 1, a->f->station_id, -1, SQLITE_STATIC);
	n = 2;
	for (int c = 0; c < t->ncols; c++) {
		sqlite3_value *v = NULL;

		if (!t->pk[c] && sqlite3changeset_new(it, c, &v) == SQLITE_OK && v)
			sqlite3_bind_value(st, n++, v);
	}
	rc = bind_key(st, it, t, n) || sqlite3_step(st) != SQLITE_DONE ? -1 : 0;
	sqlite3_finalize(st);
	return rc;
}

/* Applies the change at it.  Returns 0 or -1 (err not set). */
static int apply_change(struct applying *a, sqlite3_changeset_iter *it)
{
	const char *name;
	int ncol, op, indirect, i, rc;
	const struct fh_sync_table *t;
	struct table_stmts *ts;
	sqlite3_stmt *st;

	if (sqlite3changeset_op(it, &name, &ncol, &op, &indirect) != SQLITE_OK ||
	    (i = find_table(a->f, name)) < 0 || a->f->tables[i].ncols != ncol)
		return -1;
	t = &a->f->tables[i];
	ts = &a->stmts[i];
	if (op == SQLITE_UPDATE)
		return apply_update(a, it, t);
	if (op == SQLITE_INSERT) {
		if (!ts->insert && prepare(a->sql, &ts->insert, insert_sql(t)))
			return -1;
		st = ts->insert;
		for (int c = 0; c < t->ncols; c++) {
			sqlite3_value *v = NULL;

			if (sqlite3changeset_new(it, c, &v) != SQLITE_OK)
				return -1;
			sqlite3_bind_value(st, c + 2, v);
		}
	} else {
		if (!ts->delete && prepare(a->sql, &ts->delete,
					   key_where(t, sqlite3_mprintf("DELETE FROM \"%w\"", t->name), 2)))
			return -1;
		st = ts->delete;
		if (bind_key(st, it, t, 2))
			return -1;
	}
	sqlite3_bind_text(st, 1, a->f->station_id, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

/* Applies every change of the file.  Returns 0 or -1. */
static int apply_changes(sqlite3 *sql, const struct fh_sync_file *f, const char *file,
			 struct fh_error *err)
{
	struct applying a = { sql, f, calloc((size_t)f->ntables + 1, sizeof(*a.stmts)) };
	sqlite3_changeset_iter *it = NULL;
	int rc = 0, step = SQLITE_DONE;

	if (!a.stmts)
		return fh_error_set(err, _("out of memory"));
	if (f->nbody && sqlite3changeset_start(&it, f->nbody, f->body) != SQLITE_OK)
		rc = -1;
	while (!rc && it && (step = sqlite3changeset_next(it)) == SQLITE_ROW)
		rc = apply_change(&a, it);
	if (!rc && it && step != SQLITE_DONE)
		rc = -1;
	if (rc)
		fh_error_set(err, _("cannot apply '%s': %s"), file,
			     sqlite3_errcode(sql) != SQLITE_OK ? sqlite3_errmsg(sql)
			     : _("its changes do not match its tables"));
	sqlite3changeset_finalize(it);
	for (int i = 0; i < f->ntables; i++) {
		sqlite3_finalize(a.stmts[i].insert);
		sqlite3_finalize(a.stmts[i].delete);
	}
	free(a.stmts);
	return rc;
}

/* What the bureau knows of a station. */
struct known {
	bool known;        /* it sent a file before */
	long long last;    /* its last file applied */
	bool same;         /* this very file was applied */
	char *other;       /* the identity of another station bearing its name (malloc'd) */
};

/* Reads what the bureau knows of f's station into k.  Returns 0 or -1. */
static int read_known(sqlite3 *sql, const struct fh_sync_file *f, struct known *k,
		      struct fh_error *err)
{
	sqlite3_stmt *st = NULL;
	int ok = sqlite3_prepare_v2(sql,
		"SELECT (SELECT sequence FROM bureau_stations WHERE station = ?1),"
		" (SELECT sha256 = ?3 FROM bureau_files WHERE station = ?1 AND sequence = ?2),"
		" (SELECT station FROM bureau_stations WHERE name = ?4 AND name <> '' AND station <> ?1)",
		-1, &st, NULL) == SQLITE_OK;

	if (ok) {
		sqlite3_bind_text(st, 1, f->station_id, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 2, f->sequence);
		sqlite3_bind_text(st, 3, f->sha256, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, f->station, -1, SQLITE_STATIC);
		ok = sqlite3_step(st) == SQLITE_ROW;
	}
	if (ok) {
		k->known = sqlite3_column_type(st, 0) != SQLITE_NULL;
		k->last = sqlite3_column_int64(st, 0);
		k->same = sqlite3_column_int(st, 1) == 1;
		if (sqlite3_column_text(st, 2))
			k->other = strdup((const char *)sqlite3_column_text(st, 2));
	}
	sqlite3_finalize(st);
	return ok ? 0 : fh_error_set(err, _("database error: %s"), sqlite3_errmsg(sql));
}

/*
 * Checks that f may be applied now: this fh's schema, a name of its own,
 * the next number in its station's sequence (a full export may start it
 * again).  Returns 0, or -1 with err saying why not.
 */
static int check_order(const struct fh_sync_file *f, const struct known *k, const char *file,
		       struct fh_error *err)
{
	int nsteps;
	const char *name = *f->station ? f->station : f->station_id;

	fh_schema_migrations(&nsteps);
	if (f->schema != nsteps)
		return fh_error_set(err, _("'%s' comes from schema version %d, this fh knows %d:"
					   " the station and the bureau need the same version of fh"),
				    file, f->schema, nsteps);
	if (k->other)
		return fh_error_set(err, _("station '%s' in '%s' has another identity than the station"
					   " of that name the bureau knows (%.8s): a copy or a new"
					   " database of a station cannot feed the bureau as another one"),
				    name, file, k->other);
	if (f->full)
		return 0;
	if (!k->known && f->sequence != 1)
		return fh_error_set(err, _("station '%s' is new here: its file 1 comes first, not %lld"
					   " (or export with --full at the station)"),
				    name, f->sequence);
	if (k->known && f->sequence == k->last + 2)
		return fh_error_set(err, _("station '%s': '%s' is file %lld, but the last applied is %lld:"
					   " file %lld is missing"),
				    name, file, f->sequence, k->last, k->last + 1);
	if (k->known && f->sequence > k->last + 1)
		return fh_error_set(err, _("station '%s': '%s' is file %lld, but the last applied is %lld:"
					   " files %lld to %lld are missing"),
				    name, file, f->sequence, k->last, k->last + 1, f->sequence - 1);
	if (k->known && f->sequence <= k->last)
		return fh_error_set(err, _("station '%s': '%s' is file %lld again, with other changes than"
					   " the one applied (the bureau has up to %lld): the station's"
					   " database went back, restored from an older backup; export"
					   " with 'fh sync export --full' there to replace its rows"),
				    name, file, f->sequence, k->last);
	return 0;
}

/* Removes every row of f's station, for a full export.  Returns 0 or -1. */
static int clear_station(sqlite3 *sql, const struct fh_sync_file *f, struct fh_error *err)
{
	sqlite3_stmt *st = NULL;
	int rc = 0;

	if (sqlite3_prepare_v2(sql, "SELECT name FROM bureau_tables", -1, &st, NULL) != SQLITE_OK)
		return fh_error_set(err, _("database error: %s"), sqlite3_errmsg(sql));
	while (!rc && sqlite3_step(st) == SQLITE_ROW)
		rc = run(sql, sqlite3_mprintf("DELETE FROM \"%w\" WHERE station = %Q",
					      (const char *)sqlite3_column_text(st, 0), f->station_id), err);
	sqlite3_finalize(st);
	return rc ? -1 : run(sql, sqlite3_mprintf("DELETE FROM bureau_files WHERE station = %Q",
						  f->station_id), err);
}

/* Records that f was applied now.  Returns 0 or -1. */
static int record_file(sqlite3 *sql, const struct fh_sync_file *f, struct fh_error *err)
{
	char now[FH_TIME_LEN];
	struct fh_time t;

	if (fh_now(&t, err))
		return -1;
	fh_time_format(&t, now);
	return run(sql, sqlite3_mprintf(
		"INSERT OR REPLACE INTO bureau_stations VALUES (%Q, %Q, %d, %lld, %Q, %Q);"
		" INSERT INTO bureau_files VALUES (%Q, %lld, %Q, %d, %lld, %Q, %Q)",
		f->station_id, f->station, f->schema, f->sequence, f->exported_at, now,
		f->station_id, f->sequence, f->sha256, f->full, f->changes, f->exported_at, now), err);
}

/*
 * Makes the station's index x at the bureau, the station first, unless it
 * is there: "bureau_NAME" on the same table.  Returns 0 or -1.
 */
static int make_index(sqlite3 *sql, const struct fh_sync_file *f, const struct fh_sync_index *x,
		      struct fh_error *err)
{
	char *q;
	bool known = false;

	for (int i = 0; i < f->ntables && !known; i++)
		known = !strcmp(f->tables[i].name, x->table);
	if (!known)
		return fh_error_set(err, _("table '%s' of station '%s' has other columns than the bureau's"),
				    x->table, *f->station ? f->station : f->station_id);
	q = sqlite3_mprintf("CREATE INDEX IF NOT EXISTS \"bureau_%w\" ON \"%w\" (\"station\"", x->name,
			    x->table);
	for (int c = 0; q && c < x->ncols; c++)
		q = sqlite3_mprintf("%z, \"%w\"", q, x->cols[c]);
	return run(sql, q ? sqlite3_mprintf("%z)", q) : NULL, err);
}

/* Applies f, the transaction open.  Returns 0 or -1. */
static int apply_file(sqlite3 *sql, const struct fh_sync_file *f, const char *file,
		      enum fh_bureau_applied *what, struct fh_error *err)
{
	struct known k = { 0 };
	int rc = -1;

	if (read_known(sql, f, &k, err))
		return -1;
	if (k.same && !k.other) {
		*what = FH_BUREAU_ALREADY;
		return 0;
	}
	*what = FH_BUREAU_APPLIED;
	if (check_order(f, &k, file, err))
		goto done;
	for (int i = 0; i < f->ntables; i++)
		if (ensure_table(sql, &f->tables[i], *f->station ? f->station : f->station_id, err))
			goto done;
	for (int i = 0; i < f->nindexes; i++)
		if (make_index(sql, f, &f->indexes[i], err))
			goto done;
	if (f->full && clear_station(sql, f, err))
		goto done;
	rc = apply_changes(sql, f, file, err) || record_file(sql, f, err) ? -1 : 0;
done:
	free(k.other);
	return rc;
}

int fh_bureau_apply(const char *bureau, const char *file, enum fh_bureau_applied *what,
		    char **station, long long *seq, struct fh_error *err)
{
	struct fh_sync_file f;
	sqlite3 *sql = NULL;
	int rc = -1;

	if (fh_sync_read(file, &f, err))
		goto done;
	if (station && !(*station = strdup(*f.station ? f.station : f.station_id))) {
		fh_error_set(err, _("out of memory"));
		goto done;
	}
	if (seq)
		*seq = f.sequence;
	if (!fh_bureau_is(bureau)) {
		fh_error_set(err, _("'%s' is not a bureau's file (see 'fh bureau init')"), bureau);
		goto done;
	}
	if (fh_db_sqlite_open(bureau, &sql, SQLITE_OPEN_READWRITE) != SQLITE_OK) {
		fh_error_set(err, _("cannot open '%s': %s"), bureau,
			     sql ? sqlite3_errmsg(sql) : _("out of memory"));
		goto done;
	}
	sqlite3_busy_timeout(sql, FH_DB_BUSY_TIMEOUT_MS);
	if (run(sql, sqlite3_mprintf("BEGIN IMMEDIATE"), err))
		goto done;
	rc = apply_file(sql, &f, file, what, err);
	if (!rc && sqlite3_exec(sql, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
		rc = fh_error_set(err, _("cannot apply '%s': %s"), file, sqlite3_errmsg(sql));
	if (rc)
		sqlite3_exec(sql, "ROLLBACK", NULL, NULL, NULL);
done:
	sqlite3_close(sql);
	fh_sync_file_free(&f);
	return rc;
}

int fh_bureau_stations(const char *path, char ***names, int *n, struct fh_error *err)
{
	sqlite3 *sql = NULL;
	sqlite3_stmt *st = NULL;
	int rc = -1;

	*names = NULL;
	*n = 0;
	if (fh_db_sqlite_open(path, &sql, SQLITE_OPEN_READONLY) != SQLITE_OK ||
	    fh_bureau_check(sql, path, err))
		goto done;
	if (sqlite3_prepare_v2(sql, "SELECT count(*) OVER (), station FROM bureau_stations"
			       " ORDER BY name, station", -1, &st, NULL) != SQLITE_OK) {
		fh_error_set(err, _("cannot read '%s': %s"), path, sqlite3_errmsg(sql));
		goto done;
	}
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (!*names && !(*names = calloc((size_t)sqlite3_column_int(st, 0) + 1, sizeof(**names))))
			break;
		if (!((*names)[*n] = malloc(strlen(path) + strlen(SEP) +
					    (size_t)sqlite3_column_bytes(st, 1) + 1)))
			break;
		sprintf((*names)[(*n)++], "%s" SEP "%s", path, (const char *)sqlite3_column_text(st, 1));
	}
	rc = sqlite3_finalize(st) == SQLITE_OK ? 0 : fh_error_set(err, _("out of memory"));
	st = NULL;
done:
	sqlite3_finalize(st);
	sqlite3_close(sql);
	return rc;
}

const char *fh_bureau_station_id(const char *name, size_t *bureau_len)
{
	const char *sep = strstr(name, SEP);

	while (sep && strstr(sep + 1, SEP))
		sep = strstr(sep + 1, SEP);
	if (!sep)
		return NULL;
	*bureau_len = (size_t)(sep - name);
	return sep + strlen(SEP);
}

bool fh_bureau_station_name(const char *name)
{
	const char *sep = strstr(name, SEP);
	struct stat sb;
	char *bureau;
	bool is;

	while (sep && strstr(sep + 1, SEP))
		sep = strstr(sep + 1, SEP);
	if (!sep || !stat(name, &sb) || !(bureau = strndup(name, (size_t)(sep - name))))
		return false;
	is = fh_bureau_is(bureau);
	free(bureau);
	return is;
}

int fh_bureau_switch(struct fh_db *db, const char *id, struct fh_error *err)
{
	sqlite3_stmt *st = NULL;
	int rc = -1;

	if (sqlite3_prepare_v2(db->sql, "UPDATE temp.fh_station SET id = ?1"
			       " WHERE EXISTS (SELECT 1 FROM main.bureau_stations WHERE station = ?1)",
			       -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_bind_text(st, 1, id, -1, SQLITE_TRANSIENT) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_DONE)
		rc = sqlite3_changes(db->sql) == 1 ? 0
		     : fh_error_set(err, _("the bureau's file has no station '%s'"), id);
	else
		fh_error_set(err, _("database error: %s"), sqlite3_errmsg(db->sql));
	sqlite3_finalize(st);
	return rc;
}

/*
 * Makes the TEMP views of the bureau's tables, showing the rows of the
 * station in temp.fh_station (one row; fh_bureau_switch changes it, so
 * that one connection reads the stations of a bureau one after the
 * other).  Returns 0 or -1.
 */
static int station_views(sqlite3 *sql, struct fh_error *err)
{
	sqlite3_stmt *st = NULL;
	int rc;

	rc = run(sql, sqlite3_mprintf("CREATE TEMP TABLE fh_station (id TEXT);"
				      " INSERT INTO temp.fh_station VALUES (NULL)"), err);
	if (rc || sqlite3_prepare_v2(sql, "SELECT name, columns FROM bureau_tables", -1, &st, NULL) != SQLITE_OK)
		return rc ? -1 : fh_error_set(err, _("database error: %s"), sqlite3_errmsg(sql));
	while (!rc && sqlite3_step(st) == SQLITE_ROW) {
		char *cols = strdup((const char *)sqlite3_column_text(st, 1)), *save = NULL, *w;
		char *q = sqlite3_mprintf("CREATE TEMP VIEW \"%w\" AS SELECT ",
					  (const char *)sqlite3_column_text(st, 0));

		for (int c = 0; cols && q && (w = strtok_r(c ? NULL : cols, " ", &save)); c++) {
			if (strchr(w, ':'))
				*strchr(w, ':') = '\0';
			q = sqlite3_mprintf("%z%s\"%w\"", q, c ? ", " : "", w);
		}
		rc = run(sql, cols && q ? sqlite3_mprintf("%z FROM main.\"%w\" WHERE station ="
							  " (SELECT id FROM temp.fh_station)", q,
							  (const char *)sqlite3_column_text(st, 0))
					: NULL, err);
		free(cols);
		if (!cols)
			sqlite3_free(q);
	}
	sqlite3_finalize(st);
	return rc;
}

int fh_bureau_open_station(struct fh_db **out, const char *name, struct fh_error *err)
{
	const char *sep = strstr(name, SEP);
	struct fh_db *db;
	char *bureau;

	*out = NULL;
	while (sep && strstr(sep + 1, SEP))
		sep = strstr(sep + 1, SEP);
	if (!sep)
		return fh_error_set(err, _("'%s' names no station of a bureau's file"), name);
	if (!(db = calloc(1, sizeof(*db))) || !(db->path = strdup(name)) ||
	    !(bureau = strndup(name, (size_t)(sep - name)))) {
		fh_db_close(db);
		return fh_error_set(err, _("out of memory"));
	}
	if (fh_db_sqlite_open(bureau, &db->sql, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX) != SQLITE_OK)
		fh_error_set(err, _("cannot open '%s': %s"), bureau,
			     db->sql ? sqlite3_errmsg(db->sql) : _("out of memory"));
	else if (sqlite3_busy_timeout(db->sql, FH_DB_BUSY_TIMEOUT_MS),
		 !fh_bureau_check(db->sql, bureau, err) && !station_views(db->sql, err) &&
		 !fh_bureau_switch(db, sep + strlen(SEP), err) && !fh_config_use_timezone(db))
		*out = db;
	free(bureau);
	if (!*out)
		fh_db_close(db);
	return *out ? 0 : -1;
}
