/*
 * Volunteer points (积分): what members earn by what they do, computed
 * from the data by the station's rules (fh-config(5), points.NAME), plus
 * the manual awards and redemptions of the points ledger, which this
 * module alone writes.  Every total is a sum of the items that
 * fh_points_show lists, from one query, so the two always agree.
 */
#ifndef FH_POINTS_H
#define FH_POINTS_H

#include "fh/db.h"
#include "fh/error.h"
#include "fh/out.h"

/* What a points listing covers; NULL fields do not filter. */
struct fh_points_filter {
	const char *since, *until;  /* times "YYYY-MM-DD HH:MM", [since, until) */
	const char *zone, *group;   /* comma lists of codes or names: any of them */
	int by_group;               /* one row a group (its current members) instead of a member */
};

/*
 * Awards points (> 0) to member on date (not in the future) for reason,
 * in its own transaction.  The member must be active.  Returns 0 or -1.
 */
int fh_points_award(struct fh_db *db, const char *member, long long points, const char *date,
		    const char *reason, struct fh_error *err);

/*
 * Redeems points (> 0) of member on date for reason, in its own
 * transaction: refused when the member's balance (every item up to now)
 * is less.  Returns 0 or -1.
 */
int fh_points_redeem(struct fh_db *db, const char *member, long long points, const char *date,
		     const char *reason, struct fh_error *err);

/*
 * Writes the totals of the items in f's span, one row a member with
 * points (member, zone, group, points, earned, awarded, redeemed, name),
 * or one a group with f->by_group (group, zone, members, points, name),
 * highest first.  Returns 0 or -1.
 */
int fh_points_list(struct fh_db *db, const struct fh_points_filter *f, struct fh_out *out,
		   struct fh_error *err);

/*
 * Writes the items behind member's total in [since, until) (NULL: no
 * bound), oldest first: date, source, points, reference (a report, an
 * activity, a group and quarter led, or the reason of an award or a
 * redemption).  Returns 0 or -1.
 */
int fh_points_show(struct fh_db *db, const char *member, const char *since, const char *until,
		   struct fh_out *out, struct fh_error *err);

/*
 * The query of the agenda's 表扬 section (lib/views/agenda.c binds ?1
 * the zone's row id, ?2 and ?3 the span, ?4 now): the zone's members
 * with the most points in the span, points.top of them, as rows of
 * member, name, group, points.
 */
extern const char fh_points_agenda_sql[];

/*
 * For fh purge: in the caller's transaction, erases each of values
 * (NULL-ended) wherever it stands in the ledger's reasons (fh_db_scrub);
 * the rows stay, so that balances and totals do not change.  Returns 0
 * or -1.
 */
int fh_points_scrub(struct fh_db *db, const char *const *values, struct fh_error *err);

#endif
