#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <csv.h>
#include <jansson.h>
#include <utf8proc.h>
#include <yaml.h>

#include "fh/report_import.h"
#include "fh/i18n.h"
#include "fh/text.h"
#include "fh/ydoc.h"

int fh_import_format_parse(const char *s, enum fh_import_format *fmt,
			   struct fh_error *err)
{
	if (!strcmp(s, "yaml") || !strcmp(s, "yml"))
		*fmt = FH_IMPORT_YAML;
	else if (!strcmp(s, "jsonl") || !strcmp(s, "json"))
		*fmt = FH_IMPORT_JSONL;
	else if (!strcmp(s, "csv"))
		*fmt = FH_IMPORT_CSV;
	else
		return fh_error_set(err, _("unknown input format '%s' (use yaml, jsonl or csv)"), s);
	return 0;
}

enum fh_import_format fh_import_format_of(const char *name)
{
	const char *dot = strrchr(name, '.');

	if (!dot || strchr(dot, '/'))
		return FH_IMPORT_AUTO;
	if (!strcasecmp(dot, ".yaml") || !strcasecmp(dot, ".yml"))
		return FH_IMPORT_YAML;
	if (!strcasecmp(dot, ".jsonl") || !strcasecmp(dot, ".json") || !strcasecmp(dot, ".ndjson"))
		return FH_IMPORT_JSONL;
	if (!strcasecmp(dot, ".csv"))
		return FH_IMPORT_CSV;
	return FH_IMPORT_AUTO;
}

/* The photo paths of one report being read, kept until it has been filed. */
struct photo_list {
	const char **paths;
	char **owned;  /* copies to free, parallel to paths (NULL when borrowed) */
	size_t n, cap;
};

static int photo_push(struct photo_list *p, const char *path, char *owned)
{
	if (p->n == p->cap) {
		size_t cap = p->cap ? 2 * p->cap : 4;
		const char **paths = realloc(p->paths, cap * sizeof(*paths));
		char **own;

		if (!paths)
			return -1;
		p->paths = paths;
		if (!(own = realloc(p->owned, cap * sizeof(*own))))
			return -1;
		p->owned = own;
		p->cap = cap;
	}
	p->paths[p->n] = path;
	p->owned[p->n++] = owned;
	return 0;
}

static void photo_clear(struct photo_list *p)
{
	for (size_t i = 0; i < p->n; i++)
		free(p->owned[i]);
	p->n = 0;
}

static void photo_release(struct photo_list *p)
{
	photo_clear(p);
	free(p->paths);
	free(p->owned);
}

/* The type of a JSON value, for messages. */
static const char *json_kind(const json_t *v)
{
	switch (json_typeof(v)) {
	case JSON_OBJECT: return _("an object");
	case JSON_ARRAY: return _("a list");
	case JSON_STRING: return _("a string");
	case JSON_INTEGER:
	case JSON_REAL: return _("a number");
	case JSON_TRUE:
	case JSON_FALSE: return _("a boolean");
	default: return "null";
	}
}

/*
 * Fills in->col[k] with the byte column where the value of each top-level
 * key starts in line, valid JSON already parsed (jansson keeps no
 * positions).  A key written with escapes is not recognised and keeps 0.
 */
static void json_columns(const char *line, size_t len, struct fh_report_input *in)
{
	int depth = 0;

	for (size_t i = 0; i < len; i++) {
		size_t start, j;
		int k;

		if (line[i] == '{' || line[i] == '[') {
			depth++;
		} else if (line[i] == '}' || line[i] == ']') {
			depth--;
		} else if (line[i] == '"') {
			for (start = ++i; i < len && line[i] != '"'; i++)
				if (line[i] == '\\')
					i++;
			if (depth != 1)
				continue;
			for (j = i + 1; j < len && (line[j] == ' ' || line[j] == '\t'); j++)
				;
			if (j >= len || line[j] != ':')
				continue;  /* a value, not a key */
			for (j++; j < len && (line[j] == ' ' || line[j] == '\t'); j++)
				;
			if ((k = fh_report_key(line + start, i - start)) >= 0)
				in->col[k] = j + 1;
			i = j - 1;
		}
	}
}

