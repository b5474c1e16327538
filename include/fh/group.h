/*
 * Groups of neighbouring members and their leaders: the one module that
 * writes the groups and leader_terms tables, and the home of the leader
 * rules (a leader is an active member of the group; a term starts on a
 * date that is not in the future, not before the member joined, and the
 * terms of one group never overlap).  The command, the roster import and
 * the plan all go through here.  Codes are looked up with the "unknown
 * zone 'Z9'" messages of lookup.h.
 */
#ifndef FH_GROUP_H
#define FH_GROUP_H

#include "fh/db.h"
#include "fh/error.h"
#include "fh/out.h"
#include "fh/show.h"

/* Adds group code in zone, with an optional name and formation date.  0 or -1. */
int fh_group_add(struct fh_db *db, const char *code, const char *zone, const char *name,
		 const char *formed, struct fh_error *err);

/* Writes one group: its record, members and leader history.  0 or -1. */
int fh_group_show(struct fh_db *db, const char *code, const struct fh_show *show,
		  struct fh_error *err);

/*
 * Writes the groups (of zone, a comma list of zones, or all; dissolved
 * ones only with all) with the columns group, zone, size, leader,
 * letter_signed, then more.
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

/* Finds the id of group code, refusing a dissolved one.  0 or -1. */
int fh_group_active(struct fh_db *db, const char *code, sqlite3_int64 *id,
		    struct fh_error *err);

/* The statements of a batch of group upserts, prepared once (all NULL to start). */
struct fh_group_batch {
	sqlite3_stmt *upsert, *set_zone, *insert;
};

/*
 * Adds or updates group code inside the caller's transaction (the roster
 * import): zone (0 while not known yet), and the optional fields name,
 * formed, dissolved, note whose bits (1, 2, 4, 8) are set in given.
 * Returns 0 with *id, or -1 with err set.
 */
int fh_group_upsert(struct fh_db *db, struct fh_group_batch *b, const char *code,
		    sqlite3_int64 zone, const char *const opt[4], int given,
		    sqlite3_int64 *id, struct fh_error *err);

/* Sets group id's zone once known (import).  0 or -1. */
int fh_group_fix_zone(struct fh_db *db, struct fh_group_batch *b, sqlite3_int64 id,
		      sqlite3_int64 zone, struct fh_error *err);

/* Adds a new group (the plan) inside the caller's transaction.  0 with *id, or -1. */
int fh_group_insert(struct fh_db *db, struct fh_group_batch *b, const char *code,
		    sqlite3_int64 zone, const char *formed, sqlite3_int64 *id,
		    struct fh_error *err);

/* Finalizes the batch's statements. */
void fh_group_batch_end(struct fh_group_batch *b);

/*
 * Makes member the leader of group from date on: the member must be an
 * active member of the group; the current term ends.  When the member
 * already leads it, only the letter date is updated.  letter may be NULL.
 * Returns 0 or -1.
 */
int fh_leader_set(struct fh_db *db, const char *group, const char *member,
		  const char *letter, const char *date, struct fh_error *err);

/* Statements of fh_leader_start, prepared once (all NULL to start). */
struct fh_leader_batch {
	sqlite3_stmt *st[7];
};

/* What fh_leader_start is asked to do. */
struct fh_leader_start {
	sqlite3_int64 group, member;
	const char *group_code, *member_code;  /* for messages */
	const char *since;    /* the term's start; NULL keeps a current term's */
	const char *today;    /* the start when since is NULL and a term begins */
	const char *letter;   /* letter signed on, or NULL */
	int letter_given;     /* set (or clear) the letter date */
	int keep_start;       /* a current term of the same member keeps its start */
};

/*
 * The one way a leader term starts, inside the caller's transaction.
 * Checks the leader rules (active member of the group; start not in the
 * future, not before the member joined, not before the group's current
 * or earlier terms ended; letter not in the future).  When the member
 * already leads the group, updates the letter (and a given start) only
 * and returns 0; else ends the current term on the start and begins a new
 * one, returning 1.  Returns -1 with err set (no place) on refusal.
 */
int fh_leader_start(struct fh_db *db, struct fh_leader_batch *b,
		    const struct fh_leader_start *l, struct fh_error *err);

/* Finalizes the batch's statements. */
void fh_leader_batch_end(struct fh_leader_batch *b);

/*
 * Ends member's current leader terms (of groups other than keep; 0 ends
 * all) on date, not before they started.  0 or -1.
 */
int fh_leader_end_terms(struct fh_db *db, sqlite3_int64 member, sqlite3_int64 keep,
			const char *date, struct fh_error *err);

/*
 * For fh purge: in the caller's transaction, erases each of values
 * (NULL-ended: a person's name, contact, phone, address) wherever it
 * stands in the groups' names and notes (fh_db_scrub).  Returns 0 or -1.
 */
int fh_group_scrub(struct fh_db *db, const char *const *values, struct fh_error *err);

#endif
