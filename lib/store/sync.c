/*
 * fh sync export: a station's changes since its last export, as a
 * changeset of SQLite's session extension (see include/fh/sync.h).
 *
 * The live tables are copied, as the bureau may see them (personal
 * columns left out, numbers in free texts masked), into an in-memory
 * database "sync_cur"; the copy of the last export (main.sync_base_T) into
 * another, "sync_old"; sqlite3session_diff gives the changes from the one
 * to the other.  Diffing copies, rather than recording a session, sees
 * the changes every tool made, whatever process made them.
 */
/* Debian's libsqlite3 has the session extension; its declarations need these. */
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1

#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fh/i18n.h"
#include "fh/mask.h"
#include "fh/period.h"
#include "fh/photo.h"
#include "fh/schema.h"
#include "fh/sync.h"

/* The length of the last line, "sha256: HEX\n". */
#define FH_SYNC_TRAILER 73

/* Personal columns: left out (NULL) unless --with-personal-data. */
static const char *const personal[] = {
	"members.name", "members.contact", "members.phone", "members.address",
	"members.note", "members.lat", "members.lon", "meeting_attendance.name", NULL,
};

/* Free texts that may hold a phone or ID number: masked unless --with-personal-data. */
static const char *const free_texts[] = {
	"reports.text", "reports.place", "reports.notes", "report_events.note",
	"activities.topic", "activities.note", "activity_events.note", "meetings.place",
	"meetings.minutes", "meetings.cancel_reason", "activities.cancel_reason",
	"meeting_actions.text", "meeting_actions.cancel_reason", "meeting_events.note",
	"groups.note", "equipment_moves.note", "points_ledger.reason", "meetings.title", NULL,
};

/* The tables never exported: the audit trail, the search index, SQLite's and sync's own. */
static const char tables_sql[] =
	"SELECT name FROM main.sqlite_schema WHERE type = 'table'"
	" AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE 'sync\\_%' ESCAPE '\\'"
	" AND name NOT LIKE 'reports\\_fts%' ESCAPE '\\' AND name NOT IN ('audit', 'audit_rows')"
	" ORDER BY name";

static bool listed(const char *const *list, const char *table, const char *col)
{
	size_t n = strlen(table);

	for (; *list; list++)
		if (!strncmp(*list, table, n) && (*list)[n] == '.' && !strcmp(*list + n + 1, col))
			return true;
	return false;
}

void fh_sync_file_free(struct fh_sync_file *f)
{
	for (int i = 0; i < f->ntables; i++) {
		for (int c = 0; c < f->tables[i].ncols; c++)
			free(f->tables[i].cols[c]);
		free(f->tables[i].cols);
		free(f->tables[i].pk);
		free(f->tables[i].name);
	}
	free(f->tables);
	for (int i = 0; i < f->nindexes; i++) {
		for (int c = 0; c < f->indexes[i].ncols; c++)
			free(f->indexes[i].cols[c]);
		free(f->indexes[i].cols);
		free(f->indexes[i].name);
		free(f->indexes[i].table);
	}
	free(f->indexes);
	free(f->station_id);
	free(f->station);
	free(f->body);
	memset(f, 0, sizeof(*f));
}

/* Appends column name (pk its place in the key, or 0) to t.  Returns 0 or -1. */
static int add_column(struct fh_sync_table *t, const char *name, int pk)
{
	char **cols = realloc(t->cols, (size_t)(t->ncols + 1) * sizeof(*cols));
	int *pks = cols ? realloc(t->pk, (size_t)(t->ncols + 1) * sizeof(*pks)) : NULL;

	if (cols)
		t->cols = cols;
	if (!cols || !pks)
		return -1;
	t->pk = pks;
	if (!(t->cols[t->ncols] = strdup(name)))
		return -1;
	t->pk[t->ncols++] = pk;
	return 0;
}

/*
 * Reads main.T's columns into t.  A table whose key is not its rowid gets
 * the rowid as a first column "rowid": the order of its rows (the
 * categories' order in lists and the headline) then reads the same at the
 * bureau.  Returns 0 or -1.
 */
static int table_columns(sqlite3 *sql, struct fh_sync_table *t)
{
	sqlite3_stmt *st;
	char *q = sqlite3_mprintf("SELECT name, pk, (SELECT count(*) = 1 FROM pragma_table_info(%Q, 'main')"
				  " WHERE pk > 0 AND upper(type) = 'INTEGER' AND NOT EXISTS (SELECT 1"
				  " FROM pragma_table_info(%Q, 'main') WHERE pk > 1))"
				  " FROM pragma_table_info(%Q, 'main') ORDER BY cid",
				  t->name, t->name, t->name);
	int rc = q ? sqlite3_prepare_v2(sql, q, -1, &st, NULL) : SQLITE_NOMEM, bad = 0;

	sqlite3_free(q);
	if (rc != SQLITE_OK)
		return -1;
	while (!bad && sqlite3_step(st) == SQLITE_ROW) {
		if (!t->ncols && !sqlite3_column_int(st, 2))
			bad = add_column(t, "rowid", 0);
		bad = bad || add_column(t, (const char *)sqlite3_column_text(st, 0),
					sqlite3_column_int(st, 1));
	}
	return sqlite3_finalize(st) == SQLITE_OK && !bad && t->ncols ? 0 : -1;
}