/* Fills in from one JSON object; numbers are written into nums. */
static int json_record(json_t *obj, struct fh_report_input *in, struct photo_list *photos,
		       char nums[4][40], struct fh_error *err)
{
	const char *key;
	json_t *v;

	json_object_foreach(obj, key, v) {
		int k = fh_report_key(key, strlen(key));

		if (k < 0)
			return fh_error_at(err, in->file, in->line, 0, _("unknown key '%s' (valid: %s)"),
					   key, fh_report_key_list());
		if (json_is_null(v))
			continue;
		switch (k) {
		case FH_REPORT_F_PHOTO:
			if (json_is_string(v)) {
				if (photo_push(photos, json_string_value(v), NULL))
					return fh_error_set(err, _("out of memory"));
			} else if (json_is_array(v)) {
				size_t i;
				json_t *p;

				json_array_foreach(v, i, p) {
					if (!json_is_string(p))
						return fh_error_at(err, in->file, in->line, in->col[k],
								   _("'photo' must be a path or a list of paths, not a list holding %s"),
								   json_kind(p));
					if (photo_push(photos, json_string_value(p), NULL))
						return fh_error_set(err, _("out of memory"));
				}
			} else {
				return fh_error_at(err, in->file, in->line, in->col[k],
						   _("'photo' must be a path or a list of paths, not %s"), json_kind(v));
			}
			break;
		case FH_REPORT_F_LAT:
		case FH_REPORT_F_LON:
			if (!json_is_number(v))
				return fh_error_at(err, in->file, in->line, in->col[k], _("'%s' must be a number, not %s"),
						   key, json_kind(v));
			snprintf(nums[k - FH_REPORT_F_LAT], sizeof(nums[0]), "%.17g", json_number_value(v));
			in->value[k] = nums[k - FH_REPORT_F_LAT];
			break;
		case FH_REPORT_F_ACTIVITY:
			if (!json_is_integer(v))
				return fh_error_at(err, in->file, in->line, in->col[k],
						   _("'activity' must be a whole number, not %s"), json_kind(v));
			snprintf(nums[2], sizeof(nums[0]), "%" JSON_INTEGER_FORMAT, json_integer_value(v));
			in->value[k] = nums[2];
			break;
		case FH_REPORT_F_DUPLICATE_OF:
			if (json_is_string(v)) {
				in->value[k] = json_string_value(v);
				break;
			}
			if (!json_is_integer(v))
				return fh_error_at(err, in->file, in->line, in->col[k],
						   _("'duplicate_of' must be a report id, not %s"), json_kind(v));
			snprintf(nums[3], sizeof(nums[0]), "%" JSON_INTEGER_FORMAT, json_integer_value(v));
			in->value[k] = nums[3];
			break;
		default:
			if (!json_is_string(v))
				return fh_error_at(err, in->file, in->line, in->col[k], _("'%s' must be a string, not %s"),
						   key, json_kind(v));
			in->value[k] = json_string_value(v);
		}
	}
	in->photos = photos->paths;
	in->nphotos = photos->n;
	return 0;
}

/* JSON Lines: one object a line; blank lines are skipped. */
static int read_jsonl(FILE *fp, const char *name, const char *dir, fh_report_sink sink,
		      void *ctx, struct fh_error *err)
{
	struct photo_list photos = { 0 };
	char *line = NULL, nums[4][40];
	size_t cap = 0;
	ssize_t len;
	unsigned long lineno = 0;
	int rc = -1;

	while ((len = getline(&line, &cap, fp)) >= 0) {
		struct fh_report_input in = { .file = name, .photo_dir = dir };
		json_error_t jerr;
		json_t *obj;
		char *nul;
		int r;

		lineno++;
		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		if ((nul = memchr(line, '\0', (size_t)len))) {
			/* A NUL would end the line early for the checks below. */
			fh_error_at(err, name, lineno, (unsigned long)(nul - line) + 1, _("NUL byte in the line"));
			goto done;
		}
		if (!line[strspn(line, " \t")])
			continue;
		if (!(obj = json_loadb(line, (size_t)len, JSON_REJECT_DUPLICATES, &jerr))) {
			fh_error_at(err, name, lineno, jerr.column > 0 ? (unsigned long)jerr.column : 0,
				    _("invalid JSON: %s"), jerr.text);
			goto done;
		}
		in.line = lineno;
		json_columns(line, (size_t)len, &in);
		if (!json_is_object(obj)) {
			fh_error_at(err, name, lineno, 0, _("a report must be a JSON object, not %s"), json_kind(obj));
			r = -1;
		} else {
			r = json_record(obj, &in, &photos, nums, err);
			if (!r)
				r = sink(ctx, &in, err);
		}
		json_decref(obj);
		photo_clear(&photos);
		if (r)
			goto done;
	}
	if (ferror(fp)) {
		fh_error_set(err, _("cannot read '%s': %s"), name, strerror(errno));
		goto done;
	}
	rc = 0;
done:
	free(line);
	photo_release(&photos);
	return rc;
}

