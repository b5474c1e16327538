/*
 * A station's changes, pushed upward (fh sync export): a changeset (SQLite's
 * session extension) of every row changed since the last export, with a
 * header naming the station, its schema and the export's sequence number,
 * and a SHA-256 checksum over both.  The station keeps a copy of what it
 * last exported (the sync_base_ tables) and diffs against it, so the
 * changes made by any tool are seen, and the export, the copy and the
 * sequence number move in one transaction.  See fh-sync(7).
 */
#ifndef FH_SYNC_H
#define FH_SYNC_H

#include <stddef.h>

#include "fh/db.h"
#include "fh/error.h"

/* Flags of fh_sync_export. */
#define FH_SYNC_PERSONAL 0x1u  /* names, phones and addresses as they are, not left out */
#define FH_SYNC_PHOTOS   0x2u  /* the photos' bytes too */
#define FH_SYNC_FULL     0x4u  /* every row, not the changes: replaces the station at the bureau */

/* The first line of a changeset file. */
#define FH_SYNC_MAGIC "fh-sync 1"

/* One table of a changeset file: its name and columns, as the station has them. */
struct fh_sync_table {
	char *name;
	int ncols;
	char **cols;
	int *pk;      /* per column: 0, or its place (1, 2, ...) in the primary key */
};

/* One index of a station table, which the bureau makes with the station first. */
struct fh_sync_index {
	char *name;
	char *table;
	int ncols;
	char **cols;
};

/* A changeset file, read and checked. */
struct fh_sync_file {
	char *station_id;   /* the station's identity (setting station_id) */
	char *station;      /* its name (setting station), "" when it has none */
	int schema;         /* its schema version */
	long long sequence; /* 1 for the first export */
	char exported_at[32];
	int full;           /* 1: every row, to replace the station's at the bureau */
	int personal, photos;
	long long changes;  /* rows inserted, updated or deleted */
	int ntables;
	struct fh_sync_table *tables;
	int nindexes;
	struct fh_sync_index *indexes;
	unsigned char *body;  /* the changeset */
	int nbody;
	char sha256[65];    /* the file's checksum, hex */
};

/* What fh_sync_export wrote. */
struct fh_sync_result {
	long long sequence;
	long long changes;
	size_t bytes;
};

/*
 * Writes to path (which must not exist) the changes of db since its last
 * export (flags FH_SYNC_*), and records the export, in one transaction:
 * when the file cannot be written nothing changes.  Returns 0 or -1.
 */
int fh_sync_export(struct fh_db *db, const char *path, unsigned flags,
		   struct fh_sync_result *res, struct fh_error *err);

/*
 * Forgets what was exported (fh purge calls it in its transaction): drops
 * the copies of the last export kept in the station's file and the last
 * files themselves, which may quote what was erased; the next export then
 * sends the whole station (FH_SYNC_FULL), replacing its rows at the bureau.
 * Returns 0 or -1.
 */
int fh_sync_forget(struct fh_db *db, struct fh_error *err);

/*
 * Writes the last export again to path (which must not exist), e.g. when
 * the copy sent was lost.  Returns 0, or -1 (also when there was none).
 */
int fh_sync_export_again(struct fh_db *db, const char *path, struct fh_sync_result *res,
			 struct fh_error *err);

/*
 * Reads the changeset file path into f and checks it: its form, its
 * length and its checksum (a truncated or altered file is refused).
 * Returns 0 or -1; free f with fh_sync_file_free either way.
 */
int fh_sync_read(const char *path, struct fh_sync_file *f, struct fh_error *err);

/* Frees what fh_sync_read allocated in f. */
void fh_sync_file_free(struct fh_sync_file *f);

#endif