/* The column list and primary key of table t, for CREATE TABLE (sqlite3_malloc'd). */
static char *table_ddl(const struct fh_sync_table *t, const char *first)
{
	char *s = sqlite3_mprintf("%s", first ? first : "");

	for (int c = 0; s && c < t->ncols; c++) {
		char *n = sqlite3_mprintf("%s%s\"%w\"", s, c || first ? ", " : "", t->cols[c]);

		sqlite3_free(s);
		s = n;
	}
	s = s ? sqlite3_mprintf("%z, PRIMARY KEY (%s", s, first ? "station" : "") : NULL;
	for (int k = 1, out = first != NULL; s; k++) {
		int found = 0;

		for (int c = 0; c < t->ncols && !found; c++)
			if (t->pk[c] == k) {
				s = sqlite3_mprintf("%z%s\"%w\"", s, out++ ? ", " : "", t->cols[c]);
				found = 1;
			}
		if (!found)
			break;
	}
	return s ? sqlite3_mprintf("%z)", s) : NULL;
}

/* Reads the tables an export covers, with their columns, into f.  Returns 0 or -1. */
static int read_tables(struct fh_db *db, struct fh_sync_file *f, struct fh_error *err)
{
	sqlite3_stmt *st;

	if (fh_db_prepare(db, &st, tables_sql, err))
		return -1;
	while (sqlite3_step(st) == SQLITE_ROW) {
		struct fh_sync_table *t = realloc(f->tables, (size_t)(f->ntables + 1) * sizeof(*t));

		if (!t)
			break;
		f->tables = t;
		t = &f->tables[f->ntables++];
		memset(t, 0, sizeof(*t));
		if (!(t->name = strdup((const char *)sqlite3_column_text(st, 0))) ||
		    table_columns(db->sql, t)) {
			sqlite3_finalize(st);
			return fh_error_set(err, _("cannot read the columns of table '%s'"),
					    t->name ? t->name : "?");
		}
	}
	if (sqlite3_finalize(st) != SQLITE_OK)
		return fh_db_error(db, err, _("cannot read the tables"));
	return 0;
}

/* Tells whether f exports table name. */
static bool exported(const struct fh_sync_file *f, const char *name)
{
	for (int i = 0; i < f->ntables; i++)
		if (!strcmp(f->tables[i].name, name))
			return true;
	return false;
}

/* Appends column col of index name on table to f's indexes.  Returns 0 or -1. */
static int add_index_column(struct fh_sync_file *f, const char *name, const char *table,
			    const char *col)
{
	struct fh_sync_index *x = f->nindexes ? &f->indexes[f->nindexes - 1] : NULL;
	char **cols;

	if (!x || strcmp(x->name, name)) {
		if (!(x = realloc(f->indexes, (size_t)(f->nindexes + 1) * sizeof(*x))))
			return -1;
		f->indexes = x;
		x = &f->indexes[f->nindexes++];
		memset(x, 0, sizeof(*x));
		if (!(x->name = strdup(name)) || !(x->table = strdup(table)))
			return -1;
	}
	if (!(cols = realloc(x->cols, (size_t)(x->ncols + 1) * sizeof(*cols))))
		return -1;
	x->cols = cols;
	return (x->cols[x->ncols++] = strdup(col)) ? 0 : -1;
}

/*
 * Reads the indexes of the exported tables into f, for the bureau to make
 * them too (its statistics read the same rows by the same keys); an index
 * on an expression is left out, a partial one made whole.  Returns 0 or -1.
 */
static int read_indexes(struct fh_db *db, struct fh_sync_file *f, struct fh_error *err)
{
	sqlite3_stmt *st;
	int bad = 0;

	if (fh_db_prepare(db, &st, "SELECT i.name, i.tbl_name, c.name FROM main.sqlite_schema i,"
			  " pragma_index_info(i.name) c WHERE i.type = 'index' AND i.sql IS NOT NULL"
			  " AND NOT EXISTS (SELECT 1 FROM pragma_index_info(i.name) x WHERE x.name IS NULL)"
			  " ORDER BY i.name, c.seqno", err))
		return -1;
	while (!bad && sqlite3_step(st) == SQLITE_ROW)
		if (exported(f, (const char *)sqlite3_column_text(st, 1)))
			bad = add_index_column(f, (const char *)sqlite3_column_text(st, 0),
					       (const char *)sqlite3_column_text(st, 1),
					       (const char *)sqlite3_column_text(st, 2));
	if (sqlite3_finalize(st) != SQLITE_OK || bad)
		return fh_error_set(err, _("cannot read the tables"));
	return 0;
}