/* A YAML reader's state: the parser and the last event taken from it. */
struct yreader {
	yaml_parser_t parser;
	struct fh_ysrc src;  /* so that a reader error names its line */
	yaml_event_t event;
	int have_event;
	const char *name;
};

/* Takes the next event into r->event.  Returns 0 or -1 with err at the problem. */
static int ynext(struct yreader *r, struct fh_error *err)
{
	if (r->have_event)
		yaml_event_delete(&r->event);
	r->have_event = 0;
	if (!yaml_parser_parse(&r->parser, &r->event)) {
		const char *problem = r->parser.problem ? r->parser.problem : _("unreadable input");

		if (r->parser.error == YAML_READER_ERROR)
			return fh_ysrc_error(&r->src, &r->parser, r->name, err);
		return fh_error_at(err, r->name, r->parser.problem_mark.line + 1,
				   r->parser.problem_mark.column + 1, _("invalid YAML: %s"), problem);
	}
	r->have_event = 1;
	if (r->event.type == YAML_ALIAS_EVENT)
		return fh_error_at(err, r->name, r->event.start_mark.line + 1,
				   r->event.start_mark.column + 1, _("aliases are not allowed in a report batch"));
	return 0;
}

static unsigned long yline(const struct yreader *r)
{
	return r->event.start_mark.line + 1;
}

static unsigned long ycol(const struct yreader *r)
{
	return r->event.start_mark.column + 1;
}

/* The kind of a YAML node starting with event e, for messages. */
static const char *ykind(const yaml_event_t *e)
{
	return e->type == YAML_MAPPING_START_EVENT ? _("a mapping") :
		e->type == YAML_SEQUENCE_START_EVENT ? _("a list") : _("a value");
}

/* Returns 1 for a plain scalar that YAML reads as null. */
static int ynull(const yaml_event_t *e)
{
	const char *v = (const char *)e->data.scalar.value;

	return e->data.scalar.style == YAML_PLAIN_SCALAR_STYLE &&
	       (!*v || !strcmp(v, "~") || !strcmp(v, "null") || !strcmp(v, "Null") || !strcmp(v, "NULL"));
}

/*
 * Takes the key of a report mapping at the current event: a known key, not
 * seen before in this report (seen counts them).  Returns its index, or -1.
 */
static int yaml_key(struct yreader *r, int *seen, struct fh_error *err)
{
	int k;

	if (r->event.type != YAML_SCALAR_EVENT)
		return fh_error_at(err, r->name, yline(r), ycol(r), _("a key must be a name, not %s"),
				   ykind(&r->event));
	k = fh_report_key((const char *)r->event.data.scalar.value, r->event.data.scalar.length);
	if (k < 0)
		return fh_error_at(err, r->name, yline(r), ycol(r), _("unknown key '%s' (valid: %s)"),
				   (const char *)r->event.data.scalar.value, fh_report_key_list());
	if (seen[k]++)
		return fh_error_at(err, r->name, yline(r), ycol(r), _("key '%s' given twice"),
				   fh_report_keys[k]);
	return k;
}

/* Reads a list of photo paths (its start event taken) into photos.  Returns 0 or -1. */
static int yaml_photo_list(struct yreader *r, struct photo_list *photos, struct fh_error *err)
{
	for (;;) {
		char *copy;

		if (ynext(r, err))
			return -1;
		if (r->event.type == YAML_SEQUENCE_END_EVENT)
			return 0;
		if (r->event.type != YAML_SCALAR_EVENT)
			return fh_error_at(err, r->name, yline(r), ycol(r),
					   _("'photo' must be a path or a list of paths, not a list holding %s"),
					   ykind(&r->event));
		if (!(copy = strdup((const char *)r->event.data.scalar.value)) ||
		    photo_push(photos, copy, copy)) {
			free(copy);
			return fh_error_set(err, _("out of memory"));
		}
	}
}

