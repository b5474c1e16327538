/*
 * fh: set-up and maintenance of a station's database, and the door to the
 * other tools ("fh report list" runs "fh-report list").
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fh/agenda.h"
#include "fh/audit.h"
#include "fh/bureau.h"
#include "fh/cli.h"
#include "fh/codes.h"
#include "fh/config.h"
#include "fh/dbcheck.h"
#include "fh/db.h"
#include "fh/period.h"
#include "fh/purge.h"
#include "fh/sqlguard.h"
#include "fh/sync.h"
#include "fh/text.h"
#include "fh/i18n.h"

static const char tool_help[] = N_(
	"       fh TOOL [ARG ...]\n"
	"\n"
	"Tools: group, report, activity, meeting, stats (fh TOOL runs fh-TOOL).\n"
	"Common options: --db PATH, -f table|tsv|csv|json, --no-header, --reveal,\n"
	"--as NAME, --help, --version.  See fh(1) and fh(7).\n");

/* fh init [--station NAME] [--config FILE] */
static int cmd_init(struct fh_cli *cli, int argc, char **argv);
static int cmd_check(struct fh_cli *cli, int argc, char **argv);
static int cmd_backup(struct fh_cli *cli, int argc, char **argv);
static int cmd_sql(struct fh_cli *cli, int argc, char **argv);
static int cmd_audit(struct fh_cli *cli, int argc, char **argv);
static int cmd_purge(struct fh_cli *cli, int argc, char **argv);
static int cmd_codes(struct fh_cli *cli, int argc, char **argv);
static int cmd_restore(struct fh_cli *cli, int argc, char **argv);
static int cmd_config(struct fh_cli *cli, int argc, char **argv);
static int cmd_sync(struct fh_cli *cli, int argc, char **argv);
static int cmd_bureau(struct fh_cli *cli, int argc, char **argv);

static const struct fh_command commands[] = {
	{ "init", cmd_init, "init [--station NAME] [--config FILE]" },
	{ "check", cmd_check, "check" },
	{ "backup", cmd_backup, "backup [--force] DEST" },
	{ "sql", cmd_sql, "sql QUERY [PARAM ...]" },
	{ "audit", cmd_audit, "audit [--since TIME] [--until TIME] [--actor NAME,...]" },
	{ "purge", cmd_purge, "purge [--dry-run] [--left-before DATE] [--reports-before DATE] [MEMBER ...]" },
	{ "codes", cmd_codes, "codes [LIST]" },
	{ "restore", cmd_restore, "restore [--force] BACKUP" },
	{ "config", cmd_config, "config list | get KEY | set KEY VALUE | set --file FILE" },
	{ "sync", cmd_sync, "sync export -o FILE [--with-personal-data] [--with-photos] [--full] [--again]" },
	{ "bureau", cmd_bureau, "bureau init FILE | bureau apply FILE ..." },
	{ NULL, NULL, NULL },
};

/* Parses a subcommand's options, or returns the status of a bad one. */
#define FOR_OPTIONS(c, argc, argv, shortopts, longopts) \
	while (((c) = getopt_long((argc), (argv), (shortopts), (longopts), NULL)) != -1)

/* The temporary file being written, removed if a signal ends the command. */
static char temp_path[4096];

/* Removes temp_path and its companions, then dies of the signal as it would have. */
static void remove_temp_and_die(int sig)
{
	static const char *const sides[] = { "", "-wal", "-shm", "-journal" };
	char name[sizeof(temp_path) + 16];
	size_t n = strlen(temp_path);

	/* Only async-signal-safe calls here: no stdio, no malloc. */
	for (size_t i = 0; n && i < sizeof(sides) / sizeof(sides[0]); i++) {
		memcpy(name, temp_path, n);
		memcpy(name + n, sides[i], strlen(sides[i]) + 1);
		unlink(name);
	}
	signal(sig, SIG_DFL);
	raise(sig);
}

/*
 * Names the temporary file PREFIX<pid> in buf, first removing the ones
 * that killed runs left, and arranges for it to be removed when the
 * command is interrupted (SIGKILL cannot be caught: the next run cleans).
 */
static int temp_name(const char *prefix, char *buf, size_t size)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGPIPE };
	struct sigaction sa = { .sa_handler = remove_temp_and_die };

	if (snprintf(buf, size, "%s%ld", prefix, (long)getpid()) >= (int)size ||
	    strlen(buf) >= sizeof(temp_path))
		return -1;
	fh_db_remove_stale(prefix);
	memcpy(temp_path, buf, strlen(buf) + 1);
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
		sigaction(sigs[i], &sa, NULL);
	return 0;
}

