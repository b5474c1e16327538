/*
 * Members (shops, households, organisations, mobile units): the one
 * module that writes the members table, and the home of the rules about
 * a member: its fields, its dates, and its group being in its zone.  The
 * command (fh-group member), the roster import and the purge all write
 * members through here.
 */
#ifndef FH_MEMBER_H
#define FH_MEMBER_H

#include "fh/db.h"
#include "fh/error.h"
#include "fh/out.h"
#include "fh/roster.h"
#include "fh/show.h"

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
 * Checks the values of fields that were given (UTF-8, kind, lat, lon,
 * joined, left and letter_signed: dates not in the future, left not
 * before joined).  A trade is checked against the station's when written.
 * Returns 0, or -1 with err set as wrong usage.
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
	const char *zone, *group, *kind, *team;  /* comma lists, any of which matches; NULL: any */
	const char *trade;                       /* the same, codes or labels of trades */
	int all;                                 /* include members who left */
};

/* Writes the members matching filter, by code.  0 or -1. */
int fh_member_list(struct fh_db *db, const struct fh_member_filter *filter,
		   struct fh_out *out, struct fh_error *err);

/* Finds the id of member code, refusing one who left.  0 or -1. */
int fh_member_active(struct fh_db *db, const char *code, sqlite3_int64 *id,
		     struct fh_error *err);

/*
 * The same rule from the group's side, for a group whose zone changed
 * (roster import): refuses group id when one of its active members is in
 * another zone, naming the first.  0 or -1.
 */
int fh_member_zone_check_group(struct fh_db *db, sqlite3_int64 group, struct fh_error *err);

/*
 * The rule "a member's group is in the member's zone": refuses member id
 * (whose group, if any, is already written) when the zones differ, unless
 * force.  hint adds "(use --force to allow it)" to the message.  0 or -1.
 */
int fh_member_zone_check(struct fh_db *db, sqlite3_int64 id, int force, int hint,
			 struct fh_error *err);

/* Puts member id into group (0: none), inside the caller's transaction.  0 or -1. */
int fh_member_set_group(struct fh_db *db, sqlite3_int64 id, sqlite3_int64 group,
			struct fh_error *err);

/*
 * Puts the n members ids[i] (ascending) into groups[i], inside the
 * caller's transaction, in one pass over the table (the plan).  Every id
 * must be a member: fewer rows changed is an internal error.  0 or -1.
 */
int fh_member_set_groups(struct fh_db *db, const sqlite3_int64 *ids, const sqlite3_int64 *groups,
			 long n, struct fh_error *err);

/* Makes the active members of group ungrouped (it is dissolved).  0 or -1. */
int fh_member_ungroup_all(struct fh_db *db, sqlite3_int64 group, struct fh_error *err);

/*
 * Erases member id's personal fields and marks it left on today (purge),
 * inside the caller's transaction.  0 or -1.
 */
int fh_member_erase(struct fh_db *db, sqlite3_int64 id, const char *today,
		    struct fh_error *err);

/*
 * A member record of the roster import, its references already ids (0
 * while a zone or group further on in the file is not known yet).
 */
struct fh_member_row {
	const struct fh_roster_record *rec;
	sqlite3_int64 zone, group;
	sqlite3_int64 group_zone;  /* the group's zone as far as the caller knows (0: not known) */
};

/* How many new members fh_member_insert_new writes with one statement. */
#define FH_MEMBER_ROWS 64

/* The statements of a batch of member writes, prepared once (all NULL to start). */
struct fh_member_batch {
	sqlite3_stmt *upsert, *id_of, *set_zone, *set_group;
	sqlite3_stmt *insert_many;  /* FH_MEMBER_ROWS rows */
};

/*
 * Adds the n (1..FH_MEMBER_ROWS) rows as new members with one statement,
 * inside the caller's transaction; a row whose code already exists is
 * left alone, its id[i] 0, for the caller to give to fh_member_upsert.
 * Else id[i] is the new row's id.  Returns 0, or -1 with err set and
 * none of the rows written (the caller writes them one at a time to find
 * the one at fault).  Same rules and constraints as fh_member_upsert:
 * this only spares SQLite's per-statement work (its CHECK on kind builds
 * a temporary index each time a statement runs).
 */
int fh_member_insert_new(struct fh_db *db, struct fh_member_batch *b,
			 const struct fh_member_row *rows, int n, sqlite3_int64 *id,
			 struct fh_error *err);

/*
 * Adds or updates the member of row by code inside the caller's
 * transaction; keys the record leaves out keep their values.  Returns 0
 * with *id, or -1 with err set (without a place: the caller adds it).
 */
int fh_member_upsert(struct fh_db *db, struct fh_member_batch *b,
		     const struct fh_member_row *row, sqlite3_int64 *id, struct fh_error *err);

/* Sets member id's zone (group 0) or group (zone 0) once known.  0 or -1. */
int fh_member_fix_ref(struct fh_db *db, struct fh_member_batch *b, sqlite3_int64 id,
		      sqlite3_int64 zone, sqlite3_int64 group, struct fh_error *err);

/* Finalizes the batch's statements. */
void fh_member_batch_end(struct fh_member_batch *b);

/*
 * For fh purge: in the caller's transaction, erases each of values
 * (NULL-ended: a person's name, contact, phone, address) wherever it
 * stands in the members' notes (fh_db_scrub).  Returns 0 or -1.
 */
int fh_member_scrub(struct fh_db *db, const char *const *values, struct fh_error *err);

#endif
