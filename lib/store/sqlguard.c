#include <stdlib.h>
#include <string.h>

#include "fh/i18n.h"
#include "fh/mask.h"
#include "fh/sqlguard.h"

/* The state of one guarded connection. */
struct guard {
	int reveal;
	int looking_up;        /* lookup is running: its own reads are allowed */
	sqlite3_stmt *lookup;  /* a member's phone and contact, by code */
};

/* Guarded connections are one a process (fh sql), so one state will do. */
static struct guard the_guard;

/* Whether table.column is personal data that only its masking view shows. */
static int personal_column(const char *table, const char *column)
{
	return table && column && !strcmp(table, "members") &&
	       (!strcmp(column, "phone") || !strcmp(column, "contact"));
}

/*
 * The authorizer: reading is allowed, and nothing else that could change
 * a file or reach beyond the database.  Personal columns read as NULL
 * (SQLITE_IGNORE) whatever names them, unless revealed: a view, CTE or
 * subquery named like the masking view gets nothing from them either.
 */
static int authorize(void *ctx, int action, const char *a, const char *b,
		     const char *dbname, const char *view)
{
	static const char *const pragmas[] = {
		"table_info", "table_xinfo", "index_list", "index_info", "index_xinfo",
		"foreign_key_list",
		"user_version", "application_id", "page_count", "page_size", "compile_options",
		"data_version",  /* FTS5 reads it to know whether its cache is current */
		NULL,
	};
	/*
	 * These take a table or index name and only describe the schema (no
	 * stored value, so nothing the masking hides); the others given an
	 * argument set something.
	 */
	static const char *const named[] = {
		"table_info", "table_xinfo", "index_list", "index_info", "index_xinfo",
		"foreign_key_list", NULL,
	};
	const struct guard *g = ctx;

	(void)dbname; (void)view;
	switch (action) {
	case SQLITE_READ:
		/*
		 * The lookup is prepared again inside its own step when the
		 * schema changed (the authorizer installed counts); the user's
		 * statement is never prepared then.
		 */
		return !g->reveal && !g->looking_up && personal_column(a, b) ? SQLITE_IGNORE : SQLITE_OK;
	case SQLITE_SELECT:
	case SQLITE_RECURSIVE:
		return SQLITE_OK;
	case SQLITE_FUNCTION:
		return b && !strcmp(b, "load_extension") ? SQLITE_DENY : SQLITE_OK;
	case SQLITE_UPDATE:
		/*
		 * FTS5 asks for this while connecting its table; a user's own
		 * update of the schema table is refused by SQLite itself, and
		 * query_only refuses every write.
		 */
		return a && !strcmp(a, "sqlite_master") ? SQLITE_OK : SQLITE_DENY;
	case SQLITE_PRAGMA:
		/* Only pragmas that read: without an argument, or naming what they describe. */
		for (const char *const *p = b ? named : pragmas; *p; p++)
			if (!strcmp(*p, a))
				return SQLITE_OK;
		return SQLITE_DENY;
	default:
		return SQLITE_DENY;
	}
}

/*
 * fh_sql_phone(member) and fh_sql_contact(member): the member's phone or
 * contact, masked.  They look the value up with a statement prepared
 * before the authorizer was installed, so the raw value never enters the
 * user's query: only its mask does.
 */
static void masked_column(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	struct guard *g = sqlite3_user_data(ctx);
	int col = sqlite3_value_int(argv[argc - 1]);
	const char *v;
	char buf[256];
	int rc;

	sqlite3_bind_value(g->lookup, 1, argv[0]);
	g->looking_up = 1;
	rc = sqlite3_step(g->lookup);
	g->looking_up = 0;
	if (rc == SQLITE_ROW &&
	    (v = (const char *)sqlite3_column_text(g->lookup, col))) {
		if (col == 0)
			fh_mask_phone(v, buf, sizeof(buf));
		else
			fh_mask_name(v, buf, sizeof(buf));
		sqlite3_result_text(ctx, buf, -1, SQLITE_TRANSIENT);
	} else {
		sqlite3_result_null(ctx);
	}
	sqlite3_reset(g->lookup);
}

/*
 * Creates TEMP view members_v with the documented view's columns, its
 * personal ones through masked_column.  Built from the view's own column
 * list, so columns added later carry over.
 */
static int create_masking_view(struct fh_db *db, struct fh_error *err)
{
	sqlite3_stmt *st;
	char *sql = sqlite3_mprintf("CREATE TEMP VIEW members_v AS SELECT"), *next;
	int rc, n = 0;

	if (fh_db_prepare(db, &st, "SELECT name FROM pragma_table_info('members_v', 'main')", err)) {
		sqlite3_free(sql);
		return -1;
	}
	while (sql && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *c = (const char *)sqlite3_column_text(st, 0);

		if (!strcmp(c, "phone") || !strcmp(c, "contact"))
			next = sqlite3_mprintf("%s%s fh_sql_masked(v.member, %d) AS \"%w\"", sql,
					       n ? "," : "", !strcmp(c, "contact"), c);
		else
			next = sqlite3_mprintf("%s%s v.\"%w\"", sql, n ? "," : "", c);
		sqlite3_free(sql);
		sql = next;
		n++;
	}
	sqlite3_finalize(st);
	next = sql ? sqlite3_mprintf("%s FROM main.members_v v", sql) : NULL;
	sqlite3_free(sql);
	if (!next)
		return fh_error_set(err, _("out of memory"));
	rc = n ? fh_db_exec(db, next, err) : 0;
	sqlite3_free(next);
	return rc;
}

int fh_sqlguard_install(struct fh_db *db, int reveal, struct fh_error *err)
{
	struct guard *g = &the_guard;

	g->reveal = reveal;
	/* The masking view is written before query_only forbids it. */
	if (!reveal) {
		if (sqlite3_create_function(db->sql, "fh_sql_masked", 2, SQLITE_UTF8, g,
					    masked_column, NULL, NULL) != SQLITE_OK)
			return fh_db_error(db, err, _("cannot set up the query"));
		if (create_masking_view(db, err) ||
		    fh_db_prepare(db, &g->lookup, "SELECT phone, contact FROM members WHERE code = ?1", err))
			return -1;
	}
	if (fh_db_exec(db, "PRAGMA query_only = ON", err))
		return -1;
	sqlite3_set_authorizer(db->sql, authorize, g);
	return 0;
}

void fh_sqlguard_release(struct fh_db *db)
{
	(void)db;
	sqlite3_finalize(the_guard.lookup);
	the_guard.lookup = NULL;
}

char *fh_sqlguard_message(const char *msg, char *buf, size_t size)
{
	size_t n = strcspn(msg, "'\"");
	char *cut;

	if (!size)
		return buf;
	if (!(cut = strndup(msg, n))) {
		*buf = '\0';
		return buf;
	}
	while (n && (cut[n - 1] == ' ' || cut[n - 1] == ':'))
		cut[--n] = '\0';
	/* "... error near '...'": the word that announced the value goes too. */
	if (n > 5 && !strcmp(cut + n - 5, " near"))
		cut[n -= 5] = '\0';
	fh_mask_text(cut, buf, size);
	free(cut);
	return buf;
}
