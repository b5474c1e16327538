#include <locale.h>
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "fh/codes.h"
#include "fh/i18n.h"
#include "fh/mask.h"
#include "fh/out.h"

/*
 * Names that reach tables from SQL (the columns of fh_out_stmt, the field
 * column of a record) rather than through fh_out_column, listed so that
 * xgettext finds them; a field column translates only these.
 */
static const char *const headings[] = {
	N_("action"), N_("action_id"), N_("active"), N_("activities"), N_("activity"),
	N_("activity_id"), N_("actor"), N_("address"), N_("age_days"), N_("at"),
	N_("attendance"), N_("attended"), N_("attendee"), N_("cancel_reason"),
	N_("cancelled_at"), N_("category"),
	N_("category_label"), N_("chair"), N_("changes"), N_("closed_at"), N_("code"),
	N_("command"), N_("contact"), N_("count"), N_("created_at"), N_("current"),
	N_("closed"), N_("days"), N_("days_open"), N_("deadline_at"), N_("deadline_days"), N_("detail"),
	N_("dismissed"), N_("dissolved_on"), N_("done_on"), N_("due_on"),
	N_("duplicate_of"), N_("ended_on"), N_("event"), N_("events"), N_("extended"),
	N_("extended_days"), N_("family"),
	N_("field"), N_("formed_on"), N_("found"), N_("group"), N_("group_name"), N_("groups"),
	N_("handled"), N_("handled_at"), N_("handled_pct"), N_("held_on"),
	N_("hours_apart"), N_("id"), N_("inactive"), N_("item"), N_("joined"),
	N_("joined_on"), N_("kind"), N_("label"), N_("lat"), N_("leader"),
	N_("leader_name"), N_("led_by"), N_("led_group"), N_("left"), N_("left_on"),
	N_("letter_signed"), N_("lon"), N_("media_type"), N_("median_hours_to_handle"),
	N_("meeting"), N_("meetings"), N_("member"), N_("member_name"), N_("members"),
	N_("meters_apart"), N_("minutes"), N_("month"), N_("name"), N_("note"),
	N_("notes"), N_("officer"), N_("op"), N_("open"), N_("open_actions"),
	N_("owner"), N_("period"), N_("phone"), N_("photo_id"), N_("photos"),
	N_("place"), N_("planned_on"), N_("problem"), N_("quarter"), N_("report_id"),
	N_("reported_at"), N_("reworked"), N_("seq"), N_("severity"), N_("sha256"), N_("since"),
	N_("size"), N_("started_on"), N_("station"), N_("status"), N_("team"),
	N_("team_kind"), N_("team_name"), N_("teams"), N_("text"), N_("topic"),
	N_("value"), N_("via"), N_("week"), N_("zone"), N_("zone_name"), NULL,
};

/*
 * Codes outside fh/codes.h's lists that tables also show in the reader's
 * words: report events, audit operations and roster problems.
 */
static const char *const codes[] = {
	N_("filed"), N_("reopened"), N_("noted"), N_("edited"), N_("verified"), N_("rejected"),
	N_("extended"), N_("cancelled"), N_("insert"), N_("update"),
	N_("delete"), N_("no-leader"), N_("leader-left"), N_("leader-not-member"), N_("letter-unsigned"),
	N_("ungrouped"), N_("cross-zone"), N_("size"), NULL,
};

/* Result columns named so hold codes that tables show by their labels. */
static const char *const code_columns[] = {
	"category", "family", "kind", "status", "severity", "via", "topic", "action", "op",
	"team_kind", "problem", NULL,
};

/* The index of s in the NULL-ended list, or -1. */
static int find_word(const char *const *list, const char *s)
{
	for (int i = 0; list[i]; i++)
		if (!strcmp(list[i], s))
			return i;
	return -1;
}

/*
 * Whether tables show labels rather than codes: the labels are Chinese
 * (categories.label, the catalogue's words), so only for Chinese readers.
 */
static bool reader_is_chinese(void)
{
	const char *loc = setlocale(LC_MESSAGES, NULL);

	return loc && !strncmp(loc, "zh", 2);
}

enum cell_kind { CELL_NULL, CELL_TEXT, CELL_NUMBER };