/* The temporary file is gone or renamed: signals need not remove it any more. */
static void temp_done(void)
{
	temp_path[0] = '\0';
}

/* Checks that the agenda settings, once changed, give a template that parses. */
static int agenda_check(struct fh_db *db, struct fh_error *err)
{
	struct fh_agenda_template *tpl;

	if (fh_agenda_template_station(db, &tpl, err))
		return -1;
	fh_agenda_template_free(tpl);
	return 0;
}

/*
 * Installs the schema and the settings in the new database at tmp, which
 * is complete when this returns 0.
 */
static int init_temp(struct fh_cli *cli, const char *tmp, FILE *fp, const char *config,
		     const char *station, struct fh_error *err)
{
	struct fh_db *db = NULL;
	int group_access = 0, rc = -1;

	if (fh_db_open(&db, tmp, FH_DB_CREATE, err))
		return -1;
	if (fh_db_set_actor(db, cli->actor, cli->command)) {
		fh_error_set(err, _("out of memory"));
		goto done;
	}
	if (fh_db_begin(db, err) || fh_config_seed_categories(db, err) ||
	    fh_config_default_timezone(db, err) ||
	    (fp && fh_config_apply(db, fp, config, &group_access, err)) ||
	    (station && fh_config_set(db, "station", station, err)) ||
	    agenda_check(db, err) || fh_db_commit(db, err))
		goto done;
	if (group_access && chmod(tmp, 0660)) {
		fh_error_set(err, _("cannot give the group access to '%s': %s"), tmp, strerror(errno));
		goto done;
	}
	rc = 0;
done:
	/* Closing checkpoints the WAL into the file, so the file alone is the database. */
	fh_db_close(db);
	return rc;
}

/* Says path wherever err names the temporary file: the user knows only path. */
static void name_final(struct fh_error *err, const char *tmp, const char *path)
{
	char msg[sizeof(err->msg)], *at, *w = msg;
	const char *r = err->msg;
	size_t tn = strlen(tmp), pn = strlen(path);

	while ((at = strstr(r, tmp)) && (size_t)(w - msg) + (size_t)(at - r) + pn < sizeof(msg)) {
		memcpy(w, r, (size_t)(at - r));
		w += at - r;
		memcpy(w, path, pn);
		w += pn;
		r = at + tn;
	}
	snprintf(w, sizeof(msg) - (size_t)(w - msg), "%s", r);
	memcpy(err->msg, msg, sizeof(msg));
}

/*
 * fh init writes the new database to PATH.init-PID beside it and renames
 * it into place only when complete, so that a killed init leaves no
 * half-made database for the next one to refuse.
 */
static int cmd_init(struct fh_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "station", required_argument, NULL, 's' },
		{ "config", required_argument, NULL, 'c' },
		{ NULL, 0, NULL, 0 },
	};
	const char *station = NULL, *config = NULL, *path;
	char prefix[4096], tmp[4096];
	struct fh_error err = { 0 };
	struct stat st;
	FILE *fp = NULL;
	int c, status = 1;

	if (fh_cli_help(cli, &commands[0]) >= 0)
		return 0;
	FOR_OPTIONS(c, argc, argv, "+", opts) {
		switch (c) {
		case 's': station = optarg; break;
		case 'c': config = optarg; break;
		default: return fh_cli_bad_option(cli, argv);
		}
	}
	if (optind != argc)
		return fh_cli_usage(cli, _("init takes no arguments, got '%s'"), argv[optind]);
	if (cli->ndbs > 1)
		return fh_cli_usage(cli, _("only one --db is allowed here"));
	if (station && fh_text_check(station, FH_TEXT_LINE, "--station", &err))
		return fh_cli_fail(cli, &err);
	path = fh_db_default_path(cli->ndbs ? cli->dbs[0] : NULL);
	if (lstat(path, &st) == 0) {
		fh_error_set(&err, _("'%s' already exists: not overwriting it"), path);
		return fh_cli_fail(cli, &err);
	}
	if (snprintf(prefix, sizeof(prefix), "%s.init-", path) >= (int)sizeof(prefix) ||
	    temp_name(prefix, tmp, sizeof(tmp)))
		return fh_cli_usage(cli, _("database name too long"));
	if (config && !(fp = strcmp(config, "-") ? fopen(config, "r") : stdin)) {
		fh_error_set(&err, _("cannot open '%s': %s"), config, strerror(errno));
		return fh_cli_fail(cli, &err);
	}
	if (!init_temp(cli, tmp, fp, config, station, &err) && !fh_db_install(tmp, path, &err))
		status = 0;
	if (fp && fp != stdin)
		fclose(fp);
	if (status) {
		fh_db_remove(tmp);
		name_final(&err, tmp, path);
	}
	temp_done();
	return status ? fh_cli_fail(cli, &err) : 0;
}

