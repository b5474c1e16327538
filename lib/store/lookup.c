#include <stdio.h>
#include <string.h>

#include <stdlib.h>
#include <jansson.h>

#include "fh/codes.h"
#include "fh/lookup.h"
#include "fh/i18n.h"

/*
 * Each entity's row by code or, failing that, by name (zones, groups and
 * teams: what people see in tables and type back).  Members are found by
 * code alone: their names are personal and not unique.  A name two rows
 * share is refused rather than guessed: the query gives both.
 */
static const struct {
	const char *name;
	const char *sql;
} entities[] = {
	[FH_ZONE] = { N_("zone"), "SELECT id FROM zones WHERE code = ?1 UNION ALL"
		      " SELECT id FROM zones WHERE name = ?1 AND NOT EXISTS"
		      " (SELECT 1 FROM zones WHERE code = ?1) LIMIT 2" },
	[FH_GROUP] = { N_("group"), "SELECT id FROM groups WHERE code = ?1 UNION ALL"
		       " SELECT id FROM groups WHERE name = ?1 AND NOT EXISTS"
		       " (SELECT 1 FROM groups WHERE code = ?1) LIMIT 2" },
	[FH_MEMBER] = { N_("member"), "SELECT id FROM members WHERE code = ?1" },
	[FH_TEAM] = { N_("team"), "SELECT id FROM teams WHERE code = ?1 UNION ALL"
		      " SELECT id FROM teams WHERE name = ?1 AND NOT EXISTS"
		      " (SELECT 1 FROM teams WHERE code = ?1) LIMIT 2" },
};

const char *fh_entity_name(enum fh_entity kind)
{
	return _(entities[kind].name);
}

int fh_lookup(struct fh_db *db, enum fh_entity kind, const char *code,
	      sqlite3_int64 *id, struct fh_error *err)
{
	sqlite3_stmt *stmt;
	int rc;

	if (fh_db_prepare(db, &stmt, entities[kind].sql, err))
		return -1;
	sqlite3_bind_text(stmt, 1, code, -1, SQLITE_STATIC);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW) {
		*id = sqlite3_column_int64(stmt, 0);
		if ((rc = sqlite3_step(stmt)) == SQLITE_DONE)
			rc = SQLITE_ROW;
		else if (rc == SQLITE_ROW)
			rc = SQLITE_MISUSE;  /* two rows of that name */
	}
	sqlite3_finalize(stmt);
	if (rc == SQLITE_ROW)
		return 0;
	if (rc == SQLITE_DONE)
		return fh_error_set(err, _("unknown %s '%s'"), _(entities[kind].name), code);
	if (rc == SQLITE_MISUSE)
		return fh_error_set(err, _("more than one %s is named '%s': give its code"),
				    _(entities[kind].name), code);
	return fh_db_error(db, err, _("cannot look up a code"));
}

int fh_lookup_check(struct fh_db *db, enum fh_entity kind, const char *code,
		    struct fh_error *err)
{
	sqlite3_int64 id;

	return code ? fh_lookup(db, kind, code, &id, err) : 0;
}

int fh_lookup_complete(struct fh_db *db, const char *what, const char *prefix, FILE *fp,
		       struct fh_error *err)
{
	static const struct { const char *what, *sql; } lists[] = {
		{ "zone", "SELECT code FROM zones" },
		{ "group", "SELECT code FROM groups WHERE dissolved_on IS NULL" },
		{ "member", "SELECT code FROM members WHERE left_on IS NULL" },
		{ "team", "SELECT code FROM teams" },
		{ "category", "SELECT code FROM categories" },
	};
	sqlite3_stmt *stmt = NULL;
	char sql[160];
	int rc;

