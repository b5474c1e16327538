/*
 * The station's configuration: its name, report categories and their
 * deadlines, the photo size limit, whether the station's group may read
 * the database.  Read from YAML (fh-config(5)) by 'fh init --config' and
 * 'fh config', and kept in the database's settings and categories tables.
 */
#ifndef FH_CONFIG_H
#define FH_CONFIG_H

#include <stdio.h>

#include "fh/db.h"
#include "fh/error.h"
#include "fh/out.h"

/* The default photo size limit, 10 MiB. */
#define FH_PHOTO_MAX_BYTES_DEFAULT (10LL * 1024 * 1024)

/*
 * Reads a config from fp (named name in errors) and stores it in db, in
 * the caller's open transaction.  Returns 0, or -1 with err naming file,
 * line and column.  *group_access is set to 1 when the config asks for
 * the station's group to share the database, else 0.
 */
int fh_config_apply(struct fh_db *db, FILE *fp, const char *name,
		    int *group_access, struct fh_error *err);

/* Sets the station's name in db, in the caller's transaction.  Returns 0 or -1. */
int fh_config_set(struct fh_db *db, const char *key, const char *value,
		  struct fh_error *err);

/* A category as fh init seeds it. */
struct fh_config_category {
	const char *code, *family, *label;
	int deadline_days;
	const char *headline, *unit;  /* how fh-stats headline quotes it, or NULL */
};

/* The categories a new station starts with, ending with a NULL code (static). */
const struct fh_config_category *fh_config_default_categories(void);

/*
 * Makes the categories table hold exactly the default categories, for fh
 * init in its transaction (before any report exists).  Returns 0 or -1.
 */
int fh_config_seed_categories(struct fh_db *db, struct fh_error *err);

/*
 * Writes the settings to out as key/value rows: every key of
 * fh-config(5) (its default when unset), station_id, and each
 * category as categories.CODE = "family label deadline_days".  Returns 0
 * or -1.
 */
int fh_config_list(struct fh_db *db, struct fh_out *out, struct fh_error *err);

/*
 * Sets *value (malloc'd) to the value of key as fh_config_list shows it.
 * Returns 0, or -1 with err set (an unknown key is wrong usage).
 */
int fh_config_get(struct fh_db *db, const char *key, char **value, struct fh_error *err);

/*
 * Sets one setting, checked by the code of fh_config_apply, in the
 * caller's transaction: any key of fh-config(5), with deadlines.FAMILY
 * (the deadline in days of a family's categories), rank.INDICATOR and
 * categories.CODE.FIELD (a category's family, label or deadline; a new
 * CODE adds a category, family first); station_id is refused (it is the
 * station's identity).
 * Errors name key in place of a file.  Returns 0 or -1.
 */
int fh_config_set_key(struct fh_db *db, const char *key, const char *value, struct fh_error *err);

/*
 * Stores the server's own time zone as the station's (setting timezone):
 * $TZ when it names a zone, else the zone /etc/localtime links to; none
 * found, nothing is stored.  For fh init, in its transaction.  Returns 0
 * or -1.
 */
int fh_config_default_timezone(struct fh_db *db, struct fh_error *err);

/*
 * Makes the station's time zone, when set, the process's (TZ and
 * tzset), so that fh_now and every local time are the station's whatever
 * the server's zone.  Called once, when the database is opened.  Returns
 * 0 or -1 (setenv failed).
 */
int fh_config_use_timezone(struct fh_db *db);

/*
 * The station's officers (setting "officers", a comma list such as
 * "王警官,李警官"), so that fh-report assign does not take a report id or
 * a typo for a name and split statistics by officer.  Returns 0 when name
 * is one of them; else, when add, appends it (inside the caller's
 * transaction) and returns 0; else -1 with err saying it is unknown.
 */
int fh_config_officer(struct fh_db *db, const char *name, int add, struct fh_error *err);

/*
 * The group size bounds of fh-group check and plan when --min and --max
 * are not given: the settings group_min_size and group_max_size, or 8
 * and 12.
 */
void fh_config_group_sizes(struct fh_db *db, int *min, int *max);

/* The photo size limit in bytes: the setting, or the default. */
long long fh_config_photo_max(struct fh_db *db);

/*
 * The limits on input (fh-config(5)), so that no file, pipe or value can
 * make a command use unbounded memory or time; each is settable.
 */
struct fh_limits {
	long long line;    /* line_max_bytes: one line of an import, default 1 MiB */
	long long field;   /* field_max_bytes: one value other than a text, default 4 KiB */
	long long text;    /* text_max_bytes: a report's text or a note, default 64 KiB */
	long long input;   /* import_max_bytes: a whole import, default 1 GiB */
};

/* Fills lim with the station's settings, or the defaults where unset (db may be NULL). */
void fh_config_limits(struct fh_db *db, struct fh_limits *lim);

/*
 * The points (积分) rules of fh-config(5), as settings points.NAME: what
 * each thing a member does is worth, and how many members the agenda's
 * 表扬 section names.  The defaults are written here once, for
 * fh config list and the points module's queries (lib/roster/points.c).
 */
#define FH_POINTS_REPORT_FILED 1    /* a report filed and not dismissed */
#define FH_POINTS_HAZARD_HANDLED 2  /* a hazard report of theirs that was handled */
#define FH_POINTS_LEAD 5            /* each quarter (or part of one) a group was led */
#define FH_POINTS_TRAINING 2        /* a training attended */
#define FH_POINTS_DRILL 2           /* a drill attended */
#define FH_POINTS_PATROL 1          /* a patrol joined */
#define FH_POINTS_PUBLICITY_LED 3   /* a publicity activity led (--led-by the member's code) */
#define FH_POINTS_TOP 5             /* the members the agenda's 表扬 section lists */

#endif