/* Prints one problem that fh check found. */
static void print_problem(void *ctx, const char *what, const char *text)
{
	(void)ctx;
	if (what)
		printf("%s: %s\n", what, text);
	else
		printf(_("search index: %s\n"), text);
}

static int cmd_check(struct fh_cli *cli, int argc, char **argv)
{
	struct fh_error err = { 0 };
	struct fh_db *db;
	int problems;

	if (fh_cli_help(cli, &commands[1]) >= 0)
		return 0;
	if (argc > 1)
		return fh_cli_usage(cli, _("check takes no arguments, got '%s'"), argv[1]);
	if (fh_cli_open_db(cli, 0, &db, &err))
		return fh_cli_fail(cli, &err);
	problems = fh_dbcheck_run(db, print_problem, NULL, &err);
	fh_db_close(db);
	if (problems < 0)
		return fh_cli_fail(cli, &err);
	return problems ? FH_FOUND : FH_OK;
}

/* Creates path for the copy with the database's own mode, never following a link. */
static int create_copy(const char *path, mode_t mode, struct fh_error *err)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);

	if (fd < 0)
		return fh_error_set(err, _("cannot create '%s': %s"), path, strerror(errno));
	close(fd);
	return 0;
}

/*
 * Reads the options of backup and restore, "[--force] FILE", into *force
 * and *file; missing is the usage error when FILE is not the one argument.
 * Returns -1 when they are read, else the exit status of a bad one.
 */