/* The SELECT of table t's rows in schema as exported with flags (sqlite3_malloc'd). */
static char *export_select(const struct fh_sync_table *t, const char *schema, unsigned flags)
{
	char *s = sqlite3_mprintf("SELECT ");
	bool keep = flags & FH_SYNC_PERSONAL;

	for (int c = 0; s && c < t->ncols; c++) {
		const char *sep = c ? ", " : "";

		if (!keep && listed(personal, t->name, t->cols[c]))
			s = sqlite3_mprintf("%z%sNULL", s, sep);
		else if (!keep && listed(free_texts, t->name, t->cols[c]))
			s = sqlite3_mprintf("%z%sfh_mask_text(\"%w\")", s, sep, t->cols[c]);
		else
			s = sqlite3_mprintf("%z%s\"%w\"", s, sep, t->cols[c]);
	}
	s = s ? sqlite3_mprintf("%z FROM \"%w\".\"%w\"", s, schema, t->name) : NULL;
	if (s && !strcmp(t->name, "photos") && !(flags & FH_SYNC_PHOTOS))
		s = sqlite3_mprintf("%z WHERE 0", s);
	return s;
}

/* Runs the sqlite3_malloc'd q (freed), which NULL means out of memory, on sql.  Returns 0 or -1. */
static int run(sqlite3 *sql, char *q, struct fh_error *err)
{
	int rc;

	if (!q)
		return fh_error_set(err, _("out of memory"));
	rc = sqlite3_exec(sql, q, NULL, NULL, NULL);
	sqlite3_free(q);
	if (rc != SQLITE_OK)
		return fh_error_set(err, _("cannot export the changes: %s"), sqlite3_errmsg(sql));
	return 0;
}

/* Tells whether the station (schema st of mem) has table name. */
static bool has_table(sqlite3 *mem, const char *name)
{
	sqlite3_stmt *st = NULL;
	bool has = sqlite3_prepare_v2(mem, "SELECT 1 FROM st.sqlite_schema WHERE name = ?1", -1,
				      &st, NULL) == SQLITE_OK &&
		   sqlite3_bind_text(st, 1, name, -1, SQLITE_TRANSIENT) == SQLITE_OK &&
		   sqlite3_step(st) == SQLITE_ROW;

	sqlite3_finalize(st);
	return has;
}

/*
 * Fills mem's main.T with the rows as exported now and old.T with the
 * last export (nothing when full or the first time), and makes the
 * station's sync_base_T the first time.  Returns 0 or -1.
 */
static int stage_table(struct fh_db *db, sqlite3 *mem, const struct fh_sync_table *t,
		       unsigned flags, struct fh_error *err)
{
	char *ddl = table_ddl(t, NULL), *base = sqlite3_mprintf("sync_base_%s", t->name);
	int rc;

	if (!ddl || !base) {
		sqlite3_free(ddl);
		sqlite3_free(base);
		return fh_error_set(err, _("out of memory"));
	}
	rc = run(mem, sqlite3_mprintf("CREATE TABLE main.\"%w\" (%s); CREATE TABLE old.\"%w\" (%s)",
				      t->name, ddl, t->name, ddl), err) ||
	     run(mem, sqlite3_mprintf("INSERT INTO main.\"%w\" %z", t->name,
				      export_select(t, "st", flags)), err) ||
	     (!(flags & FH_SYNC_FULL) && has_table(mem, base) &&
	      run(mem, sqlite3_mprintf("INSERT INTO old.\"%w\" SELECT * FROM st.\"%w\"",
				       t->name, base), err)) ||
	     run(db->sql, sqlite3_mprintf("CREATE TABLE IF NOT EXISTS main.\"%w\" (%s)", base, ddl),
		 err);
	sqlite3_free(ddl);
	sqlite3_free(base);
	return rc;
}

