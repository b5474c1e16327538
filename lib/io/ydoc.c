#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "fh/ydoc.h"
#include "fh/i18n.h"

/* Bounds that no real config or template comes near. */
#define MAX_DEPTH 64
#define MAX_NODES 100000

/* How many of the latest bytes a YAML source keeps: libyaml's raw buffer is 16 KiB. */
#define YSRC_WINDOW 65536
#define YSRC_KEEP 16384

struct reader {
	yaml_parser_t parser;
	struct fh_ysrc src;
	const char *name;
	size_t nodes;
	struct fh_error *err;
};

void fh_ydoc_free(struct fh_ynode *node)
{
	if (!node)
		return;
	for (size_t i = 0; i < node->n; i++) {
		fh_ydoc_free(node->items[i]);
		if (node->keys)
			fh_ydoc_free(node->keys[i]);
	}
	free(node->items);
	free(node->keys);
	free(node->value);
	free(node);
}

/* Moves the line and column of src past n bytes at p. */
static void ysrc_advance(struct fh_ysrc *src, const unsigned char *p, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (p[i] == '\n') {
			src->line++;
			src->col = 1;
		} else if ((p[i] & 0xc0) != 0x80) {  /* continuation bytes are no new character */
			src->col++;
		}
	}
}

/* libyaml's read handler: reads from the file, keeping the latest bytes. */
static int ysrc_read(void *data, unsigned char *buf, size_t size, size_t *size_read)
{
	struct fh_ysrc *src = data;
	size_t n;

	if (size > YSRC_KEEP)
		size = YSRC_KEEP;
	n = fread(buf, 1, size, src->fp);
	*size_read = n;
	if (!n)
		return !ferror(src->fp);
	if (src->len + n > YSRC_WINDOW) {
		size_t drop = src->len - YSRC_KEEP;

		ysrc_advance(src, src->win, drop);
		memmove(src->win, src->win + drop, src->len - drop);
		src->len -= drop;
		src->start += drop;
	}
	memcpy(src->win + src->len, buf, n);
	src->len += n;
	return 1;
}

int fh_ysrc_init(struct fh_ysrc *src, FILE *fp, yaml_parser_t *parser, struct fh_error *err)
{
	*src = (struct fh_ysrc){ .fp = fp, .line = 1, .col = 1 };
	if (!yaml_parser_initialize(parser))
		return fh_error_set(err, _("out of memory"));
	if (!(src->win = malloc(YSRC_WINDOW))) {
		yaml_parser_delete(parser);
		return fh_error_set(err, _("out of memory"));
	}
	yaml_parser_set_input(parser, ysrc_read, src);
	return 0;
}

int fh_ysrc_error(const struct fh_ysrc *src, const yaml_parser_t *parser,
		  const char *name, struct fh_error *err)
{
	const char *problem = parser->problem ? parser->problem : "cannot read";
	unsigned long long at = parser->problem_offset;
	struct fh_ysrc where = *src;

	if (at < src->start || at > src->start + src->len)
		return fh_error_at(err, name, 0, 0, _("%s at byte %llu"), problem, at);
	ysrc_advance(&where, src->win, (size_t)(at - src->start));
	return fh_error_at(err, name, where.line, where.col, "%s", problem);
}

void fh_ysrc_release(struct fh_ysrc *src, yaml_parser_t *parser)
{
	yaml_parser_delete(parser);
	free(src->win);
	src->win = NULL;
}

static int parse_error(struct reader *r)
{
	yaml_parser_t *p = &r->parser;

	if (p->error == YAML_MEMORY_ERROR)
		return fh_error_set(r->err, _("%s: out of memory"), r->name);
	if (p->error == YAML_READER_ERROR)
		return fh_ysrc_error(&r->src, p, r->name, r->err);
	return fh_error_at(r->err, r->name, p->problem_mark.line + 1,
			   p->problem_mark.column + 1, "%s",
			   p->problem ? p->problem : _("invalid YAML"));
}