static int force_and_file(struct fh_cli *cli, int argc, char **argv, int *force,
			  const char **file, const char *missing)
{
	static const struct option opts[] = {
		{ "force", no_argument, NULL, 'F' },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	FOR_OPTIONS(c, argc, argv, "+", opts) {
		switch (c) {
		case 'F': *force = 1; break;
		default: return fh_cli_bad_option(cli, argv);
		}
	}
	if (argc - optind != 1)
		return fh_cli_usage(cli, "%s", missing);
	*file = argv[optind];
	return -1;
}

static int cmd_backup(struct fh_cli *cli, int argc, char **argv)
{
	struct fh_error err = { 0 };
	struct fh_db *db = NULL;
	char prefix[4096], tmp[4096];
	const char *dest;
	struct stat st, dst;
	int force = 0, status = 1;

	if (fh_cli_help(cli, &commands[2]) >= 0)
		return 0;
	if ((status = force_and_file(cli, argc, argv, &force, &dest, _("backup needs one DEST file"))) >= 0)
		return status;
	status = 1;
	if (!force && lstat(dest, &st) == 0)
		return fh_cli_usage(cli, _("'%s' already exists: use --force to replace it"), dest);
	if (snprintf(prefix, sizeof(prefix), "%s.tmp-", dest) >= (int)sizeof(prefix) ||
	    temp_name(prefix, tmp, sizeof(tmp)))
		return fh_cli_usage(cli, _("destination name too long"));
	if (fh_cli_open_db(cli, 0, &db, &err))
		goto done;
	if (stat(db->path, &st)) {
		fh_error_set(&err, _("cannot read '%s': %s"), db->path, strerror(errno));
		goto done;
	}
	/* Any name of the database itself (a link, ./x): the copy would replace what it copies. */
	if (stat(dest, &dst) == 0 && dst.st_dev == st.st_dev && dst.st_ino == st.st_ino) {
		fh_error_set(&err, _("'%s' is the database itself: back up to another file"), dest);
		goto done;
	}
	/*
	 * The copy holds the same personal data: the owner may always read and
	 * write it, the group only if it may the original, others never.
	 */
	if (create_copy(tmp, 0600 | (st.st_mode & 0060), &err))
		goto done;
	if (fh_db_copy(db, tmp, dest, &err))
		goto done;
	if (rename(tmp, dest)) {
		fh_error_set(&err, _("cannot rename '%s' to '%s': %s"), tmp, dest, strerror(errno));
		goto done;
	}
	status = 0;
done:
	if (status)
		fh_db_remove(tmp);
	temp_done();
	fh_db_close(db);
	return status ? fh_cli_fail(cli, &err) : 0;
}

/*
 * Copies every page of the backup src into dst (an open database) under
 * one write lock, waiting for other writers as a command does.
 */
static int copy_pages(sqlite3 *dst, sqlite3 *src, const char *name, struct fh_error *err)
{
	sqlite3_backup *b = sqlite3_backup_init(dst, "main", src, "main");
	int rc, waited = 0;

	if (!b)
		return fh_error_set(err, _("cannot restore '%s': %s"), name, sqlite3_errmsg(dst));
	while ((rc = sqlite3_backup_step(b, -1)) == SQLITE_BUSY || rc == SQLITE_LOCKED) {
		if (waited >= FH_DB_BUSY_TIMEOUT_MS)
			break;
		sqlite3_sleep(100);
		waited += 100;
	}
	sqlite3_backup_finish(b);
	if (rc == SQLITE_DONE)
		return 0;
	if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
		return fh_error_set(err, _("cannot restore '%s': the database is busy (another command kept it locked for %d s)"),
				    name, FH_DB_BUSY_TIMEOUT_MS / 1000);
	return fh_error_set(err, _("cannot restore '%s': %s"), name, sqlite3_errstr(rc));
}

/*
 * Restores a backup into a new database at path: copied to PATH.restore-PID
 * and renamed into place when complete, in WAL mode.
 */
static int restore_new(struct fh_cli *cli, struct fh_db *src, const char *name,
		       const char *path, struct fh_error *err)
{
	char prefix[4096], tmp[4096];
	sqlite3 *copy = NULL;
	int rc = -1;

	if (snprintf(prefix, sizeof(prefix), "%s.restore-", path) >= (int)sizeof(prefix) ||
	    temp_name(prefix, tmp, sizeof(tmp)))
		return fh_error_usage(err, _("database name too long"));
	if (create_copy(tmp, 0600, err))
		goto done;
	if (fh_db_sqlite_open(tmp, &copy, SQLITE_OPEN_READWRITE) != SQLITE_OK) {
		fh_error_set(err, _("cannot open '%s': %s"), tmp, sqlite3_errmsg(copy));
		goto done;
	}
	if (copy_pages(copy, src->sql, name, err))
		goto done;
	if (sqlite3_exec(copy, "PRAGMA journal_mode = WAL", NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_close(copy) != SQLITE_OK) {
		fh_error_set(err, _("cannot finish '%s': %s"), tmp, sqlite3_errmsg(copy));
		goto done;
	}
	copy = NULL;
	rc = fh_db_install(tmp, path, err);
done:
	(void)cli;
	if (copy)
		sqlite3_close(copy);
	if (rc)
		fh_db_remove(tmp);
	temp_done();
	return rc;
}

/*
 * fh restore BACKUP: the database becomes the backup's copy, in WAL mode.
 * A live database is written through SQLite (never replaced as a file,
 * which would strand the commands that have it open), in one transaction.
 */
static int cmd_restore(struct fh_cli *cli, int argc, char **argv)
{
	struct fh_error err = { 0 };
	struct fh_db *src = NULL, *db = NULL;
	const char *name, *path;
	struct stat st, bst;
	int force = 0, status = 1;

	if (fh_cli_help(cli, &commands[7]) >= 0)
		return 0;
	if ((status = force_and_file(cli, argc, argv, &force, &name, _("restore needs one BACKUP file"))) >= 0)
		return status;
	status = 1;
	if (cli->ndbs > 1)
		return fh_cli_usage(cli, _("only one --db is allowed here"));
	path = fh_db_default_path(cli->ndbs ? cli->dbs[0] : NULL);
	if (stat(path, &st) == 0 && !force)
		return fh_cli_usage(cli, _("'%s' already exists: use --force to replace its data with the backup's"), path);
	if (stat(path, &st) == 0 && stat(name, &bst) == 0 && st.st_dev == bst.st_dev && st.st_ino == bst.st_ino) {
		fh_error_set(&err, _("'%s' is the database itself: restore from a backup"), name);
		return fh_cli_fail(cli, &err);
	}
	if (fh_db_open(&src, name, FH_DB_READONLY, &err))
		goto done;
	if (stat(path, &st)) {
		status = restore_new(cli, src, name, path, &err) ? 1 : 0;
		goto done;
	}
	if (fh_cli_open_db(cli, 0, &db, &err) || copy_pages(db->sql, src->sql, name, &err))
		goto done;
	/* The copied header says rollback journal, as a backup's does. */
	if (fh_db_exec(db, "PRAGMA journal_mode = WAL", &err))
		goto done;
	status = 0;
done:
	fh_db_close(src);
	fh_db_close(db);
	return status ? fh_cli_fail(cli, &err) : 0;
}

static int cmd_sql(struct fh_cli *cli, int argc, char **argv)
{
	struct fh_error err = { 0 };
	struct fh_db *db = NULL;
	struct fh_out *out = NULL;
	sqlite3_stmt *stmt = NULL;
	const char *tail;
	int status = 1, rc;

	if (fh_cli_help(cli, &commands[3]) >= 0)
		return 0;
	if (argc > 1 && !strcmp(argv[1], "--"))
		argv++, argc--;
	if (argc < 2)
		return fh_cli_usage(cli, _("sql needs a QUERY"));
	if (!(out = fh_cli_out(cli, &err)))
		goto done;
	/*
	 * Opened for writing only so that closing tidies the WAL files away;
	 * query_only, the authorizer and the read-only check each refuse
	 * writes, and the guard keeps personal columns masked.
	 */
	if (fh_cli_open_db(cli, FH_DB_BUREAU, &db, &err))
		goto done;
	sqlite3_db_config(db->sql, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
	sqlite3_db_config(db->sql, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, NULL);
	if (fh_sqlguard_install(db, cli->reveal, &err))
		goto done;
	rc = sqlite3_prepare_v2(db->sql, argv[1], -1, &stmt, &tail);
	if (rc == SQLITE_AUTH || (rc != SQLITE_OK && !strncmp(sqlite3_errmsg(db->sql), "not authorized", 14))) {
		fh_error_set(&err, _("fh sql only reads: '%s' is not allowed (change data with the fh tools)"), argv[1]);
		goto done;
	}
	if (rc != SQLITE_OK) {
		fh_error_set(&err, _("invalid query: %s"), sqlite3_errmsg(db->sql));
		goto done;
	}
	if (!stmt) {
		fh_error_usage(&err, _("the query is empty"));
		goto done;
	}
	tail += strspn(tail, " \t\r\n;");
	if (*tail) {
		fh_error_usage(&err, _("one query at a time, but more follows: '%.40s'"), tail);
		goto done;
	}
	if (!sqlite3_stmt_readonly(stmt)) {
		fh_error_set(&err, _("fh sql only reads: '%s' would write (change data with the fh tools)"), argv[1]);
		goto done;
	}
	if (argc - 2 != sqlite3_bind_parameter_count(stmt)) {
		fh_error_usage(&err, _("the query has %d parameters but %d values were given"),
			       sqlite3_bind_parameter_count(stmt), argc - 2);
		goto done;
	}
	for (int i = 2; i < argc; i++)
		sqlite3_bind_text(stmt, i - 1, argv[i], -1, SQLITE_STATIC);
	/*
	 * Raw phones read as NULL (the guard), so what is left to mask is
	 * personal data in free text, which the writer masks in every column.
	 */
	if (fh_out_stmt(out, stmt, &err) != SQLITE_DONE) {
		/* A runtime error may quote a value the query computed. */
		if (!cli->reveal)
			fh_sqlguard_message(sqlite3_errmsg(db->sql), err.msg, sizeof(err.msg));
		goto done;
	}
	if (fh_cli_finish_out(out, &err))
		goto done;
	status = 0;
done:
	sqlite3_finalize(stmt);
	fh_out_free(out);
	if (db)
		fh_sqlguard_release(db);
	fh_db_close(db);
	return status ? fh_cli_fail(cli, &err) : 0;
}

static int cmd_audit(struct fh_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "since", required_argument, NULL, 's' },
		{ "until", required_argument, NULL, 'u' },
		{ "actor", required_argument, NULL, 'a' },
		{ NULL, 0, NULL, 0 },
	};
	char since[FH_TIME_LEN] = "", until[FH_TIME_LEN] = "";
	struct fh_audit_filter f = { .since = since, .until = until };
	struct fh_error err = { 0 };
	struct fh_db *db = NULL;
	struct fh_out *out = NULL;
	struct fh_range r;
	int c, status = 1;

	if (fh_cli_help(cli, &commands[4]) >= 0)
		return 0;
	FOR_OPTIONS(c, argc, argv, "+", opts) {
		switch (c) {
		case 's':
		case 'u':
			/* fh(1): the span options read the same in every tool. */
			if (fh_period_option(c == 's' ? "--since" : "--until", optarg, &r, &err))
				return fh_cli_fail(cli, &err);
			memcpy(c == 's' ? since : until, c == 's' ? r.start : r.end, FH_TIME_LEN);
			break;
		case 'a':  /* fh(1): given twice or as a list, any of them */
			if (fh_cli_list(cli, &f.actor, optarg, &err))
				return fh_cli_fail(cli, &err);
			break;
		default: return fh_cli_bad_option(cli, argv);
		}
	}
	if (optind != argc)
		return fh_cli_usage(cli, _("audit takes no arguments, got '%s'"), argv[optind]);
	if (!(out = fh_cli_out(cli, &err)) || fh_cli_open_db(cli, 0, &db, &err))
		goto done;
	if (fh_audit_list(db, &f, out, &err) || fh_cli_finish_out(out, &err))
		goto done;
	status = 0;
done:
	fh_out_free(out);
	fh_db_close(db);
	return status ? fh_cli_fail(cli, &err) : 0;
}

/* Parses DATE of a purge option into buf; returns 0, or -1 (a wrong value: exit 1, fh(1)). */
static int purge_date(const char *s, char buf[FH_DATE_LEN], struct fh_error *err)
{
	struct fh_time t;

	if (fh_date_parse(s, &t, err))
		return -1;
	fh_date_format(&t, buf);
	return 0;
}

static int cmd_purge(struct fh_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "left-before", required_argument, NULL, 'l' },
		{ "reports-before", required_argument, NULL, 'r' },
		{ "dry-run", no_argument, NULL, 'n' },
		{ NULL, 0, NULL, 0 },
	};
	char left[FH_DATE_LEN] = "", reports[FH_DATE_LEN] = "";
	struct fh_error err = { 0 };
	struct fh_db *db = NULL;
	struct fh_out *out = NULL;
	int c, i, dry_run = 0, status = 1;

	if (fh_cli_help(cli, &commands[5]) >= 0)
		return 0;
	while ((c = getopt_long(argc, argv, "+", opts, NULL)) != -1) {
		if (c == 'n')
			dry_run = 1;
		else if (c != 'l' && c != 'r')
			return fh_cli_bad_option(cli, argv);
		else if (purge_date(optarg, c == 'l' ? left : reports, &err))
			return fh_cli_fail(cli, &err);
	}
	if (optind < argc && !strcmp(argv[optind], "--"))
		optind++;
	if (optind == argc && !*left && !*reports)
		return fh_cli_usage(cli, _("purge needs a MEMBER code, --left-before or --reports-before"));
	if (!(out = fh_cli_out(cli, &err)) || fh_cli_open_db(cli, 0, &db, &err) ||
	    fh_purge_begin(db, &err))
		goto done;
	for (i = optind; i < argc; i++)
		if (fh_purge_member(db, argv[i], &err))
			goto done;
	if ((*left && fh_purge_left_before(db, left, &err)) ||
	    (*reports && fh_purge_reports_before(db, reports, &err)) ||
	    fh_purge_finish(db, out, &err) || fh_cli_finish_out(out, &err))
		goto done;
	/* A dry run says what would go and keeps it. */
	if (dry_run) {
		fh_db_rollback(db);
		status = 0;
		goto done;
	}
	if (fh_db_commit(db, &err))
		goto done;
	/* Saved: what is left is to wipe the old values from the file and its log. */
	if (fh_db_leave_no_trace(db, &err)) {
		char why[sizeof(err.msg)];

		snprintf(why, sizeof(why), "%s", err.msg);
		fh_error_set(&err, _("purged, but not yet from the file: %s"), why);
		goto done;
	}
	status = 0;
