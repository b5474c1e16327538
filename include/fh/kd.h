/*
 * The pure geometry of planning groups: points on a plane (in metres) put
 * into compact groups of bounded size.  No database and no threads (see
 * lib/plan/kd.c); lib/plan/plan.c loads the members, projects them and writes the
 * groups.
 */
#ifndef FH_KD_H
#define FH_KD_H

#include "fh/error.h"

/*
 * How many groups n members make with the target size and the bounds:
 * the count nearest n / size for which every group can hold between min
 * and max members.  When no count can (n below min, or bounds too narrow
 * for n), the count whose even split strays least from the bounds, so 5
 * members with min 8 make one group of 5.  Returns 0 for n = 0.
 */
long fh_kd_count(long n, int size, int min, int max);

/*
 * Puts the n points (x[i], y[i]), in metres on a plane, into groups of
 * about size members, each between min and max (or as fh_kd_count says
 * when that cannot be), so that each group's points lie near each other.
 * The index order of the points breaks every tie, so the same input
 * always gives the same groups.  Writes each point's group, 0 ..
 * count-1, to group[i]; groups are numbered in spatial order
 * (neighbouring numbers lie near each other).  Returns the count of
 * groups, or -1 with err set when memory runs out.
 */
long fh_kd_group(const double *x, const double *y, long n, int size,
		 int min, int max, int *group, struct fh_error *err);

#endif