static struct fh_ynode *new_node(struct reader *r, enum fh_ynode_kind kind,
				 const yaml_mark_t *mark)
{
	struct fh_ynode *n;

	if (++r->nodes > MAX_NODES) {
		fh_error_at(r->err, r->name, mark->line + 1, mark->column + 1,
			    _("document too large (over %d nodes)"), MAX_NODES);
		return NULL;
	}
	n = calloc(1, sizeof(*n));
	if (!n) {
		fh_error_set(r->err, _("out of memory"));
		return NULL;
	}
	n->kind = kind;
	n->line = mark->line + 1;
	n->col = mark->column + 1;
	return n;
}

static int append(struct fh_ynode *parent, struct fh_ynode *key, struct fh_ynode *item,
		  struct reader *r)
{
	struct fh_ynode **items = realloc(parent->items, (parent->n + 1) * sizeof(*items));

	if (!items)
		return fh_error_set(r->err, _("out of memory"));
	parent->items = items;
	if (parent->kind == FH_YMAP) {
		struct fh_ynode **keys = realloc(parent->keys, (parent->n + 1) * sizeof(*keys));

		if (!keys)
			return fh_error_set(r->err, _("out of memory"));
		parent->keys = keys;
		keys[parent->n] = key;
	}
	items[parent->n++] = item;
	return 0;
}

/* Reads the node that starts with event ev (already taken from the parser). */
static struct fh_ynode *read_node(struct reader *r, yaml_event_t *ev, int depth)
{
	struct fh_ynode *node = NULL, *key = NULL, *item;
	yaml_event_t next;
	enum yaml_event_type_e end;

	switch (ev->type) {
	case YAML_ALIAS_EVENT:
		fh_error_at(r->err, r->name, ev->start_mark.line + 1, ev->start_mark.column + 1,
			    _("aliases are not allowed here"));
		return NULL;
	case YAML_SCALAR_EVENT:
		node = new_node(r, FH_YSCALAR, &ev->start_mark);
		if (!node)
			return NULL;
		node->value = strndup((const char *)ev->data.scalar.value, ev->data.scalar.length);
		node->quoted = ev->data.scalar.style == YAML_SINGLE_QUOTED_SCALAR_STYLE ||
			       ev->data.scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE;
		if (!node->value) {
			fh_error_set(r->err, _("out of memory"));
			goto fail;
		}
		if (strlen(node->value) != ev->data.scalar.length) {
			fh_error_at(r->err, r->name, node->line, node->col, _("NUL byte in a value"));
			goto fail;
		}
		return node;
	case YAML_SEQUENCE_START_EVENT:
	case YAML_MAPPING_START_EVENT:
		break;
	default:
		fh_error_at(r->err, r->name, ev->start_mark.line + 1, ev->start_mark.column + 1,
			    _("unexpected YAML event"));
		return NULL;
	}
	if (depth >= MAX_DEPTH) {
		fh_error_at(r->err, r->name, ev->start_mark.line + 1, ev->start_mark.column + 1,
			    _("nested too deeply (over %d levels)"), MAX_DEPTH);
		return NULL;
	}
	node = new_node(r, ev->type == YAML_SEQUENCE_START_EVENT ? FH_YSEQ : FH_YMAP,
			&ev->start_mark);
	if (!node)
		return NULL;
	end = ev->type == YAML_SEQUENCE_START_EVENT ? YAML_SEQUENCE_END_EVENT : YAML_MAPPING_END_EVENT;
	for (;;) {
		if (!yaml_parser_parse(&r->parser, &next)) {
			parse_error(r);
			goto fail;
		}
		if (next.type == end) {
			yaml_event_delete(&next);
			return node;
		}
		item = read_node(r, &next, depth + 1);
		yaml_event_delete(&next);
		if (!item)
			goto fail;
		if (node->kind == FH_YMAP && !key) {
			if (item->kind != FH_YSCALAR) {
				fh_error_at(r->err, r->name, item->line, item->col, _("a key must be plain text"));
				fh_ydoc_free(item);
				goto fail;
			}
			key = item;
			continue;
		}
		if (append(node, key, item, r)) {
			fh_ydoc_free(item);
			goto fail;
		}
		key = NULL;
	}
fail:
	fh_ydoc_free(key);
	fh_ydoc_free(node);
	return NULL;
}

