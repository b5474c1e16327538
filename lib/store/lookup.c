#include "fh/lookup.h"
#include "fh/i18n.h"

static const struct {
	const char *name;
	const char *sql;
} entities[] = {
	[FH_ZONE] = { N_("zone"), "SELECT id FROM zones WHERE code = ?1" },
	[FH_GROUP] = { N_("group"), "SELECT id FROM groups WHERE code = ?1" },
	[FH_MEMBER] = { N_("member"), "SELECT id FROM members WHERE code = ?1" },
	[FH_TEAM] = { N_("team"), "SELECT id FROM teams WHERE code = ?1" },
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
	if (rc == SQLITE_ROW)
		*id = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	if (rc == SQLITE_ROW)
		return 0;
	if (rc == SQLITE_DONE)
		return fh_error_set(err, _("unknown %s '%s'"), _(entities[kind].name), code);
	return fh_db_error(db, err, _("cannot look up a code"));
}

int fh_lookup_check(struct fh_db *db, enum fh_entity kind, const char *code,
		    struct fh_error *err)
{
	sqlite3_int64 id;

	return code ? fh_lookup(db, kind, code, &id, err) : 0;
}