struct cell {
	enum cell_kind kind;
	char *text;  /* owned; the value as written, numbers included */
};

struct column {
	char *name;
	unsigned flags;
	size_t width;       /* widest cell, for tables */
	bool all_numbers;   /* right-align in tables (so does FH_COL_RIGHT) */
	bool category;      /* a category code, labelled from the database */
};

struct fh_out {
	FILE *fp;
	enum fh_format fmt;
	unsigned flags;
	struct column *cols;
	size_t ncols, cap_cols;
	size_t cur;          /* index of the next cell in the row */
	bool header_done;
	bool oom;
	long long rows;
	/* Tables are buffered whole to measure the columns. */
	struct cell *cells;
	size_t ncells, cap_cells;
	bool labels;               /* a table for a Chinese reader */
	sqlite3_stmt *category;    /* a category's label, for category columns */
	/*
	 * A field/value record: the field (a code column's name, such as
	 * "status") of the row being written, so that its value is labelled
	 * as that column's would be; -1 when the field is not a code's.
	 */
	int row_code;
};

/* Whether fmt is buffered whole and written for people (table, Markdown). */
static bool for_people(enum fh_format fmt)
{
	return fmt == FH_FORMAT_TABLE || fmt == FH_FORMAT_MARKDOWN;
}

int fh_format_parse(const char *name, enum fh_format *fmt, struct fh_error *err)
{
	static const struct { const char *name; enum fh_format fmt; } names[] = {
		{ "table", FH_FORMAT_TABLE }, { "tsv", FH_FORMAT_TSV },
		{ "csv", FH_FORMAT_CSV }, { "json", FH_FORMAT_JSON },
	};

	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		if (!strcmp(name, names[i].name)) {
			if (fmt)
				*fmt = names[i].fmt;
			return 0;
		}
	}
	return fh_error_set(err, _("unknown format '%s' (use table, tsv, csv or json)"), name);
}

struct fh_out *fh_out_new(FILE *fp, enum fh_format fmt, unsigned flags)
{
	struct fh_out *out = calloc(1, sizeof(*out));

	if (!out)
		return NULL;
	out->fp = fp;
	out->fmt = fmt;
	out->flags = flags;
	out->labels = for_people(fmt) && reader_is_chinese();
	out->row_code = -1;
	return out;
}

void fh_out_column(struct fh_out *out, const char *name, unsigned flags)
{
	struct column *c;

	if (out->ncols == out->cap_cols) {
		size_t cap = out->cap_cols ? out->cap_cols * 2 : 8;
		struct column *p = realloc(out->cols, cap * sizeof(*p));

		if (!p) {
			out->oom = true;
			return;
		}
		out->cols = p;
		out->cap_cols = cap;
	}
	c = &out->cols[out->ncols];
	/* People read tables in their language; scripts read the English keys. */
	c->name = strdup(for_people(out->fmt) ? gettext(name) : name);
	if (!c->name) {
		out->oom = true;
		return;
	}
	c->flags = flags;
	c->category = (flags & FH_COL_CODE) && !strcmp(name, "category");
	c->width = fh_display_width(c->name);
	c->all_numbers = true;
	out->ncols++;
}

size_t fh_display_width_n(const char *s, size_t n)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
	const utf8proc_uint8_t *end = p + n;
	size_t width = 0;

	while (p < end && *p) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t len = utf8proc_iterate(p, end - p, &cp);

		if (len <= 0) {
			width++;
			p++;
			continue;
		}
		int w = utf8proc_charwidth(cp);
		width += w > 0 ? (size_t)w : 0;
		p += len;
	}
	return width;
}

size_t fh_display_width(const char *s)
{
	return fh_display_width_n(s, strlen(s));
}

/*
 * Writes s for TSV: tab, newline, carriage return and backslash escaped.
 * The runs between them go out whole (one fwrite, not a putc a byte).
 */
static void put_tsv(FILE *fp, const char *s)
{
	for (;;) {
		size_t n = strcspn(s, "\t\n\r\\");

		fwrite(s, 1, n, fp);
		s += n;
		if (!*s)
			return;
		fputs(*s == '\t' ? "\\t" : *s == '\n' ? "\\n" : *s == '\r' ? "\\r" : "\\\\", fp);
		s++;
	}
}