	for (size_t i = 0; i < sizeof(lists) / sizeof(*lists); i++) {
		if (strcmp(lists[i].what, what))
			continue;
		/* substr, not LIKE: a code may hold % or _. */
		snprintf(sql, sizeof(sql), "SELECT code FROM (%s) WHERE substr(code, 1, length(?1)) = ?1"
			 " ORDER BY code", lists[i].sql);
		if (fh_db_prepare(db, &stmt, sql, err))
			return -1;
		sqlite3_bind_text(stmt, 1, prefix, -1, SQLITE_STATIC);
		while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
			fprintf(fp, "%s\n", (const char *)sqlite3_column_text(stmt, 0));
		sqlite3_finalize(stmt);
		return rc == SQLITE_DONE ? 0 : fh_db_error(db, err, _("cannot look up a code"));
	}
	return 0;
}

/* A filter's values checked against the categories table, not an fh_code_list. */
#define FILTER_CATEGORY (-2)
/* ... or against db's rows of an entity. */
#define FILTER_ENTITY (-1)

/* What a filter's values are checked against, and what its array holds. */
struct filter_check {
	struct fh_db *db;
	enum fh_entity kind;
	int codes;              /* enum fh_code_list, FILTER_ENTITY or FILTER_CATEGORY */
	const char *what;
	int ids;                /* FILTER_ENTITY: the rows' ids, not their codes */
};

int fh_lookup_category_check(struct fh_db *db, const char *code, struct fh_error *err)
{
	sqlite3_stmt *stmt;
	int rc;

	if (fh_db_prepare(db, &stmt, "SELECT EXISTS (SELECT 1 FROM categories WHERE code = ?1),"
			  " (SELECT group_concat(code, ', ') FROM"
			  " (SELECT code FROM categories ORDER BY rowid))", err))
		return -1;
	sqlite3_bind_text(stmt, 1, code, -1, SQLITE_STATIC);
	if ((rc = sqlite3_step(stmt)) != SQLITE_ROW)
		rc = fh_db_error(db, err, _("cannot look up a category"));
	else if (sqlite3_column_int(stmt, 0))
		rc = 0;
	else
		rc = fh_error_set(err, _("unknown category '%s' (valid: %s)"), code,
				  sqlite3_column_text(stmt, 1) ?
				  (const char *)sqlite3_column_text(stmt, 1) : "none");
	sqlite3_finalize(stmt);
	return rc;
}

/*
 * Checks one value of a filter and appends what it stands for to array: a
 * name or label is taken where a code is (fh_lookup_code, fh_codes_input,
 * fh_lookup_category), the code it resolves to, or the row's id.
 */
static int filter_value(const struct filter_check *c, const char *code, json_t *array,
			struct fh_error *err)
{
	char valid[160], buf[FH_LOOKUP_CODE_MAX];
	sqlite3_int64 id;
	json_t *v;

	if (c->codes == FILTER_ENTITY && c->ids) {
		if (fh_lookup(c->db, c->kind, code, &id, err))
			return -1;
		v = json_integer(id);
	} else if (c->codes == FILTER_ENTITY) {
		if (fh_lookup_code(c->db, c->kind, &code, buf, err))
			return -1;
		v = json_string(code);
	} else if (c->codes == FILTER_CATEGORY) {
		code = fh_lookup_category(c->db, code, buf, sizeof(buf));
		if (fh_lookup_category_check(c->db, code, err))
			return -1;
		v = json_string(code);
	} else {
		code = fh_codes_input((enum fh_code_list)c->codes, code);
		if (!fh_codes_has((enum fh_code_list)c->codes, code))
			return fh_error_set(err, _("unknown %s '%s' (valid: %s)"), c->what, code,
					    fh_codes_join((enum fh_code_list)c->codes, valid, sizeof(valid)));
		v = json_string(code);
	}
	return json_array_append_new(array, v) ? fh_error_set(err, _("out of memory")) : 0;
}

/*
 * The one reader of a filter's comma list: splits list at its commas,
 * checks each value and writes what they stand for as a JSON array.
 */
static int filter_json(const struct filter_check *c, const char *list, char **json,
		       struct fh_error *err)
{
	json_t *array;
	int rc = 0;

