/*
 * Reading roster files (fh-roster(5)), YAML or CSV, as a stream of
 * records.  The YAML reader works on libyaml's events, never building a
 * document, so memory stays flat however many members there are; the CSV
 * reader feeds libcsv one physical line at a time so that every field's
 * line is known.
 */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <csv.h>
#include <utf8proc.h>
#include <yaml.h>

#include "fh/codes.h"
#include "fh/config.h"
#include "fh/mask.h"
#include "fh/period.h"
#include "fh/phone.h"
#include "fh/roster.h"
#include "fh/text.h"
#include "fh/i18n.h"

enum ftype { T_TEXT, T_CODE, T_KIND, T_LAT, T_LON, T_DATE, T_CODES };

#define KZ (1u << FH_RREC_ZONE)
#define KG (1u << FH_RREC_GROUP)
#define KM (1u << FH_RREC_MEMBER)
#define KT (1u << FH_RREC_TEAM)

static const struct {
	const char *key;
	enum ftype type;
	unsigned kinds;     /* the records the key belongs to */
	unsigned required;  /* the records that must have it */
} fields[FH_RF_COUNT] = {
	[FH_RF_CODE] = { "code", T_CODE, KZ | KG | KM | KT, KZ | KG | KM | KT },
	[FH_RF_KIND] = { "kind", T_KIND, KM | KT, 0 },
	[FH_RF_NAME] = { "name", T_TEXT, KZ | KG | KM | KT, KZ | KM | KT },
	[FH_RF_CONTACT] = { "contact", T_TEXT, KM, 0 },
	[FH_RF_PHONE] = { "phone", T_TEXT, KM, 0 },
	[FH_RF_ADDRESS] = { "address", T_TEXT, KM, 0 },
	[FH_RF_ZONE] = { "zone", T_CODE, KG | KM | KT, KG | KM },
	[FH_RF_GROUP] = { "group", T_CODE, KM, 0 },
	[FH_RF_LAT] = { "lat", T_LAT, KM, 0 },
	[FH_RF_LON] = { "lon", T_LON, KM, 0 },
	[FH_RF_JOINED] = { "joined", T_DATE, KM, 0 },
	[FH_RF_LEFT] = { "left", T_DATE, KM, 0 },
	[FH_RF_NOTE] = { "note", T_TEXT, KG | KM, 0 },
	[FH_RF_LEADER] = { "leader", T_CODE, KG, 0 },
	/* A group's: its leader's letter; a member's: its own (issue 17). */
	[FH_RF_LETTER_SIGNED] = { "letter_signed", T_DATE, KG | KM, 0 },
	[FH_RF_LEADER_SINCE] = { "leader_since", T_DATE, KG, 0 },
	[FH_RF_FORMED] = { "formed", T_DATE, KG, 0 },
	[FH_RF_DISSOLVED] = { "dissolved", T_DATE, KG, 0 },
	[FH_RF_TEAMS] = { "teams", T_CODES, KM, 0 },
	/* Checked against the station's trades when imported (they are in the database). */
	[FH_RF_TRADE] = { "trade", T_CODE, KM, 0 },
};

static const char *const kind_names[] = {
	[FH_RREC_STATION] = N_("station"), [FH_RREC_ZONE] = N_("zone"),
	[FH_RREC_GROUP] = N_("group"), [FH_RREC_MEMBER] = N_("member"), [FH_RREC_TEAM] = N_("team"),
};

const char *fh_roster_key(enum fh_roster_field_id id)
{
	return fields[id].key;
}

/* Returns the field whose key is key, allowed in records of kind, or -1. */
static int field_for_key(const char *key, enum fh_roster_kind kind)
{
	for (int i = 0; i < FH_RF_COUNT; i++)
		if (fields[i].key[0] == key[0] && !strcmp(fields[i].key, key))
			return fields[i].kinds & (1u << kind) ? i : -1;
	return -1;
}

/*
 * The input with the bytes already looked at to tell the format, and,
 * for YAML, a check of UTF-8 as the bytes pass that knows line and
 * column (libyaml itself only knows the byte offset of a bad byte).
 */
struct src {
	FILE *fp;
	const char *name;
	char head[512];
	size_t nhead, ihead;
	int check_utf8;
	unsigned char pend[4];  /* an incomplete UTF-8 sequence at a chunk's end */
	size_t npend;
	unsigned long line, col;
	int bad;                /* invalid UTF-8 or a read error was found */
	long long field_max;    /* the longest value, in bytes (field_max_bytes) */
	struct fh_error *err;
};

/* Reads the next bytes: first those looked at to tell the format, then the file's. */
static size_t src_raw(struct src *s, unsigned char *buf, size_t size)
{
	size_t n = 0;

	if (s->ihead < s->nhead) {
		n = s->nhead - s->ihead;
		if (n > size)
			n = size;
		memcpy(buf, s->head + s->ihead, n);
		s->ihead += n;
		return n;
	}
	n = fread(buf, 1, size, s->fp);
	if (!n && ferror(s->fp)) {
		s->bad = 1;
		fh_error_set(s->err, _("cannot read '%s': %s"), s->name, strerror(errno));
	}
	return n;
}