int fh_ydoc_read(FILE *fp, const char *name, struct fh_ynode **root,
		 struct fh_error *err)
{
	struct reader r = { .name = name, .err = err };
	yaml_event_t ev;
	int rc = -1;

	*root = NULL;
	if (fh_ysrc_init(&r.src, fp, &r.parser, err))
		return -1;
	for (;;) {
		if (!yaml_parser_parse(&r.parser, &ev)) {
			parse_error(&r);
			break;
		}
		if (ev.type == YAML_STREAM_END_EVENT) {
			yaml_event_delete(&ev);
			rc = 0;
			break;
		}
		if (ev.type == YAML_STREAM_START_EVENT || ev.type == YAML_DOCUMENT_END_EVENT ||
		    (ev.type == YAML_DOCUMENT_START_EVENT && !*root)) {
			yaml_event_delete(&ev);
			continue;
		}
		if (ev.type == YAML_DOCUMENT_START_EVENT || *root) {
			fh_error_at(err, name, ev.start_mark.line + 1, ev.start_mark.column + 1,
				    _("only one YAML document is allowed"));
			yaml_event_delete(&ev);
			break;
		}
		*root = read_node(&r, &ev, 0);
		yaml_event_delete(&ev);
		if (!*root)
			break;
	}
	if (rc && *root) {
		fh_ydoc_free(*root);
		*root = NULL;
	}
	if (!rc && ferror(fp))
		rc = fh_error_set(err, _("%s: read error: %s"), name, strerror(errno));
	fh_ysrc_release(&r.src, &r.parser);
	return rc;
}

const struct fh_ynode *fh_ydoc_get(const struct fh_ynode *map, const char *key)
{
	if (!map || map->kind != FH_YMAP)
		return NULL;
	for (size_t i = 0; i < map->n; i++)
		if (!strcmp(map->keys[i]->value, key))
			return map->items[i];
	return NULL;
}

int fh_ydoc_check_keys(const struct fh_ynode *map, const char *name,
		       const char *const *allowed, struct fh_error *err)
{
	for (size_t i = 0; i < map->n; i++) {
		const struct fh_ynode *k = map->keys[i];
		int known = 0;

		for (const char *const *a = allowed; *a; a++)
			known |= !strcmp(*a, k->value);
		if (!known)
			return fh_error_at(err, name, k->line, k->col, _("unknown key '%s'"), k->value);
		for (size_t j = 0; j < i; j++)
			if (!strcmp(map->keys[j]->value, k->value))
				return fh_error_at(err, name, k->line, k->col, _("duplicate key '%s'"), k->value);
	}
	return 0;
}

int fh_ydoc_text(const struct fh_ynode *node, const char *name, const char *what,
		 const char **out, struct fh_error *err)
{
	if (node->kind != FH_YSCALAR)
		return fh_error_at(err, name, node->line, node->col, _("%s must be text, not a %s"),
				   what, node->kind == FH_YMAP ? "mapping" : "list");
	*out = node->value;
	return 0;
}

int fh_ydoc_int(const struct fh_ynode *node, const char *name, const char *what,
		long long min, long long max, long long *out, struct fh_error *err)
{
	const char *s = "";
	char *end;
	long long v;

	if (fh_ydoc_text(node, name, what, &s, err))
		return -1;
	errno = 0;
	v = strtoll(s, &end, 10);
	if (!*s || *end || errno || v < min || v > max)
		return fh_error_at(err, name, node->line, node->col,
				   _("%s must be a whole number from %lld to %lld, not '%s'"),
				   what, min, max, s);
	*out = v;
	return 0;
}
