/*
 * The string -> id map: open addressing, linear probing, a power-of-two
 * table kept at most half full.  See include/fh/map.h.
 */
#include <stdlib.h>
#include <string.h>

#include "fh/map.h"

uint64_t fh_map_hash(const char *s)
{
	uint64_t h = 0xcbf29ce484222325ull;  /* the FNV-1a 64-bit offset basis */

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 0x100000001b3ull;
	return h;
}

struct fh_map_entry *fh_map_find(const struct fh_map *m, const char *key)
{
	if (!m->cap)
		return NULL;
	for (size_t i = fh_map_hash(key) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
		if (!m->e[i].key)
			return NULL;
		if (!strcmp(m->e[i].key, key))
			return &m->e[i];
	}
}

/* Doubles the table (or makes the first one).  0, or -1 out of memory. */
static int grow(struct fh_map *m)
{
	size_t cap = m->cap ? m->cap * 2 : 64;
	struct fh_map_entry *ne = calloc(cap, sizeof(*ne));

	if (!ne)
		return -1;
	for (size_t j = 0; j < m->cap; j++) {
		size_t i;

		if (!m->e[j].key)
			continue;
		for (i = fh_map_hash(m->e[j].key) & (cap - 1); ne[i].key; i = (i + 1) & (cap - 1))
			;
		ne[i] = m->e[j];
	}
	free(m->e);
	m->e = ne;
	m->cap = cap;
	return 0;
}

struct fh_map_entry *fh_map_put(struct fh_map *m, const char *key)
{
	size_t i;

	if ((m->n + 1) * 2 > m->cap && grow(m))
		return NULL;
	for (i = fh_map_hash(key) & (m->cap - 1); m->e[i].key; i = (i + 1) & (m->cap - 1))
		if (!strcmp(m->e[i].key, key))
			return &m->e[i];
	if (!(m->e[i].key = strdup(key)))
		return NULL;
	m->n++;
	return &m->e[i];
}

void fh_map_free(struct fh_map *m)
{
	for (size_t i = 0; i < m->cap; i++)
		free(m->e[i].key);
	free(m->e);
	memset(m, 0, sizeof(*m));
}
