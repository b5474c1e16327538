/*
 * Small YAML documents (the station config, meeting templates) read whole
 * into a tree with libyaml, each node knowing its line and column for
 * error messages.  Aliases are refused and depth and size are bounded, so
 * a hostile file cannot blow up memory or time.  Large inputs (rosters,
 * report batches) are streamed by their own readers instead.
 */
#ifndef FH_YDOC_H
#define FH_YDOC_H

#include <stddef.h>
#include <stdio.h>
#include <yaml.h>

#include "fh/error.h"

enum fh_ynode_kind { FH_YSCALAR, FH_YSEQ, FH_YMAP };

struct fh_ynode {
	enum fh_ynode_kind kind;
	unsigned long line, col;   /* 1-based, where the node starts */
	char *value;               /* scalars: the text (owned) */
	int quoted;                /* scalars: written in quotes */
	/* Sequences: items; maps: keys[i] -> items[i] (keys are scalars). */
	struct fh_ynode **items;
	struct fh_ynode **keys;
	size_t n;
};

/*
 * Reads one YAML document from fp, named name in errors, into *root
 * (owned by the caller, freed with fh_ydoc_free).  An empty document gives
 * NULL.  Returns 0 or -1 with err naming file, line and column.
 */
int fh_ydoc_read(FILE *fp, const char *name, struct fh_ynode **root,
		 struct fh_error *err);

/* Frees a tree; NULL is ignored. */
void fh_ydoc_free(struct fh_ynode *node);

/* The value of key in map (borrowed), or NULL. */
const struct fh_ynode *fh_ydoc_get(const struct fh_ynode *map, const char *key);

/*
 * Checks that every key of map is one of the NULL-terminated allowed
 * names and none repeats.  Returns 0 or -1 with err at the offending key.
 */
int fh_ydoc_check_keys(const struct fh_ynode *map, const char *name,
		       const char *const *allowed, struct fh_error *err);

/*
 * Reads a scalar as a whole number in [min, max].  Returns 0 or -1 with
 * err at the node.
 */
int fh_ydoc_int(const struct fh_ynode *node, const char *name, const char *what,
		long long min, long long max, long long *out, struct fh_error *err);

/* Reads a scalar as text; a non-scalar is an error at the node. */
int fh_ydoc_text(const struct fh_ynode *node, const char *name, const char *what,
		 const char **out, struct fh_error *err);

/*
 * A YAML input that remembers where its recent bytes stood, so that an
 * error of libyaml's reader (bad UTF-8, a character YAML does not allow),
 * which libyaml gives only as a byte offset, can name a line and column.
 * It keeps the last 64 KiB read; memory stays flat on any input.
 */
struct fh_ysrc {
	FILE *fp;
	unsigned char *win;        /* the latest bytes read (owned) */
	size_t len;                /* how many win holds */
	unsigned long long start;  /* the offset of win[0] in the input */
	unsigned long line, col;   /* where win[0] stands, from 1 */
};

/*
 * Initializes parser to read from fp through src (both released with
 * fh_ysrc_release).  Returns 0, or -1 with err set when memory ran out.
 */
int fh_ysrc_init(struct fh_ysrc *src, FILE *fp, yaml_parser_t *parser, struct fh_error *err);

/*
 * Fills err with the reader error parser stopped at, as "name:line:col:
 * problem" when the offset is still known, else with the byte offset.
 * Returns -1.
 */
int fh_ysrc_error(const struct fh_ysrc *src, const yaml_parser_t *parser,
		  const char *name, struct fh_error *err);

/* Frees what fh_ysrc_init allocated, parser's too. */
void fh_ysrc_release(struct fh_ysrc *src, yaml_parser_t *parser);

#endif