	*json = NULL;
	if (!list)
		return 0;
	if (!(array = json_array()))
		return fh_error_set(err, _("out of memory"));
	for (const char *p = list; rc == 0; p++) {
		size_t n = strcspn(p, ",");
		char *typed = strndup(p, n);

		rc = !typed ? fh_error_set(err, _("out of memory")) : filter_value(c, typed, array, err);
		free(typed);
		p += n;
		if (!*p)
			break;
	}
	if (rc == 0 && !(*json = json_dumps(array, JSON_COMPACT)))
		rc = fh_error_set(err, _("out of memory"));
	json_decref(array);
	return rc;
}

int fh_lookup_filter(struct fh_db *db, enum fh_entity kind, const char *list, char **json,
		     struct fh_error *err)
{
	struct filter_check c = { .db = db, .kind = kind, .codes = FILTER_ENTITY };

	return filter_json(&c, list, json, err);
}

int fh_lookup_filter_ids(struct fh_db *db, enum fh_entity kind, const char *list, char **json,
			 struct fh_error *err)
{
	struct filter_check c = { .db = db, .kind = kind, .codes = FILTER_ENTITY, .ids = 1 };

	return filter_json(&c, list, json, err);
}

int fh_lookup_filter_codes(int codes, const char *what, const char *list, char **json,
			   struct fh_error *err)
{
	struct filter_check c = { .codes = codes, .what = what };

	return filter_json(&c, list, json, err);
}

int fh_lookup_filter_categories(struct fh_db *db, const char *list, char **json,
				struct fh_error *err)
{
	struct filter_check c = { .db = db, .codes = FILTER_CATEGORY };

	return filter_json(&c, list, json, err);
}

int fh_lookup_opt(struct fh_db *db, enum fh_entity kind, const char *code,
		  sqlite3_int64 *id, struct fh_error *err)
{
	*id = 0;
	return code ? fh_lookup(db, kind, code, id, err) : 0;
}

int fh_lookup_code(struct fh_db *db, enum fh_entity kind, const char **s,
		   char buf[FH_LOOKUP_CODE_MAX], struct fh_error *err)
{
	static const char *const code_of[] = {
		[FH_ZONE] = "SELECT code FROM zones WHERE id = ?1",
		[FH_GROUP] = "SELECT code FROM groups WHERE id = ?1",
		[FH_MEMBER] = "SELECT code FROM members WHERE id = ?1",
		[FH_TEAM] = "SELECT code FROM teams WHERE id = ?1",
	};
	sqlite3_stmt *stmt;
	sqlite3_int64 id;
	int rc;

	if (!*s)
		return 0;
	if (fh_lookup(db, kind, *s, &id, err) || fh_db_prepare(db, &stmt, code_of[kind], err))
		return -1;
	sqlite3_bind_int64(stmt, 1, id);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW &&
	    (size_t)snprintf(buf, FH_LOOKUP_CODE_MAX, "%s", (const char *)sqlite3_column_text(stmt, 0))
	    < FH_LOOKUP_CODE_MAX)
		*s = buf;
	sqlite3_finalize(stmt);
	return rc == SQLITE_ROW ? 0 : fh_db_error(db, err, _("cannot look up a code"));
}

const char *fh_lookup_category(struct fh_db *db, const char *s, char *buf, size_t size)
{
	sqlite3_stmt *stmt;
	const char *code = s;

	/* A code is itself; else the category whose label s is (labels are unique). */
	if (!s || sqlite3_prepare_v2(db->sql, "SELECT code FROM categories WHERE label = ?1"
				     " AND NOT EXISTS (SELECT 1 FROM categories WHERE code = ?1)",
				     -1, &stmt, NULL) != SQLITE_OK)
		return s;
	sqlite3_bind_text(stmt, 1, s, -1, SQLITE_STATIC);
	if (sqlite3_step(stmt) == SQLITE_ROW &&
	    (size_t)snprintf(buf, size, "%s", (const char *)sqlite3_column_text(stmt, 0)) < size)
		code = buf;
	sqlite3_finalize(stmt);
	return code;
}