done:
	fh_out_free(out);
	fh_db_close(db);
	return status ? fh_cli_fail(cli, &err) : 0;
}

/* Runs fh-TOOL from fh's own directory, else from PATH; returns only on failure. */
static int run_tool(const struct fh_cli *cli, const char *tool, int argc, char **argv, int at)
{
	char self[4096], path[4096 + 64], name[64];
	ssize_t n;
	char **args = calloc((size_t)argc + 1, sizeof(*args));

	if (!args)
		return fh_cli_usage(cli, _("out of memory"));
	if (snprintf(name, sizeof(name), "fh-%s", tool) >= (int)sizeof(name) ||
	    strchr(tool, '/'))
		return free(args), fh_cli_usage(cli, _("unknown command '%s'"), tool);
	args[0] = name;
	for (int i = 1, j = 1; i < argc; i++)
		if (i != at)
			args[j++] = argv[i];
	n = readlink("/proc/self/exe", self, sizeof(self) - 1);
	if (n > 0) {
		self[n] = '\0';
		char *slash = strrchr(self, '/');

		if (slash) {
			*slash = '\0';
			snprintf(path, sizeof(path), "%s/%s", self, name);
			execv(path, args);
		}
	}
	execvp(name, args);
	free(args);
	if (errno == ENOENT)
		return fh_cli_usage(cli, _("unknown command '%s'"), tool);
	fprintf(stderr, _("%s: cannot run %s: %s\n"), cli->prog, name, strerror(errno));
	return 1;
}