/* Reads one report mapping (its start event taken) and files it through sink. */
static int yaml_record(struct yreader *r, const char *dir, struct photo_list *photos,
		       fh_report_sink sink, void *ctx, struct fh_error *err)
{
	struct fh_report_input in = { .file = r->name, .photo_dir = dir, .line = yline(r) };
	char *owned[FH_REPORT_F_COUNT] = { NULL };
	int seen[FH_REPORT_F_COUNT] = { 0 };
	int rc = -1;

	for (;;) {
		int k;

		if (ynext(r, err))
			goto done;
		if (r->event.type == YAML_MAPPING_END_EVENT)
			break;
		if ((k = yaml_key(r, seen, err)) < 0)
			goto done;
		if (ynext(r, err))
			goto done;
		in.lines[k] = yline(r);
		in.col[k] = ycol(r);
		if (k == FH_REPORT_F_PHOTO && r->event.type == YAML_SEQUENCE_START_EVENT) {
			if (yaml_photo_list(r, photos, err))
				goto done;
			continue;
		}
		if (r->event.type != YAML_SCALAR_EVENT) {
			fh_error_at(err, r->name, yline(r), ycol(r), _("'%s' must be %s, not %s"), fh_report_keys[k],
				    k == FH_REPORT_F_PHOTO ? _("a path or a list of paths") : _("a single value"),
				    ykind(&r->event));
			goto done;
		}
		if (ynull(&r->event))
			continue;
		if (memchr(r->event.data.scalar.value, '\0', r->event.data.scalar.length)) {
			fh_error_at(err, r->name, yline(r), ycol(r), _("'%s' holds a NUL character"), fh_report_keys[k]);
			goto done;
		}
		if (k == FH_REPORT_F_PHOTO) {
			char *copy = strdup((const char *)r->event.data.scalar.value);

			if (!copy || photo_push(photos, copy, copy)) {
				free(copy);
				fh_error_set(err, _("out of memory"));
				goto done;
			}
			continue;
		}
		if (!(owned[k] = strdup((const char *)r->event.data.scalar.value))) {
			fh_error_set(err, _("out of memory"));
			goto done;
		}
		in.value[k] = owned[k];
	}
	in.photos = photos->paths;
	in.nphotos = photos->n;
	rc = sink(ctx, &in, err);
done:
	for (int i = 0; i < FH_REPORT_F_COUNT; i++)
		free(owned[i]);
	photo_clear(photos);
	return rc;
}

/* A YAML list of mappings, read event by event. */
static int read_yaml(FILE *fp, const char *name, const char *dir, fh_report_sink sink,
		     void *ctx, struct fh_error *err)
{
	struct yreader r = { .name = name };
	struct photo_list photos = { 0 };
	int rc = -1;

	if (fh_ysrc_init(&r.src, fp, &r.parser, err))
		return -1;
	if (ynext(&r, err) || ynext(&r, err))  /* the stream's start, then its first document */
		goto done;
	if (r.event.type == YAML_STREAM_END_EVENT) {
		rc = 0;
		goto done;
	}
	if (ynext(&r, err))
		goto done;
	if (r.event.type == YAML_SCALAR_EVENT && ynull(&r.event)) {
		rc = 0;
		goto done;
	}
	if (r.event.type != YAML_SEQUENCE_START_EVENT) {
		fh_error_at(err, name, yline(&r), ycol(&r), _("a report batch must be a list of reports, not %s"),
			    ykind(&r.event));
		goto done;
	}
	for (;;) {
		if (ynext(&r, err))
			goto done;
		if (r.event.type == YAML_SEQUENCE_END_EVENT)
			break;
		if (r.event.type != YAML_MAPPING_START_EVENT) {
			fh_error_at(err, name, yline(&r), ycol(&r), _("a report must be a mapping, not %s"),
				    ykind(&r.event));
			goto done;
		}
		if (yaml_record(&r, dir, &photos, sink, ctx, err))
			goto done;
	}
	if (ynext(&r, err) || ynext(&r, err))  /* the document's end, then the stream's */
		goto done;
	if (r.event.type != YAML_STREAM_END_EVENT) {
		fh_error_at(err, name, yline(&r), ycol(&r), _("a report batch is one YAML document"));
		goto done;
	}
	rc = 0;
done:
	if (r.have_event)
		yaml_event_delete(&r.event);
	fh_ysrc_release(&r.src, &r.parser);
	photo_release(&photos);
	return rc;
}

