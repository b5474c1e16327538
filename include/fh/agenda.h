/*
 * The agenda of a quarterly zone meeting, built from the data: reports
 * found and handled, open reports with the overdue ones marked, groups
 * that need attention, activities held, action items carried over, and
 * the figures against the previous period.  A template (YAML, see
 * fh-agenda-template(5)) chooses the sections, their order, titles and
 * fixed text; the default one is in Chinese.
 */
#ifndef FH_AGENDA_H
#define FH_AGENDA_H

#include <stddef.h>
#include <stdio.h>
#include <jansson.h>
#include <sqlite3.h>

#include "fh/db.h"
#include "fh/error.h"

/* One section of a template; the strings are owned by the template. */
struct fh_agenda_section {
	char *key;    /* meeting, opening, reports_by_category, open_reports,
			 group_issues, activities, praise, open_actions, comparison,
			 text */
	char *title;  /* the heading, or NULL for none */
	char *text;   /* fixed text under the heading, or NULL */
	char *empty;  /* what to write when the section has no rows, or NULL */
};

/* A parsed template. */
struct fh_agenda_template {
	char *title;    /* the agenda's title */
	char *place;    /* where the meeting is held (fixed text), or NULL */
	char *chair;    /* who chairs it (fixed text), or NULL */
	char *opening;  /* the opening words, or NULL */
	struct fh_agenda_section *sections;
	size_t nsections;
};

/* The output formats of an agenda. */
enum fh_agenda_format { FH_AGENDA_MD, FH_AGENDA_TEXT, FH_AGENDA_JSON };

/* The default template's YAML text (also examples/agenda-template.yaml). */
extern const char fh_agenda_default_template[];

/*
 * Reads a template from fp, named name in errors, into *tpl (owned by the
 * caller, freed with fh_agenda_template_free).  Unknown keys, unknown
 * sections and unknown {placeholders} are errors with line and column.
 * Returns 0 or -1.
 */
int fh_agenda_template_read(FILE *fp, const char *name, struct fh_agenda_template **tpl,
			    struct fh_error *err);

/* Reads the compiled-in default template into *tpl.  Returns 0 or -1. */
int fh_agenda_template_default(struct fh_agenda_template **tpl, struct fh_error *err);

/*
 * Reads the station's template into *tpl: the file of the setting
 * agenda_template, or the default one, with the setting agenda_title, when
 * set, as its title.  Also checks those settings when they change.
 * Returns 0 or -1 with err naming the file or the setting.
 */
int fh_agenda_template_station(struct fh_db *db, struct fh_agenda_template **tpl,
			       struct fh_error *err);

/* Frees a template; NULL is ignored. */
void fh_agenda_template_free(struct fh_agenda_template *tpl);

/*
 * Gathers the data of meeting id's agenda into *data, a new JSON object
 * (the caller releases it with json_decref) holding every section.
 * Returns 0 or -1.
 */
int fh_agenda_build(struct fh_db *db, sqlite3_int64 id, json_t **data, struct fh_error *err);

/*
 * Writes the agenda of data (from fh_agenda_build) as tpl lays it out, in
 * fmt, to fp.  Returns 0, or -1 when writing failed or memory ran out.
 */
int fh_agenda_write(FILE *fp, const struct fh_agenda_template *tpl, json_t *data,
		    enum fh_agenda_format fmt, struct fh_error *err);

#endif