/* fh codes [LIST]: the fixed value lists (fh/codes.h), for people and completion. */
static int cmd_codes(struct fh_cli *cli, int argc, char **argv)
{
	static const struct option none[] = { { NULL, 0, NULL, 0 } };
	enum fh_code_list list = FH_CODES_COUNT;
	struct fh_error err = { 0 };
	struct fh_out *out = NULL;
	int c, status = 1;

	if (fh_cli_help(cli, &commands[6]) >= 0)
		return 0;
	FOR_OPTIONS(c, argc, argv, "+", none)
		return fh_cli_bad_option(cli, argv);
	if (argc - optind > 1)
		return fh_cli_usage(cli, _("codes takes at most one LIST, got '%s'"), argv[optind + 1]);
	if (optind < argc && fh_codes_find(argv[optind], &list, &err))
		return fh_cli_fail(cli, &err);
	if (!(out = fh_cli_out(cli, &err)))
		goto done;
	fh_codes_write(out, list);
	if (fh_cli_finish_out(out, &err))
		goto done;
	status = 0;
done:
	fh_out_free(out);
	return status ? fh_cli_fail(cli, &err) : 0;
}

/* fh config set KEY VALUE, or set --file FILE: in one transaction. */
static int config_set(struct fh_cli *cli, int argc, char **argv, const char *file)
{
	struct fh_error err = { 0 };
	struct fh_db *db = NULL;
	FILE *fp = NULL;
	int group_access, status = 1;

	if (file ? argc != 0 : argc != 2)
		return fh_cli_usage(cli, _("config set needs KEY VALUE, or --file FILE"));
	if (file && !(fp = strcmp(file, "-") ? fopen(file, "r") : stdin)) {
		fh_error_set(&err, _("cannot open '%s': %s"), file, strerror(errno));
		return fh_cli_fail(cli, &err);
	}
	if (!fh_cli_open_db(cli, 0, &db, &err) && !fh_db_begin(db, &err)) {
		if ((fp ? fh_config_apply(db, fp, file, &group_access, &err) :
		     fh_config_set_key(db, argv[0], argv[1], &err)) || agenda_check(db, &err))
			fh_db_rollback(db);
		else if (!fh_db_commit(db, &err))
			status = 0;
	}
	if (fp && fp != stdin)
		fclose(fp);
	fh_db_close(db);
	return status ? fh_cli_fail(cli, &err) : 0;
}

