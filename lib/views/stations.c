/*
 * The stations a statistic reads: opened, known by identity, attached a
 * batch at a time and read with one query per batch.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fh/bureau.h"
#include "fh/db.h"
#include "fh/i18n.h"
#include "fh/stations.h"

/* The last part of a path, for a station without a name. */
static const char *base_name(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? slash + 1 : path;
}

/*
 * Opens path into *db, or, when *db (previous, of prev) is a station of
 * the same bureau's file, shows that station in it instead: the stations
 * of a bureau are read with one connection.  Returns 0 or -1.
 */
static int station_db(struct fh_db **db, const char *prev, const char *path, bool bureau,
		      struct fh_error *err)
{
	size_t n, m;
	const char *id = bureau ? fh_bureau_station_id(path, &n) : NULL;

	if (*db && id && prev && fh_bureau_station_id(prev, &m) && m == n && !strncmp(prev, path, n))
		return fh_bureau_switch(*db, id, err);
	fh_db_close(*db);
	*db = NULL;
	return fh_db_open(db, path, 0, err);
}

/*
 * Opens one station's file (or shows it in *db, see station_db; *db is
 * left open for the next station) and reads its name and identity into
 * s.  Reading the schema names a damaged file here, not later at ATTACH.
 * Returns 0 or -1.
 */
static int station_read(struct fh_station *s, struct fh_db **db, const char *prev,
			const char *path, struct fh_error *err)
{
	sqlite3_stmt *stmt = NULL;
	struct stat sb;
	int rc;

	s->bureau = fh_bureau_station_name(path);
	if (station_db(db, prev, path, s->bureau, err))
		return -1;
	rc = fh_db_prepare(*db, &stmt, "SELECT 1 FROM reports LIMIT 0", err);
	sqlite3_finalize(stmt);
	if (!rc) {
		s->name = fh_db_setting(*db, "station");
		s->id = fh_db_setting(*db, "station_id");
	}
	if (rc)
		return fh_error_prefix(err, "'%s'", path);
	if (s->name && !*s->name) {
		free(s->name);
		s->name = NULL;
	}
	if (!s->name && !(s->name = strdup(base_name(path))))
		return fh_error_set(err, _("out of memory"));
	if (!stat(path, &sb)) {
		s->dev = sb.st_dev;
		s->ino = sb.st_ino;
	}
	return 0;
}

/* Tells whether a and b are one station: the same file, or the same identity. */
static bool same_station(const struct fh_station *a, const struct fh_station *b, bool *same_file)
{
	*same_file = a->ino && a->dev == b->dev && a->ino == b->ino;
	return *same_file || (a->id && b->id && !strcmp(a->id, b->id));
}

/*
 * Labels the stations: each by its name, but "NAME (PATH)" when another,
 * different station bears the same name, so --by station keeps them
 * apart.  Returns 0 or -1 when out of memory.
 */
static int station_labels(struct fh_station *st, int n)
{
	for (int i = 0; i < n; i++) {
		bool shared = false;

		for (int j = 0; j < n && !shared; j++)
			shared = j != i && !strcmp(st[i].name, st[j].name) &&
				 !same_station(&st[i], &st[j], &(bool){ 0 });
		if (shared) {
			size_t len = strlen(st[i].name) + strlen(st[i].path) + 4;

			if ((st[i].label = malloc(len)))
				snprintf(st[i].label, len, "%s (%s)", st[i].name, st[i].path);
		} else {
			st[i].label = strdup(st[i].name);
		}
		if (!st[i].label)
			return -1;
	}
	return 0;
}

int fh_stations_open(const char *const *dbs, int n, struct fh_station **out,
		     struct fh_error *err)
{
	struct fh_station *st = calloc((size_t)n + 1, sizeof(*st));
	struct fh_db *db = NULL;

	*out = NULL;
	if (!st)
		return fh_error_set(err, _("out of memory"));
	for (int i = 0; i < n; i++) {
		if (!(st[i].path = strdup(dbs[i]))) {
			fh_error_set(err, _("out of memory"));
			goto fail;
		}
		if (station_read(&st[i], &db, i ? dbs[i - 1] : NULL, dbs[i], err))
			goto fail;
	}
	fh_db_close(db);
	db = NULL;
	if (station_labels(st, n)) {
		fh_error_set(err, _("out of memory"));
		goto fail;
	}
	*out = st;
	return 0;
fail:
	fh_db_close(db);
	fh_stations_free(st, n);
	return -1;
}

void fh_stations_free(struct fh_station *st, int n)
{
	for (int i = 0; st && i < n; i++) {
		free(st[i].path);
		free(st[i].name);
		free(st[i].id);
		free(st[i].label);
	}
	free(st);
}

