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

#endif