/* Writes s as an RFC 4180 field, quoted only when it must be; the runs between quotes whole. */
static void put_csv(FILE *fp, const char *s)
{
	if (!s[strcspn(s, ",\"\r\n")]) {
		fputs(s, fp);
		return;
	}
	putc('"', fp);
	for (;;) {
		const char *q = strchr(s, '"');
		size_t n = q ? (size_t)(q - s) + 1 : strlen(s);

		fwrite(s, 1, n, fp);  /* up to and with a quote, written twice */
		if (!q)
			break;
		putc('"', fp);
		s = q + 1;
	}
	putc('"', fp);
}

/*
 * Writes s as a JSON string; invalid UTF-8 becomes U+FFFD so the line
 * stays valid.  Characters written as they are gather into runs, each
 * written with one fwrite.
 */
static void put_json_string(FILE *fp, const char *s)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s, *run = p;

	putc('"', fp);
	while (*p) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t n;

		if (*p >= 0x20 && *p < 0x7f && *p != '"' && *p != '\\') {
			p++;
			continue;
		}
		if (*p < 0x80) {
			cp = *p;
			n = 1;
		} else if ((n = utf8proc_iterate(p, -1, &cp)) > 0) {
			p += n;
			continue;
		}
		fwrite(run, 1, (size_t)(p - run), fp);
		if (n <= 0) {
			fputs("\xEF\xBF\xBD", fp);
			run = ++p;
			continue;
		}
		switch (cp) {
		case '"': fputs("\\\"", fp); break;
		case '\\': fputs("\\\\", fp); break;
		case '\n': fputs("\\n", fp); break;
		case '\r': fputs("\\r", fp); break;
		case '\t': fputs("\\t", fp); break;
		default: fprintf(fp, "\\u%04x", (unsigned)cp);
		}
		run = p += n;
	}
	fwrite(run, 1, (size_t)(p - run), fp);
	putc('"', fp);
}

void fh_out_number(double v, char buf[FH_OUT_NUMBER_LEN])
{
	/* 15 digits keep what was stored without float noise; more only when needed. */
	for (int prec = 15; prec <= 17; prec++) {
		snprintf(buf, FH_OUT_NUMBER_LEN, "%.*g", prec, v);
		if (strtod(buf, NULL) == v)
			break;
	}
}

/* Starts line depth of an indented JSON value (nothing when compact). */
static void json_newline(FILE *fp, int indent, int depth)
{
	if (indent)
		fprintf(fp, "\n%*s", indent * depth, "");
}

/* Writes v at depth (see fh_out_json). */
static void json_value(FILE *fp, const json_t *v, int indent, int depth)
{
	char buf[FH_OUT_NUMBER_LEN];
	const char *key;
	json_t *item;
	size_t i = 0;

	switch (json_typeof(v)) {
	case JSON_OBJECT:
		putc('{', fp);
		json_object_foreach((json_t *)v, key, item) {
			fputs(i++ ? "," : "", fp);
			json_newline(fp, indent, depth + 1);
			put_json_string(fp, key);
			fputs(indent ? ": " : ":", fp);
			json_value(fp, item, indent, depth + 1);
		}
		if (i)
			json_newline(fp, indent, depth);
		putc('}', fp);
		break;
	case JSON_ARRAY:
		putc('[', fp);
		json_array_foreach(v, i, item) {
			fputs(i ? "," : "", fp);
			json_newline(fp, indent, depth + 1);
			json_value(fp, item, indent, depth + 1);
		}
		if (json_array_size(v))
			json_newline(fp, indent, depth);
		putc(']', fp);
		break;
	case JSON_STRING: put_json_string(fp, json_string_value(v)); break;
	case JSON_INTEGER: fprintf(fp, "%" JSON_INTEGER_FORMAT, json_integer_value(v)); break;
	case JSON_REAL:
		if (!isfinite(json_real_value(v))) {
			fputs("null", fp);
			break;
		}
		fh_out_number(json_real_value(v), buf);
		fputs(buf, fp);
		break;
	case JSON_TRUE: fputs("true", fp); break;
	case JSON_FALSE: fputs("false", fp); break;
	case JSON_NULL: fputs("null", fp); break;
	}
}