/* Length of the UTF-8 sequence led by c, or 0 if c cannot lead one. */
static int utf8_len(unsigned char c)
{
	if (c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf)
		return 2;
	if (c >= 0xe0 && c <= 0xef)
		return 3;
	if (c >= 0xf0 && c <= 0xf4)
		return 4;
	return 0;
}

/* Moves the source's line and column over buf[0..n) (columns count characters). */
static void src_advance(struct src *s, const unsigned char *buf, size_t n)
{
	const unsigned char *p = buf, *end = buf + n, *nl;

	while ((nl = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		s->line++;
		s->col = 1;
		p = nl + 1;
	}
	for (; p < end; p++)
		s->col += (*p & 0xc0) != 0x80;  /* continuation bytes are no new character */
}

/* Whether YAML allows the character in a document (YAML 1.1, "printable"). */
static int yaml_printable(utf8proc_int32_t cp)
{
	return cp == 0x9 || cp == 0xa || cp == 0xd || (cp >= 0x20 && cp <= 0x7e) || cp == 0x85 ||
	       (cp >= 0xa0 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) ||
	       (cp >= 0x10000 && cp <= 0x10ffff);
}

/*
 * Fails at byte at of buf, naming its line and column: the byte is no
 * UTF-8 (cp < 0), or the character cp is one YAML does not allow.
 */
static int src_bad(struct src *s, const unsigned char *buf, size_t at, utf8proc_int32_t cp)
{
	src_advance(s, buf, at);
	s->bad = 1;
	if (cp < 0)
		return fh_error_at(s->err, s->name, s->line, s->col, _("invalid UTF-8 (byte 0x%02x)"), buf[at]);
	if (cp < 0x80)
		return fh_error_at(s->err, s->name, s->line, s->col, _("control character 0x%02x is not allowed"), (unsigned)cp);
	return fh_error_at(s->err, s->name, s->line, s->col, _("character U+%04X is not allowed in YAML"), (unsigned)cp);
}

/* Whether any of the 8 bytes of w is outside the printable ASCII 0x20..0x7e. */
static int word_not_plain(uint64_t w)
{
	const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
	uint64_t del = w ^ (0x7f * ones);

	return (w & highs) || ((w - 0x20 * ones) & ~w & highs) || ((del - ones) & ~del & highs);
}

/*
 * Checks buf[0..n) as UTF-8 holding only characters YAML allows, a
 * sequence cut at the chunk's end completed by the next chunk.  Runs of
 * plain ASCII are skipped eight bytes at a time, and lines are counted
 * per chunk, since this sees every byte of the file.  libyaml checks the
 * same, but can only say at which byte.  Returns 0 or -1.
 */
static int src_check(struct src *s, const unsigned char *buf, size_t n)
{
	size_t i = 0, len;
	utf8proc_int32_t cp;

	if (s->npend) {
		unsigned char seq[4];
		size_t have = s->npend;

		memcpy(seq, s->pend, have);
		len = (size_t)utf8_len(seq[0]);
		while (have < len && i < n)
			seq[have++] = buf[i++];
		if (have < len) {
			memcpy(s->pend, seq, have);
			s->npend = have;
			return 0;
		}
		s->npend = 0;
		/* Its lead byte was counted in the column already. */
		if (utf8proc_iterate(seq, (utf8proc_ssize_t)len, &cp) != (utf8proc_ssize_t)len) {
			s->bad = 1;
			return fh_error_at(s->err, s->name, s->line, s->col - 1,
					   _("invalid UTF-8 (byte 0x%02x)"), seq[0]);
		}
		if (!yaml_printable(cp)) {
			s->bad = 1;
			return fh_error_at(s->err, s->name, s->line, s->col - 1,
					   _("character U+%04X is not allowed in YAML"), (unsigned)cp);
		}
	}
	while (i < n) {
		uint64_t w;

		while (i + 8 <= n && (memcpy(&w, buf + i, 8), !word_not_plain(w)))
			i += 8;
		if (i >= n)
			break;
		if (buf[i] < 0x80) {
			if ((buf[i] < 0x20 && buf[i] != '\t' && buf[i] != '\n' && buf[i] != '\r') ||
			    buf[i] == 0x7f)
				return src_bad(s, buf, i, buf[i]);
			i++;
			continue;
		}
		if (!(len = (size_t)utf8_len(buf[i])))
			return src_bad(s, buf, i, -1);
		if (i + len > n) {
			memcpy(s->pend, buf + i, n - i);  /* the rest comes in the next chunk */
			s->npend = n - i;
			break;
		}
		if (utf8proc_iterate(buf + i, (utf8proc_ssize_t)len, &cp) != (utf8proc_ssize_t)len)
			return src_bad(s, buf, i, -1);
		if (!yaml_printable(cp))
			return src_bad(s, buf, i, cp);
		i += len;
	}
	src_advance(s, buf, n);
	return 0;
}

/* libyaml's read handler. */
static int src_yaml_read(void *data, unsigned char *buf, size_t size, size_t *got)
{
	struct src *s = data;

	*got = src_raw(s, buf, size);
	if (s->bad)
		return 0;
	if (s->check_utf8) {
		if (src_check(s, buf, *got))
			return 0;
		if (!*got && s->npend) {
			s->bad = 1;
			fh_error_at(s->err, s->name, s->line, s->col - 1, _("invalid UTF-8 (cut short at the end)"));
			return 0;
		}
	}
	return 1;
}

/* Fills the head and tells YAML from CSV by the name, else the first line. */
static enum fh_roster_format sniff(struct src *s, enum fh_roster_format fmt)
{
	size_t n = strlen(s->name), i = 0;
	const char *h = s->head;

	s->nhead = fread(s->head, 1, sizeof(s->head), s->fp);
	if (fmt != FH_ROSTER_AUTO)
		return fmt;
	if (n > 4 && !strcasecmp(s->name + n - 4, ".csv"))
		return FH_ROSTER_CSV;
	if ((n > 5 && !strcasecmp(s->name + n - 5, ".yaml")) ||
	    (n > 4 && !strcasecmp(s->name + n - 4, ".yml")))
		return FH_ROSTER_YAML;
	if (s->nhead >= 3 && !memcmp(h, "\xef\xbb\xbf", 3))
		i = 3;
	while (i < s->nhead && (h[i] == ' ' || h[i] == '\t' || h[i] == '\r' || h[i] == '\n'))
		i++;
	if (i == s->nhead || strchr("#%-{", h[i]))
		return FH_ROSTER_YAML;
	/* A YAML roster starts with a key and a colon; a CSV header has none. */
	while (i < s->nhead && (h[i] == '_' || (h[i] >= 'a' && h[i] <= 'z') ||
				(h[i] >= 'A' && h[i] <= 'Z')))
		i++;
	return i < s->nhead && h[i] == ':' ? FH_ROSTER_YAML : FH_ROSTER_CSV;
}

/*
 * Checks value v of field id (named key in messages) in a record of kind
 * as the import takes it:
 * text without control characters (a YAML "\e" or "\x07" is decoded by
 * now, so this sees what a terminal would), then the field's type.  *num
 * gets a coordinate's value.  err gets a message without a place, which
 * the caller adds.  0 or -1.
 */
static int value_check(enum fh_roster_kind kind, int id, const char *key, const char *v,
		       double *num, struct fh_error *err)
{
	struct fh_error derr = { 0 };
	struct fh_time t;
	char buf[128], phone[FH_PHONE_SIZE];
	double d;

	if (!*v && fields[id].required & (1u << kind))
		return fh_error_set(err, _("%s '%s' must not be empty"), _(kind_names[kind]),
				    fields[id].key);
	/*
	 * Free text may span lines (a quoted CSV field, a YAML block), as an
	 * argument may; codes, kinds, numbers, dates and the station's name
	 * (as fh init takes it) are one line.
	 */
	if (fh_text_check(v, fields[id].type == T_TEXT && kind != FH_RREC_STATION ?
			  FH_TEXT_MULTILINE : FH_TEXT_LINE, key, err))
		return -1;
	switch (fields[id].type) {
	case T_TEXT:
		/* A masked phone is checked against the stored one when imported. */
		if (id == FH_RF_PHONE && !fh_mask_is_masked(v) &&
		    fh_phone_normalize(v, phone, sizeof(phone), &derr))
			return fh_error_set(err, "%s", derr.msg);
		return 0;
	case T_CODE:
		if (!*v || v[strcspn(v, " \t\r\n")])
			return fh_error_set(err, _("invalid code '%s' for '%s' (no spaces allowed)"), v,
					    fields[id].key);
		return 0;
	case T_KIND:
		if (kind == FH_RREC_TEAM) {
			if (!fh_codes_has(FH_CODES_TEAM_KIND, v))
				return fh_error_set(err, _("invalid team kind '%s' (valid: %s)"), v,
						    fh_codes_join(FH_CODES_TEAM_KIND, buf, sizeof(buf)));
			return 0;
		}
		if (!fh_codes_has(FH_CODES_MEMBER_KIND, v))
			return fh_error_set(err, _("invalid kind '%s' (valid: %s)"), v,
					    fh_codes_join(FH_CODES_MEMBER_KIND, buf, sizeof(buf)));
		return 0;
	case T_CODES:
		return 0;  /* any text: codes are separated by spaces, checked when looked up */
	case T_LAT:
	case T_LON:
		/* The one strict parser of numbers (fh/text.h): no " 5", 1e1 or 0x1p3. */
		if (fh_text_decimal(v, &d) || fabs(d) > (fields[id].type == T_LAT ? 90 : 180))
			return fh_error_set(err, _("'%s' must be a number from %d to %d, not '%s'"),
					    fields[id].key, fields[id].type == T_LAT ? -90 : -180,
					    fields[id].type == T_LAT ? 90 : 180, v);
		*num = d;
		return 0;
	case T_DATE:
		if (fh_date_parse(v, &t, &derr))
			return fh_error_set(err, "%s", derr.msg);
		return 0;
	}
	return 0;
}

/* Checks one field's value by its type; fills rec's numbers.  0 or -1. */
static int check_value(const char *name, struct fh_roster_record *rec, int id,
		       struct fh_error *err)
{
	struct fh_roster_field *f = &rec->f[id];
	struct fh_error derr = { 0 };
	double num = 0;

	if (!f->value) {
		if (fields[id].required & (1u << rec->kind))
			return fh_error_at(err, name, f->line, f->col, _("%s '%s' must not be empty"),
					   _(kind_names[rec->kind]), fields[id].key);
		return 0;
	}
	if (value_check(rec->kind, id, rec->kind == FH_RREC_STATION ? "station" : fields[id].key,
			f->value, &num, &derr))
		return fh_error_at(err, name, f->line, f->col, "%s", derr.msg);
	if (fields[id].type == T_LAT)
		rec->lat = num;
	else if (fields[id].type == T_LON)
		rec->lon = num;
	return 0;
}

int fh_roster_value_check(enum fh_roster_kind kind, const char *key, const char *v,
			  long long field_max, struct fh_error *err)
{
	int id = kind == FH_RREC_STATION ? FH_RF_NAME : field_for_key(key, kind);
	double num;

	if (id < 0)
		return fh_error_set(err, _("unknown key '%s' in a %s"), key, _(kind_names[kind]));
	if (field_max > 0 && (long long)strlen(v) > field_max)
		return fh_error_set(err, _("%s is longer than the limit of %lld bytes (%s in fh-config(5))"),
				    key, field_max, "field_max_bytes");
	return value_check(kind, id, key, v, &num, err);
}

int fh_roster_check(const char *name, struct fh_roster_record *rec, struct fh_error *err)
{
	if (rec->checked)
		return 0;
	for (int i = 0; i < FH_RF_COUNT; i++) {
		if (rec->f[i].given) {
			if (check_value(name, rec, i, err))
				return -1;
		} else if (fields[i].required & (1u << rec->kind)) {
			return fh_error_at(err, name, rec->line, rec->col, _("%s has no '%s'"),
					   _(kind_names[rec->kind]), fields[i].key);
		}
	}
	rec->checked = 1;
	return 0;
}

/* ---- YAML ---- */

struct yreader {
	yaml_parser_t parser;
	yaml_event_t ev;
	int have_ev;
	struct src *src;
	const char *name;
	fh_roster_fn fn;
	void *ctx;
	struct fh_error *err;
	/* The strings of the record being read (freed after each record). */
	char *vals[FH_RF_COUNT];
};

/* Sets err from libyaml's error, unless the source set a better one. */
static int yaml_fail(struct yreader *r)
{
	yaml_parser_t *p = &r->parser;

	if (r->src->bad)
		return -1;  /* the source's own error (UTF-8, I/O) is already set */
	if (p->error == YAML_MEMORY_ERROR)
		return fh_error_set(r->err, _("%s: out of memory"), r->name);
	if (p->error == YAML_READER_ERROR)
		return fh_error_at(r->err, r->name, 0, 0, _("%s at byte %zu"),
				   p->problem ? p->problem : _("cannot read"), p->problem_offset);
	return fh_error_at(r->err, r->name, p->problem_mark.line + 1, p->problem_mark.column + 1,
			   "%s", p->problem ? p->problem : _("invalid YAML"));
}

/* Moves to the next event; refuses anchors and aliases.  0 or -1. */
static int ynext(struct yreader *r)
{
	const yaml_char_t *anchor = NULL;

	if (r->have_ev)
		yaml_event_delete(&r->ev);
	r->have_ev = 0;
	if (!yaml_parser_parse(&r->parser, &r->ev))
		return yaml_fail(r);
	r->have_ev = 1;
	switch (r->ev.type) {
	case YAML_ALIAS_EVENT: anchor = r->ev.data.alias.anchor; break;
	case YAML_SCALAR_EVENT: anchor = r->ev.data.scalar.anchor; break;
	case YAML_SEQUENCE_START_EVENT: anchor = r->ev.data.sequence_start.anchor; break;
	case YAML_MAPPING_START_EVENT: anchor = r->ev.data.mapping_start.anchor; break;
	default: break;
	}
	if (anchor || r->ev.type == YAML_ALIAS_EVENT)
		return fh_error_at(r->err, r->name, r->ev.start_mark.line + 1,
				   r->ev.start_mark.column + 1,
				   _("anchors and aliases are not allowed in a roster"));
	return 0;
}

/* The line and column where the current event starts, from 1. */
static unsigned long yline(const struct yreader *r) { return r->ev.start_mark.line + 1; }
static unsigned long ycol(const struct yreader *r) { return r->ev.start_mark.column + 1; }

/* What the current event is, for "must be text, not a list". */
static const char *ywhat(const struct yreader *r)
{
	switch (r->ev.type) {
	case YAML_SEQUENCE_START_EVENT: return _("a list");
	case YAML_MAPPING_START_EVENT: return _("a mapping");
	default: return _("text");
	}
}

/* Whether the scalar event is YAML's null: ~, null or nothing, unquoted. */
static int yis_null(const struct yreader *r)
{
	const char *v = (const char *)r->ev.data.scalar.value;

	return r->ev.data.scalar.style == YAML_PLAIN_SCALAR_STYLE &&
	       (!*v || !strcmp(v, "~") || !strcmp(v, "null") || !strcmp(v, "Null") ||
		!strcmp(v, "NULL"));
}

/* Fails for a value of key, written at line:col, longer than field_max_bytes. */
static int too_long(struct yreader *r, const char *key, unsigned long line, unsigned long col)
{
	return fh_error_at(r->err, r->name, line, col,
			   _("%s is longer than the limit of %lld bytes (%s in fh-config(5))"), key,
			   r->src->field_max, "field_max_bytes");
}

/*
 * Takes the current scalar's text (the caller frees it), refusing NUL
 * characters inside it.  The event's own buffer is taken over rather than
 * copied: libyaml frees it with free(), and no longer once it is NULL.
 */
static int ytext(struct yreader *r, const char *key, char **out)
{
	size_t n = r->ev.data.scalar.length;

	if ((long long)n > r->src->field_max)
		return too_long(r, key, yline(r), ycol(r));
	if (strlen((const char *)r->ev.data.scalar.value) != n)
		return fh_error_at(r->err, r->name, yline(r), ycol(r), _("'%s' contains a NUL character"), key);
	*out = (char *)r->ev.data.scalar.value;
	r->ev.data.scalar.value = NULL;
	return 0;
}

/* Copies the current scalar, cut to fit, into buf for messages. */
static void ykey(const struct yreader *r, char *buf, size_t size)
{
	size_t n = r->ev.data.scalar.length < size - 1 ? r->ev.data.scalar.length : size - 1;

	memcpy(buf, r->ev.data.scalar.value, n);
	buf[n] = '\0';
}

/* Frees the strings of the record just read. */
static void yclear_vals(struct yreader *r)
{
	for (int i = 0; i < FH_RF_COUNT; i++) {
		free(r->vals[i]);
		r->vals[i] = NULL;
	}
}

/*
 * Reads a list of codes (at its SEQUENCE_START) into one new string of the
 * codes separated by spaces (the caller frees it).  Returns 0 or -1.
 */
static int yread_codes(struct yreader *r, const char *key, char **out)
{
	char *s = NULL, *p;
	size_t len = 0;
	unsigned long line = yline(r), col = ycol(r);

	for (;;) {
		if (ynext(r))
			goto fail;
		if (r->ev.type == YAML_SEQUENCE_END_EVENT)
			break;
		if (r->ev.type != YAML_SCALAR_EVENT || !r->ev.data.scalar.length ||
		    strcspn((const char *)r->ev.data.scalar.value, " \t\r\n") != r->ev.data.scalar.length) {
			fh_error_at(r->err, r->name, yline(r), ycol(r), _("'%s' must be a list of codes"), key);
			goto fail;
		}
		/* The codes are stored as one value: the list is bounded as a whole. */
		if ((long long)(len + 1 + r->ev.data.scalar.length) > r->src->field_max) {
			too_long(r, key, line, col);
			goto fail;
		}
		if (!(p = realloc(s, len + r->ev.data.scalar.length + 2))) {
			fh_error_set(r->err, _("out of memory"));
			goto fail;
		}
		s = p;
		if (len)
			s[len++] = ' ';
		memcpy(s + len, r->ev.data.scalar.value, r->ev.data.scalar.length);
		len += r->ev.data.scalar.length;
		s[len] = '\0';
	}
	if (!s && !(s = strdup(""))) {
		fh_error_set(r->err, _("out of memory"));
		return -1;
	}
	*out = s;
	return 0;
fail:
	free(s);
	return -1;
}

/* Reads one mapping of a zones/groups/members/teams list (at its MAPPING_START). */
static int yread_item(struct yreader *r, enum fh_roster_kind kind)
{
	struct fh_roster_record rec;
	int rc = -1;

	memset(&rec, 0, sizeof(rec));
	rec.kind = kind;
	rec.format = FH_ROSTER_YAML;
	rec.line = yline(r);
	rec.col = ycol(r);
	for (;;) {
		char key[64];
		int id;

		if (ynext(r))
			goto done;
		if (r->ev.type == YAML_MAPPING_END_EVENT)
			break;
		if (r->ev.type != YAML_SCALAR_EVENT) {
			fh_error_at(r->err, r->name, yline(r), ycol(r), _("a %s's keys must be text, not %s"),
				    _(kind_names[kind]), ywhat(r));
			goto done;
		}
		ykey(r, key, sizeof(key));
		id = field_for_key((const char *)r->ev.data.scalar.value, kind);
		if (id < 0) {
			fh_error_at(r->err, r->name, yline(r), ycol(r), _("unknown key '%s' in a %s"),
				    (const char *)r->ev.data.scalar.value, _(kind_names[kind]));
			goto done;
		}
		if (rec.f[id].given) {
			fh_error_at(r->err, r->name, yline(r), ycol(r), _("duplicate key '%s'"), key);
			goto done;
		}
		if (ynext(r))
			goto done;
		rec.f[id].given = 1;
		rec.f[id].line = yline(r);
		rec.f[id].col = ycol(r);
		if (fields[id].type == T_CODES && r->ev.type == YAML_SEQUENCE_START_EVENT) {
			if (yread_codes(r, key, &r->vals[id]))
				goto done;
			rec.f[id].value = r->vals[id];
			continue;
		}
		if (r->ev.type != YAML_SCALAR_EVENT) {
			fh_error_at(r->err, r->name, yline(r), ycol(r), _("'%s' must be %s, not %s"), key,
				    fields[id].type == T_LAT || fields[id].type == T_LON ? _("a number") :
				    fields[id].type == T_DATE ? _("a date") : _("text"), ywhat(r));
			goto done;
		}
		if (!yis_null(r)) {
			if (ytext(r, key, &r->vals[id]))
				goto done;
			rec.f[id].value = r->vals[id];
		}
	}
	rc = r->fn(r->ctx, &rec, r->err);
done:
	yclear_vals(r);
	return rc;
}

/* Reads the list under a top-level key (at the event after the key). */
static int yread_list(struct yreader *r, const char *key, enum fh_roster_kind kind)
{
	if (r->ev.type == YAML_SCALAR_EVENT && yis_null(r))
		return 0;
	if (r->ev.type != YAML_SEQUENCE_START_EVENT)
		return fh_error_at(r->err, r->name, yline(r), ycol(r), _("'%s' must be a list, not %s"),
				   key, ywhat(r));
	for (;;) {
		if (ynext(r))
			return -1;
		if (r->ev.type == YAML_SEQUENCE_END_EVENT)
			return 0;
		if (r->ev.type != YAML_MAPPING_START_EVENT)
			return fh_error_at(r->err, r->name, yline(r), ycol(r),
					   _("each item of '%s' must be a mapping, not %s"), key, ywhat(r));
		if (yread_item(r, kind))
			return -1;
	}
}

/* Reads the top-level mapping (at its MAPPING_START). */
static int yread_root(struct yreader *r)
{
	static const char *const keys[] = { "station", "zones", "groups", "members", "teams" };
	static const enum fh_roster_kind kinds[] = {
		FH_RREC_STATION, FH_RREC_ZONE, FH_RREC_GROUP, FH_RREC_MEMBER, FH_RREC_TEAM,
	};
	int seen[5] = { 0 };

	for (;;) {
		char key[64];
		int k;

		if (ynext(r))
			return -1;
		if (r->ev.type == YAML_MAPPING_END_EVENT)
			return 0;
		if (r->ev.type != YAML_SCALAR_EVENT)
			return fh_error_at(r->err, r->name, yline(r), ycol(r),
					   _("the roster's keys must be text, not %s"), ywhat(r));
		for (k = 0; k < 5 && strcmp(keys[k], (const char *)r->ev.data.scalar.value); k++)
			;
		if (k == 5)
			return fh_error_at(r->err, r->name, yline(r), ycol(r),
					   _("unknown key '%s' in the roster (station, zones, groups, members, teams)"),
					   (const char *)r->ev.data.scalar.value);
		if (seen[k]++)
			return fh_error_at(r->err, r->name, yline(r), ycol(r), _("duplicate key '%s'"), keys[k]);
		snprintf(key, sizeof(key), "%s", keys[k]);
		if (ynext(r))
			return -1;
		if (k == 0) {
			struct fh_roster_record rec;
			char *v = NULL;
			int rc;

			if (r->ev.type != YAML_SCALAR_EVENT)
				return fh_error_at(r->err, r->name, yline(r), ycol(r),
						   _("'station' must be text, not %s"), ywhat(r));
			if (yis_null(r))
				continue;
			if (ytext(r, key, &v))
				return -1;
			memset(&rec, 0, sizeof(rec));
			rec.kind = FH_RREC_STATION;
			rec.format = FH_ROSTER_YAML;
			rec.line = yline(r);
			rec.col = ycol(r);
			rec.f[FH_RF_NAME] = (struct fh_roster_field){ 1, v, rec.line, rec.col, 0 };
			rc = r->fn(r->ctx, &rec, r->err);
			free(v);
			if (rc)
				return -1;
			continue;
		}
		if (yread_list(r, key, kinds[k]))
			return -1;
	}
}

/* Reads a YAML roster, event by event. */
static int read_yaml(struct src *s, fh_roster_fn fn, void *ctx, struct fh_error *err)
{
	struct yreader r;
	int rc = -1;

	memset(&r, 0, sizeof(r));
	r.src = s;
	r.name = s->name;
	r.fn = fn;
	r.ctx = ctx;
	r.err = err;
	s->check_utf8 = 1;
	if (!yaml_parser_initialize(&r.parser))
		return fh_error_set(err, _("out of memory"));
	yaml_parser_set_input(&r.parser, src_yaml_read, s);
	if (ynext(&r))
		goto done;
	if (ynext(&r))  /* after STREAM_START */
		goto done;
	if (r.ev.type == YAML_STREAM_END_EVENT) {
		rc = 0;
		goto done;
	}
	if (ynext(&r))  /* after DOCUMENT_START */
		goto done;
	if (r.ev.type == YAML_MAPPING_START_EVENT) {
		if (yread_root(&r))
			goto done;
	} else if (!(r.ev.type == YAML_SCALAR_EVENT && yis_null(&r))) {
		fh_error_at(err, r.name, yline(&r), ycol(&r),
			    _("a roster must be a mapping of station, zones, groups, members and teams, not %s"),
			    ywhat(&r));
		goto done;
	}
	if (ynext(&r))  /* DOCUMENT_END */
		goto done;
	if (ynext(&r))
		goto done;
	if (r.ev.type != YAML_STREAM_END_EVENT) {
		fh_error_at(err, r.name, yline(&r), ycol(&r), _("a roster is one YAML document, but another follows"));
		goto done;
	}
	rc = 0;
done:
	if (r.have_ev)
		yaml_event_delete(&r.ev);
	yclear_vals(&r);
	yaml_parser_delete(&r.parser);
	return rc;
}

/* ---- CSV ---- */

struct creader {
	struct src *src;
	const char *name;
	fh_roster_fn fn;
	void *ctx;
	struct fh_error *err;
	int failed;
	unsigned long line;       /* the physical line being fed */
	int header_done;
	int ncols;
	int cols[FH_RF_COUNT + 1]; /* field id of each column */
	/* The fields of the row being read. */
	char *buf;
	size_t used, cap;
	size_t offs[FH_RF_COUNT + 1];
	int isnull[FH_RF_COUNT + 1];
	unsigned long lines[FH_RF_COUNT + 1];
	int nfields;              /* fields so far in this row (may exceed ncols) */
	unsigned long row_line;
};

/*
 * Checks text as UTF-8 (and for NUL, which libcsv lets through).  Returns
 * 0, -1 for invalid UTF-8 or -2 for a NUL byte.
 */
static int check_utf8(const char *s, size_t n)
{
	size_t valid = fh_text_utf8_prefix(s, n);
	const char *nul = memchr(s, '\0', n);

	/* Whichever comes first: fh_text_utf8_prefix takes a NUL for ASCII. */
	if (nul && (size_t)(nul - s) < valid)
		return -2;
	return valid < n ? -1 : 0;
}

/* libcsv's field callback: keeps the field's text, line and number. */
static void csv_field(void *s, size_t len, void *data)
{
	struct creader *c = data;
	int i = c->nfields++, bad;

	if (c->failed)
		return;
	if (i == 0)
		c->row_line = c->line;
	if (i > FH_RF_COUNT) {
		return;  /* counted; the row is refused when it ends */
	}
	if (s && (long long)len > c->src->field_max) {
		c->failed = 1;
		fh_error_at(c->err, c->name, c->line, (unsigned long)i + 1,
			    _("%s is longer than the limit of %lld bytes (%s in fh-config(5))"),
			    c->header_done && i < c->ncols ? fields[c->cols[i]].key : _("a value"),
			    c->src->field_max, "field_max_bytes");
		return;
	}
	if (s && (bad = check_utf8(s, len))) {
		c->failed = 1;
		fh_error_at(c->err, c->name, c->line, (unsigned long)i + 1,
			    bad == -2 ? _("NUL byte in a value") : _("invalid UTF-8"));
		return;
	}
	if (c->used + len + 1 > c->cap) {
		size_t cap = (c->used + len + 1) * 2;
		char *p = realloc(c->buf, cap);

		if (!p) {
			c->failed = 1;
			fh_error_set(c->err, _("out of memory"));
			return;
		}
		c->buf = p;
		c->cap = cap;
	}
	c->offs[i] = c->used;
	c->isnull[i] = !s;
	c->lines[i] = c->line;
	if (s)
		memcpy(c->buf + c->used, s, len);
	c->buf[c->used + len] = '\0';
	c->used += len + 1;
}

/*
 * The key a CSV column stands for: the member keys, or the column names
 * of 'fh-group member list', so that its CSV output can be imported.
 */
static const char *csv_alias(const char *column)
{
	static const char *const alias[][2] = {
		{ "member", "code" }, { "joined_on", "joined" }, { "left_on", "left" },
	};

	for (size_t i = 0; i < sizeof(alias) / sizeof(alias[0]); i++)
		if (!strcmp(column, alias[i][0]))
			return alias[i][1];
	return column;
}

/* Takes the header row: each column must be a member key, once. */
static int csv_header(struct creader *c)
{
	int seen[FH_RF_COUNT] = { 0 };

	if (c->nfields > FH_RF_COUNT)
		return fh_error_at(c->err, c->name, c->row_line, 0, _("the header has %d columns, more than there are keys"),
				   c->nfields);
	for (int i = 0; i < c->nfields; i++) {
		const char *key = c->isnull[i] ? "" : c->buf + c->offs[i];
		int id;

		if (i == 0 && !strncmp(key, "\xef\xbb\xbf", 3))
			key += 3;  /* a byte order mark, as spreadsheets write */
		id = field_for_key(csv_alias(key), FH_RREC_MEMBER);
		if (id < 0)
			return fh_error_at(c->err, c->name, c->row_line, (unsigned long)i + 1,
					   _("unknown column '%s' in the header"), key);
		if (seen[id]++)
			return fh_error_at(c->err, c->name, c->row_line, (unsigned long)i + 1,
					   _("duplicate column '%s' in the header"), key);
		c->cols[i] = id;
	}
	for (int id = 0; id < FH_RF_COUNT; id++)
		if (fields[id].required & KM && !seen[id])
			return fh_error_at(c->err, c->name, c->row_line, 0,
					   _("the header has no '%s' column"), fields[id].key);
	c->ncols = c->nfields;
	c->header_done = 1;
	return 0;
}

/* libcsv's row callback: the header, or one member. */
static void csv_row(int term, void *data)
{
	struct creader *c = data;
	struct fh_roster_record rec;

	(void)term;
	if (c->failed)
		return;
	if (!c->header_done) {
		if (csv_header(c))
			c->failed = 1;
		goto next;
	}
	if (c->nfields != c->ncols) {
		c->failed = 1;
		fh_error_at(c->err, c->name, c->row_line, 0, _("the row has %d fields, the header %d"),
			    c->nfields, c->ncols);
		goto next;
	}
	memset(&rec, 0, sizeof(rec));
	rec.kind = FH_RREC_MEMBER;
	rec.format = FH_ROSTER_CSV;
	rec.line = c->row_line;
	rec.col = 1;
	for (int i = 0; i < c->ncols; i++) {
		struct fh_roster_field *f = &rec.f[c->cols[i]];

		f->given = 1;
		f->value = c->isnull[i] ? NULL : c->buf + c->offs[i];
		f->line = c->lines[i];
		f->col = (unsigned long)i + 1;
	}
	if (c->fn(c->ctx, &rec, c->err))
		c->failed = 1;
next:
	c->used = 0;
	c->nfields = 0;
}

/* libcsv's test for spaces around fields: none, so values stay as written. */
static int csv_no_space(unsigned char ch)
{
	(void)ch;
	return 0;
}

/* Reads a CSV roster, feeding libcsv a line at a time. */
static int read_csv(struct src *s, fh_roster_fn fn, void *ctx, struct fh_error *err)
{
	struct csv_parser p;
	struct creader c;
	unsigned char *chunk = NULL;
	size_t n;
	int rc = -1;

	memset(&c, 0, sizeof(c));
	c.src = s;
	c.name = s->name;
	c.fn = fn;
	c.ctx = ctx;
	c.err = err;
	c.line = 1;
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL | CSV_EMPTY_IS_NULL))
		return fh_error_set(err, _("out of memory"));
	csv_set_space_func(&p, csv_no_space);
	if (!(chunk = malloc(1 << 16))) {
		fh_error_set(err, _("out of memory"));
		goto done;
	}
	while ((n = src_raw(s, chunk, 1 << 16)) > 0) {
		size_t i = 0;

		/* Fed line by line, so that each callback knows its line. */
		while (i < n) {
			unsigned char *nl = memchr(chunk + i, '\n', n - i);
			size_t len = nl ? (size_t)(nl - (chunk + i)) + 1 : n - i;

			if (csv_parse(&p, chunk + i, len, csv_field, csv_row, &c) != len) {
				fh_error_at(err, c.name, c.line, (unsigned long)c.nfields + 1, _("malformed CSV: %s"),
					    csv_strerror(csv_error(&p)));
				goto done;
			}
			if (c.failed)
				goto done;
			i += len;
			if (nl)
				c.line++;
		}
	}
	if (s->bad)
		goto done;
	if (csv_fini(&p, csv_field, csv_row, &c)) {
		fh_error_at(err, c.name, c.nfields ? c.row_line : c.line, (unsigned long)c.nfields + 1,
			    _("malformed CSV: %s"), "a quoted field is not closed");
		goto done;
	}
	if (c.failed)
		goto done;
	rc = 0;
