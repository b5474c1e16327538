/*
 * The roster kept one change at a time (fh-group): zones, members, groups
 * and their leaders, task teams, equipment handed out, and the roster's
 * check.  Every writing function is one transaction of its own: it
 * changes everything it was asked to, or nothing.  Codes are looked up
 * with the "unknown zone 'Z9'" messages of lookup.h.
 */
#ifndef FH_GROUP_H
#define FH_GROUP_H

#include <stdio.h>

#include "fh/db.h"
#include "fh/error.h"
#include "fh/out.h"
#include "fh/roster.h"

/*
 * Where "show" commands write: several blocks (the record, then its
 * lists), each a table of its own, separated by an empty line.
 */
struct fh_show {
	FILE *fp;
	enum fh_format format;
	unsigned flags;  /* FH_OUT_NO_HEADER, FH_OUT_REVEAL */
};

/* Adds a zone.  Returns 0, or -1 when the code exists or on error. */
int fh_zone_add(struct fh_db *db, const char *code, const char *name,
		struct fh_error *err);

/* Writes the zones with their counts of groups and members.  0 or -1. */
int fh_zone_list(struct fh_db *db, struct fh_out *out, struct fh_error *err);

/*
 * A member's fields as typed on the command line, by the field ids of
 * roster.h: given[i] says field i was given, val[i] its text (NULL or ""
 * to clear an optional field).  Values are checked (kind, lat, lon,
 * dates) before anything is written.
 */
struct fh_member_fields {
	const char *val[FH_RF_COUNT];
	unsigned char given[FH_RF_COUNT];
};

/*
 * Checks the values of fields that were given (kind, lat, lon, joined,
 * left).  Returns 0, or -1 with err set as wrong usage.
 */
int fh_member_fields_check(const struct fh_member_fields *m, struct fh_error *err);

/*
 * Adds a member with code, name and zone (required) and any other
 * fields.  A group must be in the member's zone unless force.  0 or -1.
 */
int fh_member_add(struct fh_db *db, const struct fh_member_fields *m, int force,
		  struct fh_error *err);

/*
 * Changes the given fields of member code.  Moving to another group ends
 * the member's term as leader of the old one; a group in another zone is
 * refused unless force.  Returns 0 or -1.
 */
int fh_member_edit(struct fh_db *db, const char *code, const struct fh_member_fields *m,
		   int force, const char *today, struct fh_error *err);

/*
 * Records that member code left on date: the row and its history stay,
 * its leader term and team memberships end.  Returns 0 or -1.
 */
int fh_member_leave(struct fh_db *db, const char *code, const char *date,
		    struct fh_error *err);

/* Writes one member: its fields, leader terms, teams and equipment.  0 or -1. */
int fh_member_show(struct fh_db *db, const char *code, const struct fh_show *show,
		   struct fh_error *err);

struct fh_member_filter {
	const char *zone, *group, *kind, *team;  /* NULL: any */
	int all;                                 /* include members who left */
};

/* Writes the members matching filter, by code.  0 or -1. */
int fh_member_list(struct fh_db *db, const struct fh_member_filter *filter,
		   struct fh_out *out, struct fh_error *err);

/* Adds group code in zone, with an optional name and formation date.  0 or -1. */
int fh_group_add(struct fh_db *db, const char *code, const char *zone, const char *name,
		 const char *formed, struct fh_error *err);

/* Writes one group: its record, members and leader history.  0 or -1. */
int fh_group_show(struct fh_db *db, const char *code, const struct fh_show *show,
		  struct fh_error *err);

/*
 * Writes the groups (of zone, or all; dissolved ones only with all) with
 * the columns group, zone, size, leader, letter_signed, then more.
 */
int fh_group_list(struct fh_db *db, const char *zone, int all, struct fh_out *out,
		  struct fh_error *err);

/*
 * Moves the n members to group.  A member in another zone than the group
 * is refused unless force; a member who leads another group ends that
 * term on today.  Returns 0 or -1.
 */
int fh_group_assign(struct fh_db *db, char *const *members, int n, const char *group,
		    int force, const char *today, struct fh_error *err);

/*
 * Dissolves group code on date: its active members become ungrouped and
 * its leader's term ends.  Returns 0 or -1.
 */
int fh_group_dissolve(struct fh_db *db, const char *code, const char *date,
		      struct fh_error *err);

/*
 * Makes member the leader of group from date on: the member must be an
 * active member of the group; the current term ends.  When the member
 * already leads it, only the letter date is updated.  letter may be NULL.
 * Returns 0 or -1.
 */
int fh_leader_set(struct fh_db *db, const char *group, const char *member,
		  const char *letter, const char *date, struct fh_error *err);

/* Adds team code of kind (patrol, publicity, inspection, service, other).  0 or -1. */
int fh_team_add(struct fh_db *db, const char *code, const char *name, const char *kind,
		const char *zone, struct fh_error *err);

/* Puts the n members into team from date.  0 or -1. */
int fh_team_join(struct fh_db *db, const char *team, char *const *members, int n,
		 const char *date, struct fh_error *err);

/* Takes the n members out of team on date (history kept).  0 or -1. */
int fh_team_leave(struct fh_db *db, const char *team, char *const *members, int n,
		  const char *date, struct fh_error *err);

/* Writes the teams with their sizes.  0 or -1. */
int fh_team_list(struct fh_db *db, struct fh_out *out, struct fh_error *err);

/* Writes one team and its members.  0 or -1. */
int fh_team_show(struct fh_db *db, const char *code, const struct fh_show *show,
		 struct fh_error *err);

/* Hands count of item to member on date.  0 or -1. */
int fh_equipment_issue(struct fh_db *db, const char *member, const char *item,
		       long long count, const char *date, struct fh_error *err);

/* Takes back count of item from member on date; no more than held.  0 or -1. */
int fh_equipment_return(struct fh_db *db, const char *member, const char *item,
			long long count, const char *date, struct fh_error *err);

/* Writes who holds what, since when, filtered by zone, group, item (NULL: any). */
int fh_equipment_list(struct fh_db *db, const char *zone, const char *group,
		      const char *item, struct fh_out *out, struct fh_error *err);

struct fh_check_options {
	int min, max;      /* a group's size bounds */
	const char *zone;  /* only this zone, or NULL */
};

/*
 * Writes one row per roster problem (problem, zone, group, member,
 * detail).  Returns the number of problems, or -1 with err set.
 */
int fh_group_check(struct fh_db *db, const struct fh_check_options *opt,
		   struct fh_out *out, struct fh_error *err);

#endif