int fh_out_json(FILE *fp, const json_t *v, int indent)
{
	json_value(fp, v, indent, 0);
	return ferror(fp) ? -1 : 0;
}

/*
 * The words a table shows for a value: a field's name in the reader's
 * language, a code by its label for a Chinese reader; else the value.
 */
static const char *table_words(struct fh_out *out, const struct column *col, const char *text)
{
	bool code = col->flags & FH_COL_CODE, category = col->category;

	if (col->flags & FH_COL_FIELD) {
		out->row_code = find_word(code_columns, text);
		return find_word(headings, text) >= 0 ? gettext(text) : text;
	}
	/* The value of a record's code field ("status: open") is a code too. */
	if (out->row_code >= 0) {
		code = true;
		category = !strcmp(code_columns[out->row_code], "category");
	}
	if (!code || !out->labels)
		return text;
	if (category) {
		const char *label = NULL;

		if (out->category) {
			sqlite3_reset(out->category);
			sqlite3_bind_text(out->category, 1, text, -1, SQLITE_STATIC);
			if (sqlite3_step(out->category) == SQLITE_ROW)
				label = (const char *)sqlite3_column_text(out->category, 0);
		}
		/* The label lives until the next lookup; add_cell copies it first. */
		return label && *label ? label : text;
	}
	return fh_codes_known(text) || find_word(codes, text) >= 0 ? gettext(text) : text;
}

/*
 * Table cells show control characters escaped, as TSV does, to keep rows
 * on one line and to keep a value's ESC, BEL or BS (or a C1 control such
 * as U+009B, a CSI to some terminals) from reaching the terminal: \t, \n,
 * \r, else \xHH for C0 and DEL, \u00HH for C1.  A record's value (the
 * last column of field/value rows: minutes, a report's text) keeps its
 * newlines, written as lines under the value (put_table), trailing ones
 * dropped.
 */
static char *table_text(const char *s, bool lines)
{
	const unsigned char *p = (const unsigned char *)s;
	char *t = malloc(6 * strlen(s) + 1), *w;

	if (!t)
		return NULL;
	for (w = t; *p; p++) {
		if (*p == '\n' && lines) {
			*w++ = '\n';
		} else if (*p == '\t' || *p == '\n' || *p == '\r') {
			*w++ = '\\';
			*w++ = *p == '\t' ? 't' : *p == '\n' ? 'n' : 'r';
		} else if (*p < 0x20 || *p == 0x7f) {
			w += snprintf(w, 7, "\\x%02x", *p);
		} else if (*p == 0xc2 && p[1] >= 0x80 && p[1] < 0xa0) {
			w += snprintf(w, 7, "\\u%04x", p[1]);
			p++;
		} else {
			*w++ = (char)*p;
		}
	}
	while (lines && w > t && w[-1] == '\n')
		w--;
	*w = '\0';
	return t;
}

/* The display width of text's widest line. */
static size_t widest_line(const char *text)
{
	size_t widest = 0;

	for (;;) {
		size_t n = strcspn(text, "\n"), w = fh_display_width_n(text, n);

		widest = w > widest ? w : widest;
		if (!text[n])
			return widest;
		text += n + 1;
	}
}

/* Whether column i of out holds a record's values (see table_text). */
static bool record_value(const struct fh_out *out, size_t i)
{
	return out->fmt == FH_FORMAT_TABLE && out->ncols == 2 && i == 1 &&
	       (out->cols[0].flags & FH_COL_FIELD);
}

static void put_header(struct fh_out *out)
{
	out->header_done = true;
	if (out->flags & FH_OUT_NO_HEADER)
		return;
	if (out->fmt == FH_FORMAT_TSV || out->fmt == FH_FORMAT_CSV) {
		for (size_t i = 0; i < out->ncols; i++) {
			if (i)
				putc(out->fmt == FH_FORMAT_TSV ? '\t' : ',', out->fp);
			if (out->fmt == FH_FORMAT_TSV)
				put_tsv(out->fp, out->cols[i].name);
			else
				put_csv(out->fp, out->cols[i].name);
		}
		fputs(out->fmt == FH_FORMAT_CSV ? "\r\n" : "\n", out->fp);
	}
}