/* Diffs every table of f from mem's old to its main into f->body.  Returns 0 or -1. */
static int diff_tables(sqlite3 *mem, struct fh_sync_file *f, struct fh_error *err)
{
	sqlite3_session *session = NULL;
	sqlite3_changeset_iter *it = NULL;
	char *msg = NULL;
	void *body = NULL;
	int rc = sqlite3session_create(mem, "main", &session);

	for (int i = 0; rc == SQLITE_OK && i < f->ntables; i++) {
		rc = sqlite3session_attach(session, f->tables[i].name);
		if (rc == SQLITE_OK)
			rc = sqlite3session_diff(session, "old", f->tables[i].name, &msg);
	}
	if (rc == SQLITE_OK)
		rc = sqlite3session_patchset(session, &f->nbody, &body);
	sqlite3session_delete(session);
	if (rc != SQLITE_OK) {
		fh_error_set(err, _("cannot gather the changes: %s"), msg ? msg : sqlite3_errstr(rc));
		sqlite3_free(msg);
		sqlite3_free(body);
		return -1;
	}
	if (!(f->body = malloc(f->nbody ? (size_t)f->nbody : 1))) {
		sqlite3_free(body);
		return fh_error_set(err, _("out of memory"));
	}
	/* A week with nothing new has an empty patchset, and SQLite no buffer for it. */
	if (f->nbody)
		memcpy(f->body, body, (size_t)f->nbody);
	sqlite3_free(body);
	if (f->nbody && sqlite3changeset_start(&it, f->nbody, f->body) == SQLITE_OK)
		while (sqlite3changeset_next(it) == SQLITE_ROW)
			f->changes++;
	sqlite3changeset_finalize(it);
	return 0;
}

/* Makes the station's sync_base_T the rows just exported.  Returns 0 or -1. */
static int rebase(struct fh_db *db, const struct fh_sync_file *f, unsigned flags,
		  struct fh_error *err)
{
	for (int i = 0; i < f->ntables; i++) {
		const struct fh_sync_table *t = &f->tables[i];

		if (run(db->sql, sqlite3_mprintf("DELETE FROM main.\"sync_base_%w\";"
						 " INSERT INTO main.\"sync_base_%w\" %z", t->name, t->name,
						 export_select(t, "main", flags)), err))
			return -1;
	}
	return 0;
}

/* The header of f's file, up to the body (malloc'd), or NULL when out of memory. */
static char *header_text(const struct fh_sync_file *f)
{
	char *s = sqlite3_mprintf(FH_SYNC_MAGIC "\nstation-id: %s\nstation: %s\nschema: %d\n"
				  "sequence: %lld\nexported-at: %s\nfull: %s\npersonal-data: %s\n"
				  "photos: %s\n", f->station_id, f->station, f->schema, f->sequence,
				  f->exported_at, f->full ? "yes" : "no", f->personal ? "yes" : "no",
				  f->photos ? "yes" : "no");
	char *copy;

	for (int i = 0; s && i < f->ntables; i++) {
		s = sqlite3_mprintf("%ztable: %s", s, f->tables[i].name);
		for (int c = 0; s && c < f->tables[i].ncols; c++)
			s = f->tables[i].pk[c] ? sqlite3_mprintf("%z %s:%d", s, f->tables[i].cols[c],
								 f->tables[i].pk[c])
					       : sqlite3_mprintf("%z %s", s, f->tables[i].cols[c]);
		s = s ? sqlite3_mprintf("%z\n", s) : NULL;
	}
	for (int i = 0; s && i < f->nindexes; i++) {
		s = sqlite3_mprintf("%zindex: %s %s", s, f->indexes[i].name, f->indexes[i].table);
		for (int c = 0; s && c < f->indexes[i].ncols; c++)
			s = sqlite3_mprintf("%z %s", s, f->indexes[i].cols[c]);
		s = s ? sqlite3_mprintf("%z\n", s) : NULL;
	}
	s = s ? sqlite3_mprintf("%zchanges: %lld\nbody: %d\n\n", s, f->changes, f->nbody) : NULL;
	copy = s ? strdup(s) : NULL;
	sqlite3_free(s);
	return copy;
}