static int cmd_config(struct fh_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = { { "file", required_argument, NULL, 'f' }, { NULL, 0, NULL, 0 } };
	struct fh_error err = { 0 };
	struct fh_db *db = NULL;
	struct fh_out *out = NULL;
	const char *file = NULL, *verb;
	char *value = NULL;
	int c, get, status = 1;

	if (fh_cli_help(cli, &commands[8]) >= 0)
		return 0;
	FOR_OPTIONS(c, argc, argv, "", opts) {
		if (c != 'f')
			return fh_cli_bad_option(cli, argv);
		file = optarg;
	}
	verb = optind < argc ? argv[optind++] : "";
	if (!strcmp(verb, "set"))
		return config_set(cli, argc - optind, argv + optind, file);
	get = !strcmp(verb, "get");
	if (file || (!get && strcmp(verb, "list")) || argc - optind != get)
		return fh_cli_usage(cli, _("config needs list, get KEY, set KEY VALUE or set --file FILE"));
	if (get && !fh_cli_open_db(cli, 0, &db, &err) && !fh_config_get(db, argv[optind], &value, &err)) {
		printf("%s\n", value);
		status = 0;
	} else if (!get && (out = fh_cli_out(cli, &err)) && !fh_cli_open_db(cli, 0, &db, &err) &&
		   !fh_config_list(db, out, &err) && !fh_cli_finish_out(out, &err)) {
		status = 0;
	}
	free(value);
	fh_out_free(out);
	fh_db_close(db);
	return status ? fh_cli_fail(cli, &err) : 0;
}

