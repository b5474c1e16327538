/*
 * The one output writer: rows of named columns written as an aligned
 * table (for people), TSV, CSV (RFC 4180) or JSON Lines (for scripts).
 * Tables line up by display width, so Chinese text (two columns a
 * character) stays aligned.  Phone columns, and personal numbers inside
 * any text (fh_mask_text), are masked unless revealed.
 */
#ifndef FH_OUT_H
#define FH_OUT_H

#include <stdbool.h>
#include <stdio.h>
#include <jansson.h>
#include <sqlite3.h>

#include "fh/error.h"

enum fh_format {
	FH_FORMAT_TABLE,
	FH_FORMAT_TSV,
	FH_FORMAT_CSV,
	FH_FORMAT_JSON,
	FH_FORMAT_MARKDOWN,  /* a Markdown table, for documents; fh_format_parse does not offer it */
};

/* Flags of fh_out_new. */
#define FH_OUT_NO_HEADER 0x1u  /* no header row in table, tsv and csv */
#define FH_OUT_REVEAL    0x2u  /* show personal data unmasked */

/* Flags of fh_out_column. */
#define FH_COL_PHONE 0x1u  /* a phone number: masked unless FH_OUT_REVEAL */
#define FH_COL_CODE  0x2u  /* a code (kind, status, category ...): its label in a Chinese table */
#define FH_COL_FIELD 0x4u  /* a field's name: in the reader's language in a table */
#define FH_COL_DIGITS 0x8u /* text that may hold phone numbers: runs of 7 or more
                                digits masked (fh_mask_digits) unless FH_OUT_REVEAL */
#define FH_COL_RIGHT 0x10u /* right-aligned in a table whatever its values (as numbers are) */

struct fh_out;

/*
 * Parses a format name ("table", "tsv", "csv", "json") into *fmt.
 * Returns 0, or -1 with a usage error naming the value.
 */
int fh_format_parse(const char *name, enum fh_format *fmt, struct fh_error *err);

/*
 * Creates a writer onto fp (borrowed; the caller closes it).  Returns the
 * writer, owned by the caller and freed with fh_out_free, or NULL when out
 * of memory.
 */
struct fh_out *fh_out_new(FILE *fp, enum fh_format fmt, unsigned flags);

/* Declares the next column, before the first value.  name is copied. */
void fh_out_column(struct fh_out *out, const char *name, unsigned flags);

/* Appends a text value (NULL for a missing one) to the current row. */
void fh_out_text(struct fh_out *out, const char *s);

/* Appends an integer value to the current row. */
void fh_out_int(struct fh_out *out, long long v);

/* Appends a number with the given decimals to the current row. */
void fh_out_real(struct fh_out *out, double v, int decimals);

/* Appends a missing value (empty; null in JSON). */
void fh_out_null(struct fh_out *out);

/* Ends the current row. */
void fh_out_end_row(struct fh_out *out);

/*
 * Lets a Chinese table show category labels from db's categories: in a
 * category column, and as the value of a record's "category" field.
 * fh_out_stmt does this by itself; a record written cell by cell calls
 * it.  A no-op for other formats and locales.
 */
void fh_out_categories(struct fh_out *out, sqlite3 *db);

/*
 * Writes every row of stmt, declaring the columns from the statement when
 * none were declared (a column whose origin is a phone column, or whose
 * name contains "phone", is masked).  Returns SQLITE_DONE or the failing
 * step's code, with err set.
 */
int fh_out_stmt(struct fh_out *out, sqlite3_stmt *stmt, struct fh_error *err);

/*
 * The flags fh_out_stmt gives result column i of stmt when it declares the
 * columns itself: FH_COL_PHONE for a phone column (by origin or name),
 * FH_COL_CODE for a column of codes (category, status, kind, ...).
 */
unsigned fh_out_stmt_flags(sqlite3_stmt *stmt, int i);

/* Rows written so far. */
long long fh_out_rows(const struct fh_out *out);

/*
 * Whether the writer makes a table, which people read (and so in their
 * language), rather than a machine format, which keeps English text.
 */
bool fh_out_for_people(const struct fh_out *out);

/*
 * Writes what is buffered (the table, or a header with no rows) and
 * flushes.  Returns 0, or -1 if writing failed (errno set) or memory ran
 * out.
 */
int fh_out_finish(struct fh_out *out);

/* Room for any text of fh_out_number and its NUL. */
#define FH_OUT_NUMBER_LEN 32

/*
 * Writes into buf the shortest text (15 to 17 significant digits) that
 * reads back as v: 30.8912, not 30.891200000000001.  Every writer of a
 * number in a machine format (fh_out_stmt, fh_out_json) calls this, so
 * that the same value reads the same in every tool.
 */
void fh_out_number(double v, char buf[FH_OUT_NUMBER_LEN]);

/*
 * Writes the JSON value v (borrowed) to fp, compact on one line when
 * indent is 0, else indented by indent spaces a level (as jansson's
 * JSON_INDENT), with no newline after it.  Reals go through
 * fh_out_number and strings through the writer's JSON escaping.  Returns
 * 0, or -1 when writing failed (errno set).
 */
int fh_out_json(FILE *fp, const json_t *v, int indent);

/* Frees the writer; NULL is ignored. */
void fh_out_free(struct fh_out *out);

/*
 * Display width of the UTF-8 string s in terminal columns: East Asian
 * wide characters count 2, combining marks 0, invalid bytes 1 each.
 */
size_t fh_display_width(const char *s);

/* Display width of the first n bytes of s, as fh_display_width. */
size_t fh_display_width_n(const char *s, size_t n);

#endif