/* Writes all of buf to fd.  Returns 0 or -1 with errno set. */
static int write_all(int fd, const void *buf, size_t n)
{
	const char *p = buf;

	while (n) {
		ssize_t w = write(fd, p, n);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

/*
 * Writes header, body and the checksum line to a new file path, synced to
 * disk; a half-written file is removed.  Returns 0 or -1.
 */
static int write_file(const char *path, const char *header, const unsigned char *body, int nbody,
		      const char *sha, struct fh_error *err)
{
	char line[80];
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);

	if (fd < 0) {
		if (errno == EEXIST)
			return fh_error_set(err, _("'%s' already exists: not overwriting it"), path);
		return fh_error_set(err, _("cannot create '%s': %s"), path, strerror(errno));
	}
	snprintf(line, sizeof(line), "sha256: %s\n", sha);
	if (write_all(fd, header, strlen(header)) || write_all(fd, body, (size_t)nbody) ||
	    write_all(fd, line, strlen(line)) || fsync(fd) || close(fd)) {
		int e = errno;

		close(fd);
		unlink(path);
		return fh_error_set(err, _("cannot write '%s': %s"), path, strerror(e));
	}
	return 0;
}

/* The checksum of header and body, in hex into sha.  Returns 0 or -1. */
static int checksum(const char *header, const unsigned char *body, int nbody, char *sha,
		    struct fh_error *err)
{
	size_t nh = strlen(header);
	unsigned char *all = malloc(nh + (size_t)nbody + 1);

	if (!all)
		return fh_error_set(err, _("out of memory"));
	memcpy(all, header, nh);
	memcpy(all + nh, body, (size_t)nbody);
	fh_photo_sha256(all, nh + (size_t)nbody, sha);
	free(all);
	return 0;
}

/* The station's identity and the export's number and time, into f.  Returns 0 or -1. */
static int identify(struct fh_db *db, struct fh_sync_file *f, unsigned flags, struct fh_error *err)
{
	struct fh_time now;
	sqlite3_stmt *st;

	f->station_id = fh_db_setting(db, "station_id");
	f->station = fh_db_setting(db, "station");
	if (!f->station && !(f->station = strdup("")))
		return fh_error_set(err, _("out of memory"));
	if (!f->station_id)
		return fh_error_set(err, _("the station has no identity (setting station_id)"));
	fh_schema_migrations(&f->schema);
	f->full = !!(flags & FH_SYNC_FULL);
	f->personal = !!(flags & FH_SYNC_PERSONAL);
	f->photos = !!(flags & FH_SYNC_PHOTOS);
	if (fh_now(&now, err))
		return -1;
	fh_time_format(&now, f->exported_at);
	if (fh_db_prepare(db, &st, "SELECT coalesce(max(seq), 0) + 1 FROM sync_exports", err))
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		f->sequence = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return f->sequence ? 0 : fh_db_error(db, err, _("cannot read the last export"));
}

/* Records export f (its file's bytes) as the last one.  Returns 0 or -1. */
static int record_export(struct fh_db *db, const struct fh_sync_file *f, const char *header,
			 struct fh_error *err)
{
	sqlite3_stmt *st;
	size_t nh = strlen(header);
	char line[80];
	int rc;

	if (fh_db_exec(db, "UPDATE sync_exports SET file = NULL WHERE file IS NOT NULL", err) ||
	    fh_db_prepare(db, &st, "INSERT INTO sync_exports (seq, exported_at, full, personal, photos,"
			  " changes, bytes, sha256, file) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8,"
			  " CAST(?9 AS BLOB) || ?10 || CAST(?11 AS BLOB))", err))
		return -1;
	sqlite3_bind_int64(st, 1, f->sequence);
	sqlite3_bind_text(st, 2, f->exported_at, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 3, f->full);
	sqlite3_bind_int(st, 4, f->personal);
	sqlite3_bind_int(st, 5, f->photos);
	sqlite3_bind_int64(st, 6, f->changes);
	sqlite3_bind_int64(st, 7, (sqlite3_int64)nh + f->nbody + FH_SYNC_TRAILER);
	sqlite3_bind_text(st, 8, f->sha256, -1, SQLITE_STATIC);
	sqlite3_bind_blob(st, 9, header, (int)nh, SQLITE_STATIC);
	sqlite3_bind_blob(st, 10, f->body, f->nbody, SQLITE_STATIC);
	snprintf(line, sizeof(line), "sha256: %s\n", f->sha256);
	sqlite3_bind_blob(st, 11, line, (int)strlen(line), SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : fh_db_error(db, err, _("cannot record the export"));
}

/* What the export writes before it commits. */
struct pending {
	const char *path;
	const char *header;
	const struct fh_sync_file *f;
};

static int write_pending(void *ctx, struct fh_error *err)
{
	const struct pending *p = ctx;

	return write_file(p->path, p->header, p->f->body, p->f->nbody, p->f->sha256, err);
}

/* fh_mask_text(x) in SQL on the working connection, as fh_db_open has it on the station's. */
static void sql_mask(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const char *s = (const char *)sqlite3_value_text(argv[0]);
	char *buf;

	(void)argc;
	if (!s) {
		sqlite3_result_null(ctx);
		return;
	}
	if (!(buf = malloc(strlen(s) + 1))) {
		sqlite3_result_error_nomem(ctx);
		return;
	}
	sqlite3_result_text(ctx, fh_mask_text(s, buf, strlen(s) + 1), -1, free);
}

/*
 * Opens the working connection: an in-memory main (the rows as exported
 * now), "old" (the last export) and the station's file as "st".  Its own
 * connection, because a session takes over the preupdate hook that the
 * station's connection keeps for the audit trail.  Returns 0 or -1.
 */
static int open_work(struct fh_db *db, sqlite3 **mem, struct fh_error *err)
{
	char *path = strncmp(db->path, "file:", 5) ? sqlite3_mprintf("%s", db->path)
						   : sqlite3_mprintf("./%s", db->path);
	sqlite3_stmt *st = NULL;
	int ok = path && sqlite3_open_v2(":memory:", mem, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK &&
		 sqlite3_create_function(*mem, "fh_mask_text", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
					 NULL, sql_mask, NULL, NULL) == SQLITE_OK &&
		 sqlite3_prepare_v2(*mem, "ATTACH ?1 AS st", -1, &st, NULL) == SQLITE_OK &&
		 sqlite3_bind_text(st, 1, path, -1, SQLITE_STATIC) == SQLITE_OK &&
		 sqlite3_step(st) == SQLITE_DONE &&
		 sqlite3_exec(*mem, "ATTACH ':memory:' AS old; BEGIN", NULL, NULL, NULL) == SQLITE_OK;

	sqlite3_finalize(st);
	sqlite3_free(path);
	if (!ok)
		return fh_error_set(err, _("cannot export the changes: %s"),
				    *mem ? sqlite3_errmsg(*mem) : _("out of memory"));
	sqlite3_busy_timeout(*mem, FH_DB_BUSY_TIMEOUT_MS);
	return 0;
}

/* Stages, diffs, rebases and records, the transaction open.  Returns 0 or -1. */
static int export_changes(struct fh_db *db, struct fh_sync_file *f, unsigned flags,
			  struct fh_error *err)
{
	sqlite3 *mem = NULL;
	int rc = -1;

	if (identify(db, f, flags, err) || read_tables(db, f, err) || read_indexes(db, f, err) ||
	    open_work(db, &mem, err))
		goto done;
	for (int i = 0; i < f->ntables; i++)
		if (stage_table(db, mem, &f->tables[i], flags, err))
			goto done;
	rc = diff_tables(mem, f, err) || rebase(db, f, flags, err) ? -1 : 0;
done:
	sqlite3_close(mem);
	return rc;
}

/* Whether the station has exported but fh_sync_forget dropped the copy of it since. */
static bool forgotten(struct fh_db *db)
{
	sqlite3_stmt *st;
	bool yes = false;

	if (!fh_db_prepare(db, &st, "SELECT EXISTS (SELECT 1 FROM sync_exports)"
			   " AND NOT EXISTS (SELECT 1 FROM main.sqlite_schema"
			   "  WHERE name = 'sync_base_settings')", NULL)) {
		yes = sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0);
		sqlite3_finalize(st);
	}
	return yes;
}

int fh_sync_forget(struct fh_db *db, struct fh_error *err)
{
	sqlite3_stmt *st;
	char *drops = NULL;
	int rc;

	/* The copies are named from the schema; they are sync's own tables, listed first. */
	if (fh_db_prepare(db, &st, "SELECT group_concat(printf('DROP TABLE main.\"%w\";', name), '')"
			  " FROM main.sqlite_schema WHERE type = 'table'"
			  " AND name LIKE 'sync\\_base\\_%' ESCAPE '\\'", err))
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0) &&
	    !(drops = strdup((const char *)sqlite3_column_text(st, 0)))) {
		sqlite3_finalize(st);
		return fh_error_set(err, _("out of memory"));
	}
	sqlite3_finalize(st);
	rc = (drops && fh_db_exec(db, drops, err)) ||
	     fh_db_exec(db, "UPDATE sync_exports SET file = NULL WHERE file IS NOT NULL", err) ? -1 : 0;
	free(drops);
	return rc;
}

