/*
 * Forming groups of neighbouring members (fh-group plan): the members of
 * each zone that are active, not mobile and without a group are put into
 * groups of about opt->size, compact on the ground (by lat/lon in metres,
 * else by address order), never across zones.  The geometry is fh/kd.h's.
 */
#ifndef FH_PLAN_H
#define FH_PLAN_H

#include "fh/db.h"
#include "fh/error.h"
#include "fh/out.h"

struct fh_plan_options {
	int size;          /* target group size (default 10) */
	int min, max;      /* size bounds (default size-2 .. size+2) */
	const char *zone;  /* only this zone's code, or NULL for every zone */
	int apply;         /* write the plan in one transaction */
	int no_fill;       /* form new groups only, filling no existing group */
};

/*
 * Plans (and with opt->apply, writes) the groups, and writes the rows
 * "member, group" to out, new groups getting fresh codes.  Unless
 * opt->no_fill, each member is first put into the nearest existing group
 * of its zone below opt->max (by the groups' centres, or for a member
 * without coordinates by address order); new groups are formed from the
 * rest, and when the rest of a zone is too few for a group (below
 * opt->min) the newcomers placed nearest to it join them instead.
 * Returns 0, or -1 with err set and nothing written to the database.
 */
int fh_plan_run(struct fh_db *db, const struct fh_plan_options *opt,
		struct fh_out *out, struct fh_error *err);

/*
 * Compares two strings in natural order: runs of ASCII digits compare by
 * their value, everything else byte by byte (UTF-8 code point order), so
 * 北大街2号 sorts before 北大街10号.  Returns <0, 0 or >0 like strcmp.
 */
int fh_plan_natural_cmp(const char *a, const char *b);

#endif