/* A CSV reader's state, shared with libcsv's callbacks. */
struct creader {
	const char *name, *dir;
	fh_report_sink sink;
	void *ctx;
	struct fh_error *err;
	int failed;
	unsigned long line, rec_line;
	int header_done;
	int *keys;            /* the key of each column */
	size_t ncols, field;  /* columns of the header; fields of this record so far */
	char *value[FH_REPORT_F_COUNT];
	struct photo_list photos;
	char *text;           /* the raw lines of this record, for columns */
	size_t text_len, text_cap;
	unsigned long text_line;  /* the line the record starts on */
};

/* Keeps a raw line of the record being read; 0 or -1 when out of memory. */
static int creader_keep(struct creader *c, const char *line, size_t len)
{
	if (!c->text_len)
		c->text_line = c->line;
	if (c->text_len + len + 1 > c->text_cap) {
		size_t cap = (c->text_len + len + 1) * 2;
		char *text = realloc(c->text, cap);

		if (!text)
			return -1;
		c->text = text, c->text_cap = cap;
	}
	memcpy(c->text + c->text_len, line, len);
	c->text_len += len;
	return 0;
}

/*
 * Fills in->lines and in->col with the line and byte column where each
 * field of the record starts (libcsv reports no positions): commas outside
 * quotes end fields, a quote toggles quoting ("" toggles twice).
 */
static void csv_columns(const struct creader *c, struct fh_report_input *in)
{
	unsigned long line = c->text_line, col = 1;
	size_t field = 0;
	int quoted = 0, start = 1;

	for (size_t i = 0; i < c->text_len; i++, col++) {
		if (start) {
			in->lines[c->keys[field]] = line;
			in->col[c->keys[field]] = col;
			start = 0;
		}
		if (c->text[i] == '"') {
			quoted = !quoted;
		} else if (c->text[i] == ',' && !quoted) {
			if (++field >= c->ncols)
				return;
			start = 1;
		} else if (c->text[i] == '\n') {
			line++, col = 0;
		}
	}
	if (start && field < c->ncols) {
		in->lines[c->keys[field]] = line;
		in->col[c->keys[field]] = col;
	}
}

static void creader_clear(struct creader *c)
{
	for (int i = 0; i < FH_REPORT_F_COUNT; i++) {
		free(c->value[i]);
		c->value[i] = NULL;
	}
	photo_clear(&c->photos);
	c->field = 0;
	c->rec_line = 0;
	c->text_len = 0;
}

/* Splits a photo cell "a.jpg;b.jpg" into paths. */
static int split_photos(struct creader *c, const char *s)
{
	while (*s) {
		size_t n = strcspn(s, ";");
		char *copy;

		if (n) {
			if (!(copy = strndup(s, n)) || photo_push(&c->photos, copy, copy)) {
				free(copy);
				return -1;
			}
		}
		s += n + (s[n] == ';');
	}
	return 0;
}

static void csv_field(void *s, size_t len, void *data)
{
	struct creader *c = data;

	if (c->failed)
		return;
	if (!c->rec_line)
		c->rec_line = c->line;
	if (!c->header_done) {
		int k = fh_report_key(s ? s : "", s ? len : 0);
		int *keys;

		if (k < 0) {
			fh_error_at(c->err, c->name, c->line, 0, _("unknown column '%.*s' (valid: %s)"),
				    (int)(s ? len : 0), s ? (const char *)s : "", fh_report_key_list());
			c->failed = 1;
			return;
		}
		for (size_t i = 0; i < c->ncols; i++)
			if (c->keys[i] == k) {
				fh_error_at(c->err, c->name, c->line, 0, _("column '%s' given twice"), fh_report_keys[k]);
				c->failed = 1;
				return;
			}
		if (!(keys = realloc(c->keys, (c->ncols + 1) * sizeof(*keys)))) {
			fh_error_set(c->err, _("out of memory"));
			c->failed = 1;
			return;
		}
		c->keys = keys;
		c->keys[c->ncols++] = k;
		return;
	}
	if (c->field >= c->ncols) {
		fh_error_at(c->err, c->name, c->rec_line, 0, _("more fields than the header's %zu columns"), c->ncols);
		c->failed = 1;
		return;
	}
	if (s && len) {
		int k = c->keys[c->field];

		if (memchr(s, '\0', len)) {
			fh_error_at(c->err, c->name, c->rec_line, 0, _("'%s' holds a NUL character"), fh_report_keys[k]);
			c->failed = 1;
			return;
		}
		if (k == FH_REPORT_F_PHOTO) {
			char *copy = strndup(s, len);

			if (!copy || split_photos(c, copy)) {
				fh_error_set(c->err, _("out of memory"));
				c->failed = 1;
			}
			free(copy);
		} else if (!(c->value[k] = strndup(s, len))) {
			fh_error_set(c->err, _("out of memory"));
			c->failed = 1;
			return;
		}
	}
	c->field++;
}

