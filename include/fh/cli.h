/*
 * The command-line front shared by every tool: the common options of
 * SPEC.md, subcommand dispatch, opening the database with the actor set,
 * the output writer with the right default format, and reporting errors.
 *
 * This is the one library module that writes to stderr and stdout: it does
 * so on behalf of cmd/, which still chooses the exit status.
 */
#ifndef FH_CLI_H
#define FH_CLI_H

#include <stdbool.h>

#include "fh/db.h"
#include "fh/error.h"
#include "fh/out.h"
#include "fh/show.h"

#define FH_VERSION "0.1.0"

struct fh_cli {
	const char *prog;        /* "fh-report", for messages */
	const char **dbs;        /* every --db given, in order (owned array) */
	int ndbs;
	enum fh_format format;   /* -f, or the default for stdout */
	const char *format_name; /* -f as given (NULL if not): tools with formats of
				    their own (an agenda's md) read it */
	bool format_bad;         /* -f named none of table, tsv, csv, json */
	bool no_header;
	bool reveal;
	bool help;
	bool version;
	const char *actor;       /* --as, $FH_USER or the login name */
	char *command;           /* the command line for the audit trail, owned */
	int argc;                /* what is left after the common options */
	char **argv;             /* argv[0] is prog; owned array, borrowed strings */
	char **lists;            /* the comma lists fh_cli_list joined, owned */
	int nlists;
};

/* One subcommand of a tool. */
struct fh_command {
	const char *name;
	/* Runs it with argv[0] the subcommand's name; returns an exit status. */
	int (*run)(struct fh_cli *cli, int argc, char **argv);
	const char *usage;       /* synopsis lines after "usage: ", as in the man page */
};

/*
 * The tools' long options that take a value (getopt_long's
 * required_argument in cmd/), NULL-ended: made at build time from cmd/'s
 * option tables by tools/value-options.sh.  What follows one of them is
 * its value even when it begins with '-', as getopt_long reads it:
 * "--where -fast" is not "-f ast".
 */
extern const char *const fh_cli_value_options[];

/*
 * Takes the common options out of argv wherever they stand (before or
 * after the subcommand; "--" ends options) and fills cli.  Returns 0, or
 * -1 with a usage error.  cli is released with fh_cli_release.
 */
int fh_cli_parse(struct fh_cli *cli, const char *prog, int argc, char **argv,
		 struct fh_error *err);

/* Frees what fh_cli_parse allocated. */
void fh_cli_release(struct fh_cli *cli);

/*
 * Runs the subcommand named by cli->argv[1] from cmds (ended by a NULL
 * name), after handling --help and --version for the tool and for each
 * subcommand.  tool_help is printed for the tool's --help.  Returns the
 * exit status.
 */
int fh_cli_dispatch(struct fh_cli *cli, const struct fh_command *cmds,
		    const char *tool_help);

/*
 * The body of a tool's main(): fh_cli_parse (a usage error is printed),
 * fh_cli_dispatch over cmds, fh_cli_release.  Returns the exit status.
 */
int fh_cli_main(const char *prog, int argc, char **argv, const struct fh_command *cmds,
		const char *tool_help);

/*
 * The hidden completion mode, "TOOL --complete WORD... CURRENT" (what
 * completion/fh.bash asks): prints on stdout, one a line, the words that
 * may replace CURRENT, the last of argv: cmds' names and more (NULL-ended,
 * may be NULL) first, then sub-verbs, options and arguments as the usage
 * lines name them, option values from fh/codes.h, the database's codes
 * and fh_cli_complete_hook; "@files" asks for file names.  Returns 0.
 */
int fh_cli_complete(const char *prog, const struct fh_command *cmds,
		    const char *const *more, int argc, char **argv);

/*
 * A tool's own option values for completion (fh-stats: the keys of
 * --by): the NULL-ended values of option opt (as typed) of subcommand
 * cmd, or NULL to leave opt to fh_cli_complete.  NULL: none.
 */
extern const char *const *(*fh_cli_complete_hook)(const char *cmd, const char *opt);

/*
 * Prints "prog: message" for err on stderr and returns its exit status
 * (1 or 2).
 */
int fh_cli_fail(const struct fh_cli *cli, const struct fh_error *err);