done:
	csv_free(&p);
	free(chunk);
	free(c.buf);
	return rc;
}

int fh_roster_read_unchecked(FILE *fp, const char *name, enum fh_roster_format fmt,
			     long long field_max, fh_roster_fn fn, void *ctx, struct fh_error *err)
{
	struct src s;
	struct fh_limits lim;

	memset(&s, 0, sizeof(s));
	s.fp = fp;
	s.name = name;
	if (field_max <= 0) {
		fh_config_limits(NULL, &lim);
		field_max = lim.field;
	}
	s.field_max = field_max;
	s.line = 1;
	s.col = 1;
	s.err = err;
	if (sniff(&s, fmt) == FH_ROSTER_CSV)
		return read_csv(&s, fn, ctx, err);
	return read_yaml(&s, fn, ctx, err);
}

struct checked {
	const char *name;
	fh_roster_fn fn;
	void *ctx;
};

/* Checks a record's values before handing it to the caller of fh_roster_read. */
static int check_then_call(void *ctx, const struct fh_roster_record *rec, struct fh_error *err)
{
	struct checked *c = ctx;
	struct fh_roster_record copy = *rec;

	if (fh_roster_check(c->name, &copy, err))
		return -1;
	return c->fn(c->ctx, &copy, err);
}

int fh_roster_read(FILE *fp, const char *name, enum fh_roster_format fmt, long long field_max,
		   fh_roster_fn fn, void *ctx, struct fh_error *err)
{
	struct checked c = { name, fn, ctx };

	return fh_roster_read_unchecked(fp, name, fmt, field_max, check_then_call, &c, err);
}
