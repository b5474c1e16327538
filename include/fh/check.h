/*
 * The roster's problems: the one definition of what is wrong with a group
 * or a member (fh-group check, the agenda's group_issues), with the
 * problem codes and their labels in one table.
 */
#ifndef FH_CHECK_H
#define FH_CHECK_H

#include "fh/db.h"
#include "fh/error.h"
#include "fh/out.h"

struct fh_check_options {
	int min, max;      /* a group's size bounds */
	const char *zone;  /* only this zone, or NULL */
};

/* A problem code and its label (a gettext message id). */
struct fh_check_problem {
	const char *code;   /* "no-leader", "letter-unsigned", ... */
	const char *label;  /* "without a leader", ...: a gettext message id */
};

/*
 * The problem codes (size, no-leader, leader-left, leader-not-member,
 * letter-unsigned, member-unsigned, ungrouped, cross-zone, inactive);
 * ends with a NULL code.
 */
extern const struct fh_check_problem fh_check_problems[];

/* The label of code, or code itself when it is not a problem code. */
const char *fh_check_label(const char *code);

/*
 * Registers the SQL function fh_problem_label(CODE) on db's connection,
 * which the queries here use.  Returns 0, or -1 with err set.
 */
int fh_check_register(struct fh_db *db, struct fh_error *err);

/*
 * The rule of the problem "inactive", as SQL over a group's counts of
 * reports and activities in a span: for the agenda and fh-stats groups.
 */
#define FH_CHECK_INACTIVE(reports, activities) \
	"(" reports " = 0 AND " activities " = 0)"

/*
 * The rule of the problem "member-unsigned", as SQL over the members row
 * m (an alias): an active member who has not signed the responsibility
 * letter (every member of a group signs one, not only its leader).  For
 * fh-group check, the agenda and fh-stats groups.
 */
#define FH_CHECK_MEMBER_UNSIGNED(m) "(" m ".left_on IS NULL AND " m ".letter_signed IS NULL)"

/*
 * The agenda's group problems: with ?1 a zone id and [?2, ?3) the span,
 * the columns group, name, issue (a problem code), label, leader, one row
 * per problem of each active group of the zone, by group.  Needs
 * fh_check_register.
 */
extern const char fh_check_agenda_sql[];

/*
 * Writes one row per roster problem (problem, zone, group, member,
 * detail, label).  Returns the number of problems, or -1 with err set.
 */
int fh_check_groups(struct fh_db *db, const struct fh_check_options *opt,
		    struct fh_out *out, struct fh_error *err);

#endif