static void csv_record(int term, void *data)
{
	struct creader *c = data;
	struct fh_report_input in = { .file = c->name, .photo_dir = c->dir };

	(void)term;
	if (c->failed)
		return;
	if (!c->header_done) {
		c->header_done = 1;
		creader_clear(c);
		return;
	}
	in.line = c->rec_line ? c->rec_line : c->line;
	csv_columns(c, &in);
	for (int i = 0; i < FH_REPORT_F_COUNT; i++)
		in.value[i] = c->value[i];
	in.photos = c->photos.paths;
	in.nphotos = c->photos.n;
	if (c->sink(c->ctx, &in, c->err))
		c->failed = 1;
	creader_clear(c);
}

/* CSV with a header row naming the keys (RFC 4180 quoting). */
static int read_csv(FILE *fp, const char *name, const char *dir, fh_report_sink sink,
		    void *ctx, struct fh_error *err)
{
	struct creader c = { .name = name, .dir = dir, .sink = sink, .ctx = ctx, .err = err };
	struct csv_parser p;
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	int rc = -1;

	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL | CSV_EMPTY_IS_NULL))
		return fh_error_set(err, _("out of memory"));
	while ((len = getline(&line, &cap, fp)) >= 0) {
		c.line++;
		if (creader_keep(&c, line, (size_t)len)) {
			fh_error_set(err, _("out of memory"));
			goto done;
		}
		if (csv_parse(&p, line, (size_t)len, csv_field, csv_record, &c) != (size_t)len) {
			fh_error_at(err, name, c.line, 0, _("invalid CSV: %s"), csv_strerror(csv_error(&p)));
			goto done;
		}
		if (c.failed)
			goto done;
	}
	if (ferror(fp)) {
		fh_error_set(err, _("cannot read '%s': %s"), name, strerror(errno));
		goto done;
	}
	if (csv_fini(&p, csv_field, csv_record, &c)) {
		fh_error_at(err, name, c.line, 0, _("invalid CSV: %s"), csv_strerror(csv_error(&p)));
		goto done;
	}
	if (c.failed)
		goto done;
	rc = 0;
done:
	csv_free(&p);
	creader_clear(&c);
	photo_release(&c.photos);
	free(c.keys);
	free(c.text);
	free(line);
	return rc;
}

/*
 * The first bytes of the input, read to guess its format, handed back
 * in front of the rest of the stream.
 */
struct peeked {
	FILE *fp;
	char buf[4096];
	size_t len, pos;
	/*
	 * Every byte is checked as it passes to be UTF-8, so that each reader
	 * reports a bad byte the same way, with its line and column.
	 */
	unsigned long line, col;
	unsigned char part[4];    /* a character cut by the end of a read */
	int npart, bad;
	unsigned long bad_line, bad_col;
};

/* Marks the character after the current column as the first bad one. */
static int utf8_bad(struct peeked *p)
{
	p->bad = 1;
	p->bad_line = p->line + 1;
	p->bad_col = p->col + 1;
	return -1;
}

/*
 * Checks the character at s (n bytes of it in hand, its length taken from
 * its lead byte) with fh_text_utf8_prefix, the project's one UTF-8 check.
 */
static int utf8_char(struct peeked *p, const unsigned char *s, int n)
{
	if (fh_text_utf8_prefix((const char *)s, (size_t)n) != (size_t)n)
		return utf8_bad(p);
	p->col++;
	return 0;
}

/*
 * Checks n bytes of UTF-8 going by, one character at a time, keeping a
 * character cut by the end of the read for the next one; returns -1 at
 * the first bad one.
 */