static void put_cell(struct fh_out *out, enum cell_kind kind, const char *text)
{
	size_t i = out->cur++;
	const struct column *col = i < out->ncols ? &out->cols[i] : NULL;
	char masked[256];

	if (kind == CELL_TEXT && col && (col->flags & FH_COL_PHONE) &&
	    !(out->flags & FH_OUT_REVEAL))
		text = fh_mask_phone(text, masked, sizeof(masked));
	if (!col)
		return;  /* more values than columns: a programming error, dropped */
	if (kind == CELL_TEXT && for_people(out->fmt))
		text = table_words(out, col, text);

	if (for_people(out->fmt)) {
		struct cell *c;

		if (out->ncells == out->cap_cells) {
			size_t cap = out->cap_cells ? out->cap_cells * 2 : 256;
			struct cell *p = realloc(out->cells, cap * sizeof(*p));

			if (!p) {
				out->oom = true;
				return;
			}
			out->cells = p;
			out->cap_cells = cap;
		}
		c = &out->cells[out->ncells++];
		c->kind = kind;
		c->text = kind == CELL_NULL ? NULL : table_text(text, record_value(out, i));
		if (kind != CELL_NULL && !c->text) {
			out->oom = true;
			c->kind = CELL_NULL;
			return;
		}
		if (c->text) {
			size_t w = widest_line(c->text);

			if (w > out->cols[i].width)
				out->cols[i].width = w;
		}
		if (kind == CELL_TEXT)
			out->cols[i].all_numbers = false;
		return;
	}

	if (!out->header_done)
		put_header(out);
	switch (out->fmt) {
	case FH_FORMAT_TSV:
		if (i)
			putc('\t', out->fp);
		if (text)
			put_tsv(out->fp, text);
		break;
	case FH_FORMAT_CSV:
		if (i)
			putc(',', out->fp);
		if (text)
			put_csv(out->fp, text);
		break;
	case FH_FORMAT_JSON:
		fputs(i ? "," : "{", out->fp);
		put_json_string(out->fp, col->name);
		putc(':', out->fp);
		if (kind == CELL_NULL)
			fputs("null", out->fp);
		else if (kind == CELL_NUMBER)
			fputs(text, out->fp);
		else
			put_json_string(out->fp, text);
		break;
	case FH_FORMAT_TABLE:
	case FH_FORMAT_MARKDOWN:
		break;
	}
}

/*
 * Adds a cell, personal data in its text masked first unless revealed
 * (fh_mask_text; every run of 7 digits in an FH_COL_DIGITS column).
 */
static void add_cell(struct fh_out *out, enum cell_kind kind, const char *text)
{
	const struct column *col = out->cur < out->ncols ? &out->cols[out->cur] : NULL;
	char small[256], *masked = small;
	size_t size;

	if (kind != CELL_TEXT || !col || (out->flags & FH_OUT_REVEAL) ||
	    (!(col->flags & FH_COL_DIGITS) && !fh_mask_text_needed(text))) {
		put_cell(out, kind, text);
		return;
	}
	/* Masking keeps the length, and a computed text can be long. */
	size = strlen(text) + 1;
	if (size > sizeof(small) && !(masked = malloc(size))) {
		out->oom = true;
		out->cur++;
		return;
	}
	put_cell(out, kind, col->flags & FH_COL_DIGITS ? fh_mask_digits(text, masked, size)
						       : fh_mask_text(text, masked, size));
	if (masked != small)
		free(masked);
}

void fh_out_text(struct fh_out *out, const char *s)
{
	add_cell(out, s ? CELL_TEXT : CELL_NULL, s);
}

void fh_out_int(struct fh_out *out, long long v)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%lld", v);
	add_cell(out, CELL_NUMBER, buf);
}

void fh_out_real(struct fh_out *out, double v, int decimals)
{
	char buf[64];

	if (!isfinite(v)) {
		add_cell(out, CELL_NULL, NULL);
		return;
	}
	snprintf(buf, sizeof(buf), "%.*f", decimals, v);
	add_cell(out, CELL_NUMBER, buf);
}

void fh_out_null(struct fh_out *out)
{
	add_cell(out, CELL_NULL, NULL);
}

