/*
 * Batches of reports (fh-report import, fh-report-import(5)): a YAML
 * list, JSON Lines or CSV with a header row, each read as a stream so
 * that any number of reports fits in memory, and filed all or nothing.
 */
#ifndef FH_REPORT_IMPORT_H
#define FH_REPORT_IMPORT_H

#include <stdio.h>
#include <sqlite3.h>

#include "fh/db.h"
#include "fh/error.h"
#include "fh/report.h"

enum fh_import_format { FH_IMPORT_AUTO, FH_IMPORT_YAML, FH_IMPORT_JSONL, FH_IMPORT_CSV };

/*
 * Parses a format name: "yaml", "jsonl" (or "json") or "csv".  Returns 0,
 * or -1 with a usage error naming the value.
 */
int fh_import_format_parse(const char *s, enum fh_import_format *fmt,
			   struct fh_error *err);

/*
 * The format a file name says by its extension (.yaml, .yml, .jsonl,
 * .json, .ndjson, .csv), or FH_IMPORT_AUTO.
 */
enum fh_import_format fh_import_format_of(const char *name);

/*
 * Called with each report read, in input order; the input and its strings
 * live until the call returns.  Returns 0 to go on, or -1 with err set to
 * stop the reading.
 */
typedef int (*fh_report_sink)(void *ctx, const struct fh_report_input *in,
			      struct fh_error *err);

/*
 * Reads reports from fp (named name in errors; photo paths relative to
 * photo_dir) in format fmt (FH_IMPORT_AUTO: guessed from the first
 * bytes) and calls sink for each.  Unknown keys, wrong types and invalid
 * UTF-8 are errors naming file, line and (where known) column.  Returns
 * 0, or -1 with err set.
 */
int fh_report_read(FILE *fp, const char *name, const char *photo_dir,
		   enum fh_import_format fmt, fh_report_sink sink, void *ctx,
		   struct fh_error *err);

/*
 * Files every report of fp in one transaction, as actor.  On success
 * *ids (the caller frees it) holds the new ids in input order and *n
 * their count; on failure nothing is written, -1 is returned and err
 * names the place and the problem.  An officer not in the station's
 * officers list is refused unless new_officers, which adds it.
 */
int fh_report_import(struct fh_db *db, const char *actor, FILE *fp,
		     const char *name, const char *photo_dir,
		     enum fh_import_format fmt, int new_officers,
		     sqlite3_int64 **ids, size_t *n, struct fh_error *err);

#endif