/* Prints "prog: message" on stderr and returns 2 (wrong usage). */
int fh_cli_usage(const struct fh_cli *cli, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/*
 * Reports the option getopt_long rejected ('?' or ':'), for argv as
 * parsed.  Returns 2.
 */
int fh_cli_bad_option(const struct fh_cli *cli, char **argv);

/*
 * Prints the usage of one subcommand to stdout and returns 0 when --help
 * was given; returns -1 otherwise, so a subcommand starts with
 * "if (fh_cli_help(cli, cmd) >= 0) return 0;".
 */
int fh_cli_help(const struct fh_cli *cli, const struct fh_command *cmd);

/*
 * Opens the one database (the single --db, $FH_DB or ./fh.db) with flags
 * and the actor and command line set for the audit trail.  Its commits
 * first flush stdout and roll back when that fails.  Returns 0 or -1
 * (err set).
 */
int fh_cli_open_db(struct fh_cli *cli, unsigned flags, struct fh_db **db,
		   struct fh_error *err);

/*
 * A new output writer onto stdout with the options given.  Returns NULL
 * with err set when -f named no table format, or memory ran out.
 */
struct fh_out *fh_cli_out(const struct fh_cli *cli, struct fh_error *err);

/*
 * Fills show from the options given (-f, --no-header, --reveal) for
 * stdout.  Returns 0, or -1 with err set when -f named no table format.
 */
int fh_cli_show_settings(const struct fh_cli *cli, struct fh_show *show, struct fh_error *err);

/* What fh_cli_show_id shows: one record by its id. */
typedef int fh_cli_show_fn(struct fh_db *db, sqlite3_int64 id, const struct fh_show *show,
			   struct fh_error *err);

/*
 * Runs a "show ID" command: argv holds the command and the one ID (else
 * usage is the usage error), then show writes the record onto stdout.
 * Returns the exit status.
 */
int fh_cli_show_id(struct fh_cli *cli, int argc, char **argv, const char *usage,
		   fh_cli_show_fn *show);

/* What fh_cli_run_list lists, with ctx (the command's filter). */
typedef int fh_cli_run_list_fn(struct fh_db *db, const void *ctx, struct fh_out *out,
			       struct fh_error *err);

/*
 * Runs a listing once its options are read: a writer onto stdout, the
 * database, list, and the finished output.  Returns the exit status.
 */
int fh_cli_run_list(struct fh_cli *cli, fh_cli_run_list_fn *list, const void *ctx);

/*
 * What fh_cli_change runs in its transaction, with ctx (the command's
 * values); it sets *changed to 0 when it changed nothing.
 */
typedef int fh_cli_change_fn(struct fh_db *db, void *ctx, int *changed, struct fh_error *err);

/*
 * Runs a change in one transaction: the database, BEGIN IMMEDIATE,
 * change, then the commit, or a rollback when nothing changed (so that
 * the audit trail has no empty entry).  Returns the exit status.
 */
int fh_cli_change(struct fh_cli *cli, fh_cli_change_fn *change, void *ctx);

/*
 * Reads the arguments of a cancel, "ID --reason TEXT" in any order, into
 * *id and *reason.  Returns 0, or the exit status of a bad command line
 * (after its message).
 */
int fh_cli_id_reason(struct fh_cli *cli, int argc, char **argv, sqlite3_int64 *id,
		     const char **reason);

/*
 * Parses a row number given on the command line (an activity, a meeting,
 * an action) into *id, named what in the usage error.  Returns 0 or -1.
 */
int fh_cli_id(const char *s, const char *what, sqlite3_int64 *id, struct fh_error *err);

/*
 * Finishes out (fh_out_finish) and turns a failed write into err
 * ("cannot write output: ...").  Returns 0 or -1.
 */
int fh_cli_finish_out(struct fh_out *out, struct fh_error *err);

/*
 * Flushes and closes stdout, so that a full disk or closed pipe is not
 * reported as success.  Returns status, or 1 if writing failed.
 */
int fh_cli_close_stdout(const struct fh_cli *cli, int status);

/*
 * Makes db print *id (borrowed; filled in before the commit) on stdout and
 * flush it just before it commits, so that a failed write undoes the
 * change and the exit status follows the commit.
 */
void fh_cli_print_id_on_commit(struct fh_db *db, const sqlite3_int64 *id);

/*
 * For output that can only be written after a commit: flushes and closes
 * stdout and returns 0; if that fails, says on stderr that the change
 * (what, a printf format: "report 5") was saved and returns
 * FH_SAVED_OUTPUT_FAILED, so that a script does not retry blindly.
 */
int fh_cli_saved(const struct fh_cli *cli, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/*
 * Shows how a long write goes, on stderr and only when stderr is a
 * terminal: "fh-report: read 37%, 12 s" while fp (borrowed; NULL when
 * there is no input file) is read, redrawn at most a few times a second
 * from SQLite's progress handler on db, from the first second on
 * ($FH_PROGRESS_DELAY seconds; 0 redraws at every call, for tests).
 * fh_cli_progress_end clears the line.  Scripts and cron, whose stderr is
 * no terminal, see nothing.
 */
void fh_cli_progress_begin(const struct fh_cli *cli, struct fh_db *db, FILE *fp);

/* Stops the progress display of fh_cli_progress_begin and clears its line. */
void fh_cli_progress_end(struct fh_db *db);

/*
 * Reads an import's input fp (named name) within the station's limits
 * (line_max_bytes, import_max_bytes) before the write transaction: see
 * fh_file_spool, whose result (fp itself, or a temporary copy the caller
 * closes) it returns.  NULL with err set on failure.
 */
FILE *fh_cli_spool(struct fh_db *db, FILE *fp, const char *name, struct fh_error *err);

/*
 * Adds value to a filter option's comma list *list (fh(1): a filter given
 * twice or as a comma list matches any of its values): *list becomes value
 * when NULL, else "LIST,value", owned by cli until fh_cli_release.
 * Returns 0, or -1 with err set when out of memory.
 */
int fh_cli_list(struct fh_cli *cli, const char **list, const char *value,
		struct fh_error *err);

/*
 * Parses a whole decimal number in [min, max] for option opt.  Returns 0,
 * or -1 with a usage error naming the option and value.
 */
int fh_cli_number(const char *s, long long min, long long max, const char *opt,
		  long long *out, struct fh_error *err);

#endif