int fh_sync_export(struct fh_db *db, const char *path, unsigned flags,
		   struct fh_sync_result *res, struct fh_error *err)
{
	struct fh_sync_file f = { 0 };
	struct pending p = { path, NULL, &f };
	struct stat sb;
	int rc = -1;

	if (!lstat(path, &sb))
		return fh_error_set(err, _("'%s' already exists: not overwriting it"), path);
	if (fh_db_begin(db, err))
		return -1;
	/* After fh purge forgot the last export, only the whole station is the truth. */
	if (forgotten(db))
		flags |= FH_SYNC_FULL;
	if (export_changes(db, &f, flags, err))
		goto done;
	if (!(p.header = header_text(&f))) {
		fh_error_set(err, _("out of memory"));
		goto done;
	}
	if (checksum(p.header, f.body, f.nbody, f.sha256, err) ||
	    record_export(db, &f, p.header, err))
		goto done;
	/* The file is written, and synced, before the commit: if it fails, nothing moved. */
	db->before_commit = write_pending;
	db->before_commit_ctx = &p;
	rc = fh_db_commit(db, err);
	db->before_commit = NULL;
	if (!rc && res)
		*res = (struct fh_sync_result){ f.sequence, f.changes,
						strlen(p.header) + (size_t)f.nbody + FH_SYNC_TRAILER };
done:
	if (rc && db->in_transaction)
		fh_db_rollback(db);
	free((char *)p.header);
	fh_sync_file_free(&f);
	return rc;
}