int fh_stations_repeat(const struct fh_station *st, int i, bool *same_file)
{
	for (int j = 0; j < i; j++)
		if (same_station(&st[i], &st[j], same_file))
			return j;
	*same_file = false;
	return -1;
}

void fh_stations_sql(char **sql, const char *fmt, ...)
{
	va_list ap;
	char *more, *joined;

	if (!*sql)
		return;
	va_start(ap, fmt);
	more = sqlite3_vmprintf(fmt, ap);
	va_end(ap);
	joined = more ? sqlite3_mprintf("%s%s", *sql, more) : NULL;
	sqlite3_free(more);
	sqlite3_free(*sql);
	*sql = joined;
}

unsigned fh_stations_keys(char **sql, const struct fh_tally_key *const *keys, size_t nkeys,
			  const char *label)
{
	unsigned joins = 0;

	for (size_t k = 0; k < nkeys; k++) {
		if (keys[k]->expr)
			fh_stations_sql(sql, "%s, ", keys[k]->expr);
		else
			fh_stations_sql(sql, "%Q, ", label);
		joins |= keys[k]->joins;
	}
	return joins;
}

void fh_stations_joins(char **sql, const char *schema, unsigned joins, char alias)
{
	if (joins & FH_JOIN_ZONE)
		fh_stations_sql(sql, " LEFT JOIN \"%w\".zones z ON z.id = %c.zone_id", schema, alias);
	if (joins & FH_JOIN_GROUP)
		fh_stations_sql(sql, " LEFT JOIN \"%w\".groups g ON g.id = %c.group_id", schema, alias);
	if (joins & FH_JOIN_CAT)
		fh_stations_sql(sql, " LEFT JOIN \"%w\".categories c ON c.code = %c.category",
				schema, alias);
	if (joins & FH_JOIN_MEMBER)
		fh_stations_sql(sql, " LEFT JOIN \"%w\".members m ON m.id = %c.member_id", schema, alias);
	if (joins & FH_JOIN_TEAM)
		fh_stations_sql(sql, " LEFT JOIN \"%w\".teams t ON t.id = %c.team_id", schema, alias);
	if (joins & FH_JOIN_ATTENDEE)
		fh_stations_sql(sql, " LEFT JOIN \"%w\".activity_attendance x ON x.activity_id = %c.id"
				" LEFT JOIN \"%w\".members m ON m.id = x.member_id", schema, alias, schema);
}

void fh_stations_row_keys(sqlite3_stmt *stmt, size_t nkeys, const char **vals)
{
	for (size_t k = 0; k < nkeys; k++)
		vals[k] = (const char *)sqlite3_column_text(stmt, (int)k);
}

/* Sets err from the in-memory connection's last error. */
static int mem_error(sqlite3 *mem, struct fh_error *err, const char *doing)
{
	return fh_error_set(err, "%s: %s", doing, mem ? sqlite3_errmsg(mem) : _("out of memory"));
}

/*
 * Attaches the station database path to mem as schema "s<i>".  A path
 * starting with "file:" is the file of that name, not a URI: "./" is put
 * before it, as fh_db_sqlite_open does.  Returns 0 or -1.
 */
static int attach_station(sqlite3 *mem, int i, const char *path, struct fh_error *err)
{
	char *att = sqlite3_mprintf("ATTACH ?1 AS \"s%d\"", i);
	char *name = strncmp(path, "file:", 5) ? NULL : sqlite3_mprintf("./%s", path);
	sqlite3_stmt *a = NULL;
	int ok = att && (name || strncmp(path, "file:", 5)) &&
		 sqlite3_prepare_v2(mem, att, -1, &a, NULL) == SQLITE_OK &&
		 sqlite3_bind_text(a, 1, name ? name : path, -1, SQLITE_STATIC) == SQLITE_OK &&
		 sqlite3_step(a) == SQLITE_DONE;

	sqlite3_finalize(a);
	sqlite3_free(att);
	sqlite3_free(name);
	if (!ok)
		return mem_error(mem, err, _("cannot attach a station"));
	return 0;
}