/* fh sync export: the station's changes since its last export, for its bureau. */
static int cmd_sync(struct fh_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ "with-personal-data", no_argument, NULL, 'P' },
		{ "with-photos", no_argument, NULL, 'H' },
		{ "full", no_argument, NULL, 'U' },
		{ "again", no_argument, NULL, 'A' },
		{ NULL, 0, NULL, 0 },
	};
	struct fh_error err = { 0 };
	struct fh_sync_result res = { 0 };
	struct fh_db *db = NULL;
	const char *file = NULL;
	unsigned flags = 0;
	int c, again = 0, rc;

	if (fh_cli_help(cli, &commands[9]) >= 0)
		return 0;
	FOR_OPTIONS(c, argc, argv, "o:", opts) {
		switch (c) {
		case 'o': file = optarg; break;
		case 'P': flags |= FH_SYNC_PERSONAL; break;
		case 'H': flags |= FH_SYNC_PHOTOS; break;
		case 'U': flags |= FH_SYNC_FULL; break;
		case 'A': again = 1; break;
		default: return fh_cli_bad_option(cli, argv);
		}
	}
	if (argc - optind != 1 || strcmp(argv[optind], "export") || !file)
		return fh_cli_usage(cli, _("sync needs: export -o FILE"));
	if (again && flags)
		return fh_cli_usage(cli, _("--again writes the last export as it was: it takes no other option"));
	if (fh_cli_open_db(cli, 0, &db, &err))
		return fh_cli_fail(cli, &err);
	rc = again ? fh_sync_export_again(db, file, &res, &err) : fh_sync_export(db, file, flags, &res, &err);
	fh_db_close(db);
	if (rc)
		return fh_cli_fail(cli, &err);
	printf("%lld\n", res.sequence);
	return fh_cli_close_stdout(cli, 0);
}

/* fh bureau init FILE, fh bureau apply FILE...: the bureau's file and its stations' changesets. */
static int cmd_bureau(struct fh_cli *cli, int argc, char **argv)
{
	struct fh_error err = { 0 };
	const char *verb = argc > 1 ? argv[1] : "", *bureau;

	if (fh_cli_help(cli, &commands[10]) >= 0)
		return 0;
	if (!strcmp(verb, "init")) {
		if (argc != 3)
			return fh_cli_usage(cli, _("bureau init needs one FILE"));
		return fh_bureau_init(argv[2], &err) ? fh_cli_fail(cli, &err) : 0;
	}
	if (strcmp(verb, "apply") || argc < 3)
		return fh_cli_usage(cli, _("bureau needs init FILE or apply FILE ..."));
	if (cli->ndbs > 1)
		return fh_cli_usage(cli, _("bureau apply feeds one bureau's file: give one --db"));
	bureau = fh_db_default_path(cli->ndbs ? cli->dbs[0] : NULL);
	/* Each file all or nothing, in the order given; the first refused stops the rest. */
	for (int i = 2; i < argc; i++) {
		enum fh_bureau_applied what;
		char *station = NULL;
		long long seq = 0;

		if (fh_bureau_apply(bureau, argv[i], &what, &station, &seq, &err)) {
			free(station);
			return fh_cli_fail(cli, &err);
		}
		if (what == FH_BUREAU_ALREADY)
			fprintf(stderr, _("%s: '%s' (station '%s', file %lld) was applied before: nothing changed\n"),
				cli->prog, argv[i], station, seq);
		free(station);
	}
	return 0;
}

/*
 * fh --complete WORD...: fh's own words, or, from a tool's name on
 * ("fh group member <TAB>"), what that tool's --complete offers.
 */
static int complete(int argc, char **argv)
{
	static const char *const tools[] = { "group", "report", "activity", "meeting", "stats", NULL };
	struct fh_cli cli = { .prog = "fh" };

	for (int i = 2; i < argc - 1; i++) {
		if (argv[i][0] == '-') {
			i += !strcmp(argv[i], "--db") || !strcmp(argv[i], "-f") || !strcmp(argv[i], "--as");
			continue;
		}
		for (const char *const *t = tools; *t; t++)
			if (!strcmp(*t, argv[i]))
				return run_tool(&cli, argv[i], argc, argv, i);
		break;
	}
	return fh_cli_complete("fh", commands, tools, argc - 2, argv + 2);
}

int main(int argc, char **argv)
{
	struct fh_cli cli;
	struct fh_error err = { 0 };
	int status;

	if (argc > 1 && !strcmp(argv[1], "--complete"))
		return complete(argc, argv);
	if (fh_cli_parse(&cli, "fh", argc, argv, &err)) {
		status = fh_cli_fail(&cli, &err);
		fh_cli_release(&cli);
		return status;
	}
	if (cli.argc > 1 && strcmp(cli.argv[1], "help")) {
		int known = 0;

		for (int i = 0; commands[i].name; i++)
			known |= !strcmp(commands[i].name, cli.argv[1]);
		if (!known) {
			/* Find the tool's word in the original argv, to pass the rest as given. */
			int at = 1;

			while (at < argc && argv[at] != cli.argv[1])
				at++;
			status = run_tool(&cli, cli.argv[1], argc, argv, at);
			fh_cli_release(&cli);
			return status;
		}
	}
	status = fh_cli_dispatch(&cli, commands, tool_help);
	fh_cli_release(&cli);
	return status;
}
