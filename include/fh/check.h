/*
 * The roster's problems (fh-group check): the one definition of what is
 * wrong with a group or a member, with the problem codes and their labels.
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
	const char *label;  /* N_("no leader"), ... */
};

/* The problem codes, in the order problems are listed; ends with a NULL code. */
extern const struct fh_check_problem fh_check_problems[];

/* The label of code in the reader's language, or code itself when unknown. */
const char *fh_check_label(const char *code);

/*
 * Writes one row per roster problem (problem, zone, group, member,
 * detail).  Returns the number of problems, or -1 with err set.
 */
int fh_check_groups(struct fh_db *db, const struct fh_check_options *opt,
		    struct fh_out *out, struct fh_error *err);

#endif