/* Runs sql (a batch of stations' SELECTs) over mem, giving every row to q.  Returns 0 or -1. */
static int scan_batch(sqlite3 *mem, const char *sql, const struct fh_stats_options *opt,
		      const struct fh_stations_query *q, struct fh_error *err)
{
	sqlite3_stmt *stmt = NULL;

	if (!sql)
		return fh_error_set(err, _("out of memory"));
	if (sqlite3_prepare_v2(mem, sql, -1, &stmt, NULL) != SQLITE_OK)
		return mem_error(mem, err, _("cannot read the reports"));
	/* A parameter the batch does not use is out of range: that is no error. */
	sqlite3_bind_text(stmt, 1, opt->since, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 2, opt->until, -1, SQLITE_STATIC);
	if (opt->category)
		sqlite3_bind_text(stmt, 3, opt->category, -1, SQLITE_STATIC);
	if (opt->zone)
		sqlite3_bind_text(stmt, 4, opt->zone, -1, SQLITE_STATIC);
	if (opt->family)
		sqlite3_bind_text(stmt, 5, opt->family, -1, SQLITE_STATIC);
	while (sqlite3_step(stmt) == SQLITE_ROW)
		q->row(stmt, q->ctx);
	/* finalize returns the error of a step that failed. */
	if (sqlite3_finalize(stmt) != SQLITE_OK)
		return mem_error(mem, err, _("cannot read the reports"));
	if (q->failed && q->failed(q->ctx))
		return fh_error_set(err, _("out of memory"));
	return 0;
}

/* Attaches stations st[first..first+n-1], reads them with one query and detaches them. */
static int scan_stations(sqlite3 *mem, const struct fh_station *st, int n,
			 const struct fh_stats_options *opt, const struct fh_stations_query *q,
			 struct fh_error *err)
{
	char *sql = sqlite3_mprintf("%s", "");
	int attached, rc = -1;

	for (attached = 0; attached < n; attached++)
		if (attach_station(mem, attached, st[attached].path, err))
			goto done;
	for (int s = 0; s < n; s++) {
		char schema[16];

		snprintf(schema, sizeof(schema), "s%d", s);
		fh_stations_sql(&sql, "%s", s ? " UNION ALL " : "");
		q->select(&sql, schema, st[s].label, q->ctx);
	}
	rc = scan_batch(mem, sql, opt, q, err);
done:
	sqlite3_free(sql);
	for (; attached > 0; attached--) {
		char *det = sqlite3_mprintf("DETACH \"s%d\"", attached - 1);

		sqlite3_exec(mem, det, NULL, NULL, NULL);
		sqlite3_free(det);
	}
	return rc;
}

/* Tells whether a and b are stations of the same bureau's file. */
static bool same_bureau(const struct fh_station *a, const struct fh_station *b)
{
	size_t na, nb;

	return a->bureau && b->bureau && fh_bureau_station_id(a->path, &na) &&
	       fh_bureau_station_id(b->path, &nb) && na == nb && !strncmp(a->path, b->path, na);
}

/*
 * Reads the stations st[0..n-1] of one bureau's file with one connection,
 * where their tables are TEMP views (fh_bureau_open_station) showing one
 * station at a time: schema "temp".
 */
static int scan_own(const struct fh_station *st, int n, const struct fh_stats_options *opt,
		    const struct fh_stations_query *q, struct fh_error *err)
{
	struct fh_db *db;
	size_t len;
	int rc = 0;

	if (fh_db_open(&db, st[0].path, 0, err))
		return -1;
	for (int i = 0; i < n && !rc; i++) {
		char *sql = sqlite3_mprintf("%s", "");

		if (i && fh_bureau_switch(db, fh_bureau_station_id(st[i].path, &len), err)) {
			sqlite3_free(sql);
			rc = -1;
			break;
		}
		q->select(&sql, "temp", st[i].label, q->ctx);
		rc = scan_batch(db->sql, sql, opt, q, err);
		sqlite3_free(sql);
	}
	fh_db_close(db);
	return rc;
}

int fh_stations_scan(const struct fh_stats_options *opt, const struct fh_stations_query *q,
		     struct fh_error *err)
{
	struct fh_station *st = NULL;
	sqlite3 *mem = NULL;
	int batch, rc = -1;

	if (fh_stations_open(opt->dbs, opt->ndbs, &st, err))
		return -1;
	if (sqlite3_open_v2(":memory:", &mem, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK) {
		mem_error(mem, err, _("cannot open a working database"));
		goto done;
	}
	sqlite3_busy_timeout(mem, FH_DB_BUSY_TIMEOUT_MS);
	batch = sqlite3_limit(mem, SQLITE_LIMIT_ATTACHED, -1);
	if (batch > 16)
		batch = 16;
	if (batch < 1)
		batch = 1;
	for (int first = 0, n; first < opt->ndbs; first += n) {
		if (st[first].bureau) {
			for (n = 1; first + n < opt->ndbs && same_bureau(&st[first], &st[first + n]); n++)
				;
			if (scan_own(st + first, n, opt, q, err))
				goto done;
			continue;
		}
		for (n = 1; n < batch && first + n < opt->ndbs && !st[first + n].bureau; n++)
			;
		if (scan_stations(mem, st + first, n, opt, q, err))
			goto done;
	}
	rc = 0;
done:
	sqlite3_close(mem);
	fh_stations_free(st, opt->ndbs);
	return rc;
}
