/* The schema of an fh database, as an ordered list of migrations. */
#ifndef FH_SCHEMA_H
#define FH_SCHEMA_H

/* SQLite's application_id of fh databases: "FH01" in ASCII. */
#define FH_APPLICATION_ID 0x46483031

/*
 * The migrations, static SQL scripts: element i takes a database from
 * user_version i to i + 1, so *count is the current schema version.
 */
const char *const *fh_schema_migrations(int *count);

#endif
