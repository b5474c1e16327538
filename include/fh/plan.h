/*
 * Forming groups of neighbouring members (fh-group plan): the members of
 * each zone that are active, not mobile and without a group are put into
 * groups of about opt->size, compact on the ground (by lat/lon in metres,
 * else by address order), never across zones.
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
};

/*
 * Plans (and with opt->apply, writes) the groups, and writes the rows
 * "member, group" to out, new groups getting fresh codes.  Returns 0, or
 * -1 with err set and nothing written to the database.
 */
int fh_plan_run(struct fh_db *db, const struct fh_plan_options *opt,
		struct fh_out *out, struct fh_error *err);

/*
 * How many groups n members make with the target size and the bounds:
 * the count nearest n / size for which every group can hold between min
 * and max members.  When no count can (n below min, or bounds too narrow
 * for n), the count whose even split strays least from the bounds, so 5
 * members with min 8 make one group of 5.  Returns 0 for n = 0.
 */
long fh_plan_count(long n, int size, int min, int max);

/*
 * The pure planner: puts the n points (x[i], y[i]), in metres on a plane,
 * into groups of about size members, each between min and max (or as
 * fh_plan_count says when that cannot be), so that each group's points
 * lie near each other.  The index order of the points breaks every tie,
 * so the same input always gives the same groups.  Writes each point's
 * group, 0 .. count-1, to group[i]; groups are numbered in spatial order
 * (neighbouring numbers lie near each other).  Returns the count of
 * groups, or -1 with err set when memory runs out.
 */
long fh_plan_points(const double *x, const double *y, long n, int size,
		    int min, int max, int *group, struct fh_error *err);

/*
 * Compares two strings in natural order: runs of ASCII digits compare by
 * their value, everything else byte by byte (UTF-8 code point order), so
 * 北大街2号 sorts before 北大街10号.  Returns <0, 0 or >0 like strcmp.
 */
int fh_plan_natural_cmp(const char *a, const char *b);

#endif