static int utf8_feed(struct peeked *p, const unsigned char *s, size_t n)
{
	size_t i = 0;

	while (p->npart && i < n) {
		p->part[p->npart++] = s[i++];
		if (p->npart == utf8proc_utf8class[p->part[0]]) {
			if (utf8_char(p, p->part, p->npart))
				return -1;
			p->npart = 0;
		}
	}
	while (i < n) {
		int k = utf8proc_utf8class[s[i]];

		if (s[i] < 0x80) {  /* ASCII needs no decoding */
			if (s[i] == '\n') {
				p->line++;
				p->col = 0;
			} else {
				p->col++;
			}
			i++;
			continue;
		}
		if (k <= 0)
			return utf8_bad(p);
		if (i + (size_t)k > n) {
			p->npart = (int)(n - i);
			memcpy(p->part, s + i, (size_t)p->npart);
			return 0;
		}
		if (utf8_char(p, s + i, k))
			return -1;
		i += (size_t)k;
	}
	return 0;
}

static ssize_t peeked_read(void *cookie, char *out, size_t size)
{
	struct peeked *p = cookie;
	size_t n;

	if (p->bad)
		return -1;
	if (p->pos < p->len) {
		n = p->len - p->pos < size ? p->len - p->pos : size;
		memcpy(out, p->buf + p->pos, n);
		p->pos += n;
	} else {
		if (ferror(p->fp))
			return -1;
		n = fread(out, 1, size, p->fp);
		if (ferror(p->fp))
			return -1;
		if (!n && p->npart)  /* the input ends inside a character */
			return utf8_bad(p);
	}
	return utf8_feed(p, (const unsigned char *)out, n) ? -1 : (ssize_t)n;
}

/*
 * Guesses the format from the first bytes: '{' JSON Lines; '-', '[', '%'
 * or "key: " YAML; else CSV.
 */
static enum fh_import_format guess_format(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n) {
		if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n') {
			i++;
		} else if (s[i] == '#') {
			while (i < n && s[i] != '\n')
				i++;
		} else {
			break;
		}
	}
	if (i < n && s[i] == '{')
		return FH_IMPORT_JSONL;
	if (i < n && (s[i] == '-' || s[i] == '[' || s[i] == '%'))
		return FH_IMPORT_YAML;
	/* "key: value" is YAML (a mapping, which the reader then refuses clearly). */
	{
		size_t k = i;

		while (k < n && ((s[k] >= 'a' && s[k] <= 'z') || s[k] == '_'))
			k++;
		if (k > i && k + 1 < n && s[k] == ':' && (s[k + 1] == ' ' || s[k + 1] == '\n'))
			return FH_IMPORT_YAML;
	}
	return FH_IMPORT_CSV;
}

int fh_report_read(FILE *fp, const char *name, const char *photo_dir,
		   enum fh_import_format fmt, fh_report_sink sink, void *ctx,
		   struct fh_error *err)
{
	static const cookie_io_functions_t io = { .read = peeked_read };
	struct peeked *p = malloc(sizeof(*p));
	FILE *in;
	int rc;

	if (!p)
		return fh_error_set(err, _("out of memory"));
	memset(p, 0, sizeof(*p));
	p->fp = fp;
	p->len = fread(p->buf, 1, sizeof(p->buf), fp);
	if (ferror(fp)) {
		free(p);
		return fh_error_set(err, _("cannot read '%s': %s"), name, strerror(errno));
	}
	/* A byte-order mark, as spreadsheets write, is not part of the data. */
	if (p->len >= 3 && !memcmp(p->buf, "\xEF\xBB\xBF", 3))
		p->pos = 3;
	if (fmt == FH_IMPORT_AUTO)
		fmt = guess_format(p->buf + p->pos, p->len - p->pos);
	if (!(in = fopencookie(p, "r", io))) {
		free(p);
		return fh_error_set(err, _("out of memory"));
	}
	rc = fmt == FH_IMPORT_YAML ? read_yaml(in, name, photo_dir, sink, ctx, err) :
		fmt == FH_IMPORT_JSONL ? read_jsonl(in, name, photo_dir, sink, ctx, err) :
		read_csv(in, name, photo_dir, sink, ctx, err);
	if (rc && p->bad)
		fh_error_at(err, name, p->bad_line, p->bad_col, _("invalid UTF-8"));
	fclose(in);
	free(p);
	return rc;
}

/*
 * A record's backfill keys (status, officer, ...), kept with their places
 * until its report is in the reports table: the writer stages new reports
 * and files them all at the end.
 */
struct backfill {
	sqlite3_int64 id;
	struct fh_report_input in;  /* the backfill values only, owned */
};

/* What an import gathers: the writer, the new ids and the backfills. */
struct import_state {
	struct fh_report_writer *w;
	sqlite3_int64 *ids;
	size_t n, cap;
	struct backfill *bf;
	size_t nbf, capbf;
};