int fh_sync_export_again(struct fh_db *db, const char *path, struct fh_sync_result *res,
			 struct fh_error *err)
{
	sqlite3_stmt *st;
	int rc = -1, fd;

	if (fh_db_prepare(db, &st, "SELECT seq, changes, file FROM sync_exports"
			  " ORDER BY seq DESC LIMIT 1", err))
		return -1;
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_finalize(st);
		return fh_error_set(err, _("nothing was exported yet: run 'fh sync export -o FILE'"));
	}
	if (sqlite3_column_type(st, 2) == SQLITE_NULL) {
		sqlite3_finalize(st);
		return fh_error_set(err, _("the last export was erased by fh purge: the next"
					   " export sends the whole station"));
	}
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd < 0) {
		fh_error_set(err, errno == EEXIST ? _("'%s' already exists: not overwriting it")
			     : _("cannot create '%s': %s"), path, strerror(errno));
	} else if (write_all(fd, sqlite3_column_blob(st, 2), (size_t)sqlite3_column_bytes(st, 2)) ||
		   fsync(fd) || close(fd)) {
		close(fd);
		unlink(path);
		fh_error_set(err, _("cannot write '%s': %s"), path, strerror(errno));
	} else {
		*res = (struct fh_sync_result){ sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1),
						(size_t)sqlite3_column_bytes(st, 2) };
		rc = 0;
	}
	sqlite3_finalize(st);
	return rc;
}

/* Reads the whole file path into *buf (malloc'd), *n bytes.  Returns 0 or -1. */
static int slurp(const char *path, unsigned char **buf, size_t *n, struct fh_error *err)
{
	FILE *fp = fopen(path, "rb");
	size_t cap = 1 << 16;

	*n = 0;
	if (!fp)
		return fh_error_set(err, _("cannot open '%s': %s"), path, strerror(errno));
	*buf = malloc(cap);
	while (*buf) {
		size_t r = fread(*buf + *n, 1, cap - *n, fp);
		unsigned char *more;

		*n += r;
		if (*n < cap)
			break;
		if (cap >= (size_t)1 << 31 || !(more = realloc(*buf, cap * 2))) {
			free(*buf);
			*buf = NULL;
			break;
		}
		*buf = more;
		cap *= 2;
	}
	if (!*buf || ferror(fp)) {
		fclose(fp);
		free(*buf);
		*buf = NULL;
		return fh_error_set(err, _("cannot read '%s'"), path);
	}
	fclose(fp);
	return 0;
}

/*
 * Tells whether name can be a station table's or column's name: lowercase
 * letters, digits and '_', and none of the bureau's, SQLite's or sync's own.
 */
static bool plain_name(const char *name)
{
	if (!*name || strspn(name, "abcdefghijklmnopqrstuvwxyz0123456789_") != strlen(name))
		return false;
	return strncmp(name, "bureau_", 7) && strncmp(name, "sqlite_", 7) && strncmp(name, "sync_", 5) &&
	       strcmp(name, "station");
}

/* Reads one "table: NAME COL[:PK] ..." value into a new table of f.  Returns 0 or -1. */
static int parse_table(struct fh_sync_file *f, char *value)
{
	struct fh_sync_table *t = realloc(f->tables, (size_t)(f->ntables + 1) * sizeof(*t));
	char *save = NULL, *word;

	if (!t)
		return -1;
	f->tables = t;
	t = &f->tables[f->ntables++];
	memset(t, 0, sizeof(*t));
	if (!(word = strtok_r(value, " ", &save)) || !plain_name(word) || !(t->name = strdup(word)))
		return -1;
	while ((word = strtok_r(NULL, " ", &save))) {
		char **cols = realloc(t->cols, (size_t)(t->ncols + 1) * sizeof(*cols));
		int *pk = cols ? realloc(t->pk, (size_t)(t->ncols + 1) * sizeof(*pk)) : NULL;
		char *colon = strchr(word, ':');

		if (cols)
			t->cols = cols;
		if (!cols || !pk)
			return -1;
		t->pk = pk;
		t->pk[t->ncols] = colon ? atoi(colon + 1) : 0;
		if (colon)
			*colon = '\0';
		if ((!plain_name(word) && strcmp(word, "rowid")) || t->pk[t->ncols] < 0 ||
		    !(t->cols[t->ncols++] = strdup(word)))
			return -1;
	}
	return t->ncols ? 0 : -1;
}

