/*
 * Task teams (patrol, publicity, ...) and who is in them: the one module
 * that writes the teams and team_members tables.
 */
#ifndef FH_TEAM_H
#define FH_TEAM_H

#include "fh/db.h"
#include "fh/error.h"
#include "fh/out.h"
#include "fh/show.h"

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

/* Takes member id out of all its teams on date (it left).  0 or -1. */
int fh_team_leave_all(struct fh_db *db, sqlite3_int64 member, const char *date,
		      struct fh_error *err);

/* The statements of a batch of team writes, prepared once (all NULL to start). */
struct fh_team_batch {
	sqlite3_stmt *upsert, *set_zone, *join, *leave_others;
};

/*
 * Adds or updates team code inside the caller's transaction (the roster
 * import): kind NULL keeps the kind (or "other" for a new team); zone is
 * set when zone_given (0: none, or not known yet).  0 with *id, or -1.
 */
int fh_team_upsert(struct fh_db *db, struct fh_team_batch *b, const char *code,
		   const char *name, const char *kind, sqlite3_int64 zone, int zone_given,
		   sqlite3_int64 *id, struct fh_error *err);

/* Sets team id's zone once known (import).  0 or -1. */
int fh_team_fix_zone(struct fh_db *db, struct fh_team_batch *b, sqlite3_int64 id,
		     sqlite3_int64 zone, struct fh_error *err);

/* Puts member into team on date unless it is in it already.  0 or -1. */
int fh_team_join_id(struct fh_db *db, struct fh_team_batch *b, sqlite3_int64 team,
		    sqlite3_int64 member, const char *date, struct fh_error *err);

/*
 * Takes member out, on date, of the teams whose codes are not in codes
 * (separated by spaces).  0 or -1.
 */
int fh_team_leave_others(struct fh_db *db, struct fh_team_batch *b, sqlite3_int64 member,
			 const char *codes, const char *date, struct fh_error *err);

/* Finalizes the batch's statements. */
void fh_team_batch_end(struct fh_team_batch *b);

#endif