void fh_out_end_row(struct fh_out *out)
{
	while (out->cur < out->ncols)
		fh_out_null(out);
	switch (out->fmt) {
	case FH_FORMAT_TSV:
		putc('\n', out->fp);
		break;
	case FH_FORMAT_CSV:
		fputs("\r\n", out->fp);
		break;
	case FH_FORMAT_JSON:
		fputs(out->ncols ? "}\n" : "{}\n", out->fp);
		break;
	case FH_FORMAT_TABLE:
	case FH_FORMAT_MARKDOWN:
		break;
	}
	out->cur = 0;
	out->row_code = -1;
	out->rows++;
}

long long fh_out_rows(const struct fh_out *out)
{
	return out->rows;
}

bool fh_out_for_people(const struct fh_out *out)
{
	return for_people(out->fmt);
}

/* True when a result column holds phone numbers, by its origin or its name. */
static bool is_phone_column(sqlite3_stmt *stmt, int i)
{
	const char *origin = sqlite3_column_origin_name(stmt, i);
	const char *name = sqlite3_column_name(stmt, i);

	return (origin && strstr(origin, "phone")) || (name && strstr(name, "phone"));
}

unsigned fh_out_stmt_flags(sqlite3_stmt *stmt, int i)
{
	return (is_phone_column(stmt, i) ? FH_COL_PHONE : 0) |
	       (find_word(code_columns, sqlite3_column_name(stmt, i)) >= 0 ? FH_COL_CODE : 0);
}

void fh_out_categories(struct fh_out *out, sqlite3 *db)
{
	/* Only a Chinese table shows labels; a failed prepare shows codes. */
	if (!out->labels || out->category)
		return;
	if (sqlite3_prepare_v2(db, "SELECT label FROM categories WHERE code = ?1", -1,
			       &out->category, NULL) != SQLITE_OK) {
		sqlite3_finalize(out->category);
		out->category = NULL;
	}
}

int fh_out_stmt(struct fh_out *out, sqlite3_stmt *stmt, struct fh_error *err)
{
	int n = sqlite3_column_count(stmt);
	int rc;

	if (!out->ncols)
		for (int i = 0; i < n; i++)
			fh_out_column(out, sqlite3_column_name(stmt, i), fh_out_stmt_flags(stmt, i));
	/* Category labels come from the statement's own database. */
	for (size_t i = 0; i < out->ncols; i++)
		if (out->cols[i].category || (out->cols[i].flags & FH_COL_FIELD))
			fh_out_categories(out, sqlite3_db_handle(stmt));
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		for (int i = 0; i < n; i++) {
			switch (sqlite3_column_type(stmt, i)) {
			case SQLITE_NULL:
				fh_out_null(out);
				break;
			case SQLITE_INTEGER:
				fh_out_int(out, sqlite3_column_int64(stmt, i));
				break;
			case SQLITE_FLOAT: {
				char buf[FH_OUT_NUMBER_LEN];

				fh_out_number(sqlite3_column_double(stmt, i), buf);
				if (isfinite(sqlite3_column_double(stmt, i)))
					add_cell(out, CELL_NUMBER, buf);
				else
					fh_out_null(out);
				break;
			}
			case SQLITE_BLOB: {
				char buf[64];

				snprintf(buf, sizeof(buf), "<%d bytes>", sqlite3_column_bytes(stmt, i));
				fh_out_text(out, buf);
				break;
			}
			default:
				fh_out_text(out, (const char *)sqlite3_column_text(stmt, i));
			}
		}
		fh_out_end_row(out);
	}
	if (rc != SQLITE_DONE)
		fh_error_set(err, "%s", sqlite3_errmsg(sqlite3_db_handle(stmt)));
	return rc;
}

/*
 * Writes s padded to width display columns.  Blanks are held back until
 * something follows them, so that no line ends in blanks.
 */
static void put_padded(FILE *fp, const char *s, size_t width, bool right, size_t *pending)
{
	size_t w = s ? fh_display_width(s) : 0;

	if (right)
		*pending += width - w;
	if (w) {
		for (; *pending; --*pending)
			putc(' ', fp);
		fputs(s, fp);
	}
	if (!right)
		*pending += width - w;
}

static bool right_aligned(const struct column *col)
{
	return col->all_numbers || (col->flags & FH_COL_RIGHT);
}