static void backfills_free(struct import_state *st)
{
	for (size_t i = 0; i < st->nbf; i++)
		for (int k = FH_REPORT_F_STATUS; k < FH_REPORT_F_COUNT; k++)
			free((char *)st->bf[i].in.value[k]);
	free(st->bf);
}

/* Keeps in's backfill keys, if it has any, for report id.  Returns 0 or -1. */
static int backfill_keep(struct import_state *st, sqlite3_int64 id, const struct fh_report_input *in,
			 struct fh_error *err)
{
	struct backfill *b;
	int any = 0;

	for (int k = FH_REPORT_F_STATUS; k < FH_REPORT_F_COUNT; k++)
		any |= in->value[k] != NULL;
	if (!any)
		return 0;
	if (st->nbf == st->capbf) {
		size_t cap = st->capbf ? 2 * st->capbf : 64;

		if (!(b = realloc(st->bf, cap * sizeof(*b))))
			return fh_error_set(err, _("out of memory"));
		st->bf = b;
		st->capbf = cap;
	}
	b = &st->bf[st->nbf++];
	memset(b, 0, sizeof(*b));
	b->id = id;
	b->in.file = in->file;
	b->in.line = in->line;
	memcpy(b->in.lines, in->lines, sizeof(in->lines));
	memcpy(b->in.col, in->col, sizeof(in->col));
	for (int k = FH_REPORT_F_STATUS; k < FH_REPORT_F_COUNT; k++)
		if (in->value[k] && !(b->in.value[k] = strdup(in->value[k])))
			return fh_error_set(err, _("out of memory"));
	return 0;
}

/* Backfills the kept life cycles, in input order, once every report is filed. */
static int backfill_all(struct fh_db *db, const char *actor, struct import_state *st,
			int new_officers, struct fh_error *err)
{
	struct fh_report_mover *m;
	int rc = 0;

	if (!st->nbf)
		return 0;
	if (fh_report_mover_new(db, actor, &m, err))
		return -1;
	for (size_t i = 0; !rc && i < st->nbf; i++)
		rc = fh_report_mover_backfill(m, st->bf[i].id, &st->bf[i].in, new_officers, err);
	fh_report_mover_free(m);
	return rc;
}

static int import_one(void *ctx, const struct fh_report_input *in, struct fh_error *err)
{
	struct import_state *st = ctx;
	sqlite3_int64 id;

	if (fh_report_writer_add(st->w, in, &id, err) || backfill_keep(st, id, in, err))
		return -1;
	if (st->n == st->cap) {
		size_t cap = st->cap ? 2 * st->cap : 1024;
		sqlite3_int64 *ids = realloc(st->ids, cap * sizeof(*ids));

		if (!ids)
			return fh_error_set(err, _("out of memory"));
		st->ids = ids;
		st->cap = cap;
	}
	st->ids[st->n++] = id;
	return 0;
}

int fh_report_import(struct fh_db *db, const char *actor, FILE *fp,
		     const char *name, const char *photo_dir,
		     enum fh_import_format fmt, int new_officers,
		     sqlite3_int64 **ids, size_t *n, struct fh_error *err)
{
	struct import_state st = { 0 };
	int rc = -1;

	*ids = NULL;
	*n = 0;
	if (fh_report_writer_new(db, actor, &st.w, err))
		return -1;
	/*
	 * A big batch changes many pages of the search index more than once:
	 * kept in memory (64 MiB) they are written once, at commit.
	 */
	if (fh_db_exec(db, "PRAGMA cache_size = -65536", err) || fh_db_begin(db, err))
		goto done;
	if (fh_report_writer_stage(st.w, err) ||
	    fh_report_read(fp, name, photo_dir, fmt, import_one, &st, err) ||
	    fh_report_writer_flush(st.w, err) ||
	    backfill_all(db, actor, &st, new_officers, err)) {
		fh_db_rollback(db);
		goto done;
	}
	/* The writer's statements are finalized before COMMIT. */
	fh_report_writer_free(st.w);
	st.w = NULL;
	if (fh_db_commit(db, err))
		goto done;
	*ids = st.ids;
	*n = st.n;
	st.ids = NULL;
	rc = 0;
done:
	fh_report_writer_free(st.w);
	free(st.ids);
	backfills_free(&st);
	return rc;
}
