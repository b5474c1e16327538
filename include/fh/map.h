/*
 * A small map from strings (codes) to ids, by open addressing with FNV-1a:
 * the one hash map of fh, used where a whole file of codes is resolved
 * without asking the database for each one (the roster import, the
 * report writer's member, zone and group codes).
 */
#ifndef FH_MAP_H
#define FH_MAP_H

#include <stddef.h>
#include <stdint.h>

struct fh_map_entry {
	char *key;       /* owned by the map */
	int64_t id;      /* the caller's id */
	int64_t aux;     /* a second number the caller keeps with it (0 to start) */
	int64_t aux2;    /* and a third (0 to start) */
	int flags;       /* the caller's flags (0 to start) */
};

struct fh_map {
	struct fh_map_entry *e;
	size_t cap, n;
};

/* The 64-bit FNV-1a hash of the NUL-terminated s. */
uint64_t fh_map_hash(const char *s);

/* The entry of key (owned by the map), or NULL. */
struct fh_map_entry *fh_map_find(const struct fh_map *m, const char *key);

/*
 * Finds key or adds it (copied) with id, aux and flags 0.  Returns the
 * entry, valid until the next fh_map_put, or NULL when out of memory.
 */
struct fh_map_entry *fh_map_put(struct fh_map *m, const char *key);

/* Frees the map's entries and keys; the map is then empty and reusable. */
void fh_map_free(struct fh_map *m);

#endif