/*
 * Writes one Markdown row of n cells, texts[i] for column i (NULL for
 * none), pipes in them escaped.  Blanks are held back as put_padded
 * does, so that an empty last cell ends the line "| |".
 */
static void put_md_row(FILE *fp, const char *const *texts, size_t n)
{
	size_t pending = 1;

	putc('|', fp);
	for (size_t i = 0; i < n; i++) {
		if (i) {
			for (pending++; pending; pending--)
				putc(' ', fp);
			putc('|', fp);
			pending = 1;
		}
		if (!texts[i] || !*texts[i])
			continue;
		for (; pending; pending--)
			putc(' ', fp);
		for (const char *s = texts[i]; *s; s++) {
			if (*s == '|')
				putc('\\', fp);
			putc(*s, fp);
		}
	}
	fputs(" |\n", fp);
}

/* Writes a Markdown table: heading, alignment row (numbers right), rows. */
static void put_markdown(struct fh_out *out)
{
	size_t n = out->ncols;
	const char **texts;

	if (!n)
		return;
	if (!(texts = calloc(n, sizeof(*texts)))) {
		out->oom = true;
		return;
	}
	for (size_t i = 0; i < n; i++)
		texts[i] = out->cols[i].name;
	put_md_row(out->fp, texts, n);
	for (size_t i = 0; i < n; i++)
		fputs(right_aligned(&out->cols[i]) ? "| ---: " : "| --- ", out->fp);
	fputs("|\n", out->fp);
	for (size_t r = 0; r * n < out->ncells; r++) {
		for (size_t i = 0; i < n; i++)
			texts[i] = r * n + i < out->ncells ? out->cells[r * n + i].text : NULL;
		put_md_row(out->fp, texts, n);
	}
	free(texts);
}

/* Writes a record's value of several lines, each after indent blanks but the first. */
static void put_lines(FILE *fp, const char *text, size_t indent, size_t *pending)
{
	for (bool first = true;; first = false) {
		size_t n = strcspn(text, "\n");

		if (!first) {
			putc('\n', fp);
			*pending = n ? indent : 0;
		}
		if (n) {
			for (; *pending; --*pending)
				putc(' ', fp);
			fwrite(text, 1, n, fp);
		}
		if (!text[n])
			return;
		text += n + 1;
	}
}

static void put_table(struct fh_out *out)
{
	size_t n = out->ncols, pending;

	if (!n)
		return;
	if (!(out->flags & FH_OUT_NO_HEADER)) {
		pending = 0;
		for (size_t i = 0; i < n; i++) {
			if (i)
				pending += 2;
			put_padded(out->fp, out->cols[i].name, out->cols[i].width, false, &pending);
		}
		putc('\n', out->fp);
	}
	for (size_t r = 0; r * n < out->ncells; r++) {
		pending = 0;
		for (size_t i = 0; i < n && r * n + i < out->ncells; i++) {
			const struct cell *c = &out->cells[r * n + i];

			if (i)
				pending += 2;
			if (record_value(out, i) && c->text && strchr(c->text, '\n')) {
				put_lines(out->fp, c->text, out->cols[0].width + 2, &pending);
				continue;
			}
			put_padded(out->fp, c->text, out->cols[i].width, right_aligned(&out->cols[i]),
				   &pending);
		}
		putc('\n', out->fp);
	}
}

int fh_out_finish(struct fh_out *out)
{
	if (out->fmt == FH_FORMAT_TABLE)
		put_table(out);
	else if (out->fmt == FH_FORMAT_MARKDOWN)
		put_markdown(out);
	else if (!out->header_done && out->fmt != FH_FORMAT_JSON)
		put_header(out);
	out->header_done = true;
	if (fflush(out->fp) || ferror(out->fp) || out->oom)
		return -1;
	return 0;
}

void fh_out_free(struct fh_out *out)
{
	if (!out)
		return;
	for (size_t i = 0; i < out->ncols; i++)
		free(out->cols[i].name);
	for (size_t i = 0; i < out->ncells; i++)
		free(out->cells[i].text);
	free(out->cols);
	free(out->cells);
	sqlite3_finalize(out->category);
	free(out);
}