/* Reads one "index: NAME TABLE COL ..." value into f.  Returns 0 or -1. */
static int parse_index(struct fh_sync_file *f, char *value)
{
	char *save = NULL, *name = strtok_r(value, " ", &save), *table = strtok_r(NULL, " ", &save);
	char *col;
	int n = 0;

	if (!name || !table || !plain_name(name) || !plain_name(table))
		return -1;
	while ((col = strtok_r(NULL, " ", &save))) {
		if ((f->nindexes && !strcmp(f->indexes[f->nindexes - 1].name, name) && !n) ||
		    !plain_name(col) || add_index_column(f, name, table, col))
			return -1;
		n++;
	}
	return n ? 0 : -1;
}

/* Takes one header line "KEY: VALUE" into f.  Returns 0, or -1 for a line it does not know. */
static int parse_line(struct fh_sync_file *f, char *line)
{
	char *value = strstr(line, ": ");

	if (!value)
		return -1;
	*value = '\0';
	value += 2;
	/* A line given twice makes a file that says two things: refused. */
	if (!strcmp(line, "station-id"))
		return !f->station_id && (f->station_id = strdup(value)) ? 0 : -1;
	if (!strcmp(line, "station"))
		return !f->station && (f->station = strdup(value)) ? 0 : -1;
	if (!strcmp(line, "schema"))
		return f->schema = atoi(value), 0;
	if (!strcmp(line, "sequence"))
		return f->sequence = atoll(value), 0;
	if (!strcmp(line, "exported-at"))
		return snprintf(f->exported_at, sizeof(f->exported_at), "%s", value), 0;
	if (!strcmp(line, "full"))
		return f->full = !strcmp(value, "yes"), 0;
	if (!strcmp(line, "personal-data"))
		return f->personal = !strcmp(value, "yes"), 0;
	if (!strcmp(line, "photos"))
		return f->photos = !strcmp(value, "yes"), 0;
	if (!strcmp(line, "changes"))
		return f->changes = atoll(value), 0;
	if (!strcmp(line, "body"))
		return f->nbody = atoi(value), 0;
	if (!strcmp(line, "table"))
		return parse_table(f, value);
	if (!strcmp(line, "index"))
		return parse_index(f, value);
	return -1;
}

/* Parses the header, the n bytes of buf up to the blank line, into f.  Returns 0 or -1. */
static int parse_header(struct fh_sync_file *f, char *buf)
{
	char *save = NULL, *line = strtok_r(buf, "\n", &save);

	if (!line || strcmp(line, FH_SYNC_MAGIC))
		return -1;
	while ((line = strtok_r(NULL, "\n", &save)))
		if (parse_line(f, line))
			return -1;
	return f->station_id && f->station && f->sequence > 0 && f->schema > 0 &&
	       f->nbody >= 0 ? 0 : -1;
}

int fh_sync_read(const char *path, struct fh_sync_file *f, struct fh_error *err)
{
	unsigned char *buf = NULL, *end;
	size_t n, nh;
	int rc = -1;

	memset(f, 0, sizeof(*f));
	if (slurp(path, &buf, &n, err))
		return -1;
	if (n < FH_SYNC_TRAILER + sizeof(FH_SYNC_MAGIC) ||
	    memcmp(buf, FH_SYNC_MAGIC "\n", sizeof(FH_SYNC_MAGIC)) ||
	    memcmp(buf + n - FH_SYNC_TRAILER, "sha256: ", 8) || buf[n - 1] != '\n') {
		fh_error_set(err, _("'%s' is not an fh changeset, or is cut short"), path);
		goto done;
	}
	fh_photo_sha256(buf, n - FH_SYNC_TRAILER, f->sha256);
	if (memcmp(buf + n - FH_SYNC_TRAILER + 8, f->sha256, 64)) {
		fh_error_set(err, _("'%s' does not match its checksum: it was cut short or altered"), path);
		goto done;
	}
	end = memmem(buf, n - FH_SYNC_TRAILER, "\n\n", 2);
	if (!end) {
		fh_error_set(err, _("'%s' is not an fh changeset, or is cut short"), path);
		goto done;
	}
	nh = (size_t)(end - buf) + 2;
	*end = '\0';
	if (parse_header(f, (char *)buf) || (size_t)f->nbody != n - FH_SYNC_TRAILER - nh) {
		fh_error_set(err, _("'%s' has a header fh does not read"), path);
		goto done;
	}
	if (!(f->body = malloc(f->nbody ? (size_t)f->nbody : 1))) {
		fh_error_set(err, _("out of memory"));
		goto done;
	}
	memcpy(f->body, buf + nh, (size_t)f->nbody);
	rc = 0;
done:
	free(buf);
	return rc;
}
