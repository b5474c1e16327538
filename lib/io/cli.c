#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <pwd.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/stat.h>
#include <time.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fh/audit.h"
#include "fh/cli.h"
#include "fh/codes.h"
#include "fh/config.h"
#include "fh/file.h"
#include "fh/lookup.h"
#include "fh/text.h"
#include "fh/mask.h"
#include "fh/i18n.h"

/* Whether stdout was closed, and whether its failure has been said already. */
static bool stdout_closed, stdout_failure_said;

static int flush_before_commit(void *ctx, struct fh_error *err);

/* Matches "--name", "--name=value" or (for short) "-xVALUE"; sets *value. */
static int match_option(char **argv, int *i, const char *lng, char shrt,
			bool takes_value, const char **value, struct fh_error *err)
{
	const char *a = argv[*i];
	size_t n = strlen(lng);

	if (a[0] == '-' && a[1] == '-' && !strncmp(a + 2, lng, n) &&
	    (a[2 + n] == '\0' || (takes_value && a[2 + n] == '='))) {
		if (!takes_value)
			return 1;
		if (a[2 + n] == '=') {
			*value = a + 3 + n;
			return 1;
		}
	} else if (shrt && a[0] == '-' && a[1] == shrt) {
		if (a[2]) {
			*value = a + 2;
			return 1;
		}
	} else {
		return 0;
	}
	if (!argv[*i + 1]) {
		fh_error_usage(err, _("option '%s' needs a value"), a);
		return -1;
	}
	*value = argv[++*i];
	return 1;
}

/* Whether a is "--NAME" (no "=VALUE") for a NAME of fh_cli_value_options. */
static bool takes_next_value(const char *a)
{
	if (a[0] != '-' || a[1] != '-' || strchr(a, '='))
		return false;
	for (const char *const *o = fh_cli_value_options; *o; o++)
		if (!strcmp(a + 2, *o))
			return true;
	return false;
}

/* The login name, for the audit trail when neither --as nor $FH_USER says. */
static const char *login_name(void)
{
	const char *env = getenv("FH_USER");
	struct passwd *pw;

	if (env && *env)
		return env;
	pw = getpwuid(geteuid());
	if (pw && pw->pw_name)
		return pw->pw_name;
	env = getenv("LOGNAME");
	return env && *env ? env : "unknown";
}

/*
 * Whether s holds a control character no argument needs: any C0 but tab
 * and newline (which a report's text may hold), DEL, or a C1 control.
 */
static bool has_terminal_control(const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if ((*p < 0x20 && *p != '\t' && *p != '\n') || *p == 0x7f ||
		    (*p == 0xc2 && p[1] >= 0x80 && p[1] < 0xa0))
			return true;
	return false;
}

int fh_cli_parse(struct fh_cli *cli, const char *prog, int argc, char **argv,
		 struct fh_error *err)
{
	bool options_done = false;

	memset(cli, 0, sizeof(*cli));
	fh_i18n_init();
	cli->prog = prog;
	cli->format = isatty(STDOUT_FILENO) ? FH_FORMAT_TABLE : FH_FORMAT_TSV;
	cli->argv = calloc((size_t)argc + 1, sizeof(*cli->argv));
	cli->dbs = calloc((size_t)argc + 1, sizeof(*cli->dbs));
	cli->command = fh_audit_command(prog, argc, argv);
	if (!cli->argv || !cli->dbs || !cli->command)
		return fh_error_set(err, _("out of memory"));
	cli->argv[cli->argc++] = argv[0];

	/* ESC, BEL, BS... in an argument could only reach a terminal later. */
	for (int i = 1; i < argc; i++)
		if (has_terminal_control(argv[i]))
			return fh_error_usage(err, _("argument %d contains a control character"), i);
	for (int i = 1; i < argc; i++) {
		const char *value = NULL;
		int m;

		if (options_done || argv[i][0] != '-' || !argv[i][1]) {
			cli->argv[cli->argc++] = argv[i];
			continue;
		}
		if (!strcmp(argv[i], "--")) {
			options_done = true;
			cli->argv[cli->argc++] = argv[i];
			continue;
		}
		if (takes_next_value(argv[i]) && argv[i + 1]) {
			cli->argv[cli->argc++] = argv[i++];
			cli->argv[cli->argc++] = argv[i];
		} else if ((m = match_option(argv, &i, "db", 0, true, &value, err)) != 0) {
			if (m < 0)
				return -1;
			if (!*value)
				return fh_error_usage(err, _("option '--db' needs a file name"));
			cli->dbs[cli->ndbs++] = value;
		} else if ((m = match_option(argv, &i, "format", 'f', true, &value, err)) != 0) {
			if (m < 0)
				return -1;
			cli->format_name = value;
			cli->format_bad = fh_format_parse(value, &cli->format, NULL) != 0;
		} else if ((m = match_option(argv, &i, "as", 0, true, &value, err)) != 0) {
			if (m < 0)
				return -1;
			if (!*value)
				return fh_error_usage(err, _("option '--as' needs a name"));
			if (strchr(value, '\n') || strchr(value, '\t'))
				return fh_error_usage(err, _("option '--as' needs a name on one line"));
			cli->actor = value;
		} else if (!strcmp(argv[i], "--no-header")) {
			cli->no_header = true;
		} else if (!strcmp(argv[i], "--reveal")) {
			cli->reveal = true;
		} else if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			cli->help = true;
		} else if (!strcmp(argv[i], "--version")) {
			cli->version = true;
		} else {
			cli->argv[cli->argc++] = argv[i];
		}
	}
	cli->argv[cli->argc] = NULL;
	if (!cli->actor)
		cli->actor = login_name();
	fh_mask_set_reveal(cli->reveal);
	return 0;
}

void fh_cli_release(struct fh_cli *cli)
{
	for (int i = 0; i < cli->nlists; i++)
		free(cli->lists[i]);
	free(cli->lists);
	free(cli->argv);
	free(cli->dbs);
	free(cli->command);
	memset(cli, 0, sizeof(*cli));
}

int fh_cli_fail(const struct fh_cli *cli, const struct fh_error *err)
{
	char masked[sizeof(err->msg)];

	/* A message may quote a value, and the value may be personal. */
	fprintf(stderr, "%s: %s\n", cli->prog,
		cli->reveal ? err->msg : fh_mask_text(err->msg, masked, sizeof(masked)));
	return err->status == FH_USAGE ? FH_USAGE : FH_FAIL;
}

int fh_cli_usage(const struct fh_cli *cli, const char *fmt, ...)
{
	struct fh_error err;
	char msg[sizeof(err.msg)];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	/* Through fh_error, which escapes the control characters an argument may hold. */
	fh_error_usage(&err, "%s", msg);
	fprintf(stderr, "%s: %s", cli->prog, err.msg);
	fprintf(stderr, _(" (see '%s --help')\n"), cli->prog);
	return FH_USAGE;
}


int fh_cli_bad_option(const struct fh_cli *cli, char **argv)
{
	const char *arg = argv[optind - 1];

	if (arg && arg[0] == '-' && arg[1] == '-' && arg[2]) {
		char name[128];
		bool has_value = strchr(arg, '=') != NULL;

		/* Named as typed: the letter getopt keeps for it is private to the tool. */
		snprintf(name, sizeof(name), "%.*s", (int)strcspn(arg, "="), arg);
		if (!optopt)
			return fh_cli_usage(cli, _("unknown option '%s'"), name);
		if (has_value)
			return fh_cli_usage(cli, _("option '%s' takes no value"), name);
		return fh_cli_usage(cli, _("option '%s' needs a value"), name);
	}
	if (optopt && (!arg || arg[0] != '-' || !strchr(arg, optopt)))
		arg = NULL;
	if (optopt)
		return fh_cli_usage(cli, _("unknown option or missing value for '-%c'"), optopt);
	return fh_cli_usage(cli, _("unknown option '%s'"), arg ? arg : "?");
}

/* Help lines are kept within this many terminal columns. */
#define HELP_WIDTH 80

/*
 * Prints one synopsis line after its lead ("usage:" or blanks) and the
 * program's name, wrapped at the blanks between options (never inside
 * brackets) so that no line is wider than HELP_WIDTH; continuation lines
 * line up under the subcommand's first argument.
 */
static void print_usage_line(FILE *fp, const char *lead, const char *prog,
			     const char *line, size_t n)
{
	size_t col = fh_display_width(lead) + 1 + strlen(prog);
	size_t indent, i = 0;
	bool first = true;

	fprintf(fp, "%s %s", lead, prog);
	indent = col + 1 + strcspn(line, " \n");
	if (indent > HELP_WIDTH / 2)
		indent = col + 1;
	while (i < n) {
		size_t start = i, width;
		int depth = 0;

		/* A token runs to the next blank outside brackets. */
		for (; i < n && (depth > 0 || line[i] != ' '); i++) {
			if (line[i] == '[' || line[i] == '(')
				depth++;
			else if ((line[i] == ']' || line[i] == ')') && depth > 0)
				depth--;
		}
		width = fh_display_width_n(line + start, i - start);
		if (!first && col + 1 + width > HELP_WIDTH) {
			fprintf(fp, "\n%*s", (int)indent, "");
			col = indent;
		} else {
			putc(' ', fp);
			col++;
		}
		fwrite(line + start, 1, i - start, fp);
		col += width;
		first = false;
		while (i < n && line[i] == ' ')
			i++;
	}
	putc('\n', fp);
}

static void print_usage_lines(FILE *fp, const char *prog, const char *usage, bool first)
{
	const char *line = usage;

	while (*line) {
		size_t n = strcspn(line, "\n");

		print_usage_line(fp, first ? _("usage:") : "      ", prog, line, n);
		first = false;
		line += n + (line[n] == '\n');
	}
}

int fh_cli_help(const struct fh_cli *cli, const struct fh_command *cmd)
{
	if (!cli->help)
		return -1;
	print_usage_lines(stdout, cli->prog, cmd->usage, true);
	printf(_("\nCommon options: --db PATH, -f FORMAT, --no-header, --reveal, --as NAME.\n"
		 "See %s(1).\n"), cli->prog);
	return 0;
}

int fh_cli_dispatch(struct fh_cli *cli, const struct fh_command *cmds,
		    const char *tool_help)
{
	const char *name = cli->argc > 1 ? cli->argv[1] : NULL;

	if (cli->version) {
		printf("%s (fh) %s\n", cli->prog, FH_VERSION);
		return fh_cli_close_stdout(cli, 0);
	}
	if (!name || !strcmp(name, "help")) {
		if (!cli->help && !name)
			return fh_cli_usage(cli, _("missing command"));
		for (int i = 0; cmds[i].name; i++)
			print_usage_lines(stdout, cli->prog, cmds[i].usage, i == 0);
		fputs(_(tool_help), stdout);
		return fh_cli_close_stdout(cli, 0);
	}
	for (int i = 0; cmds[i].name; i++) {
		if (!strcmp(cmds[i].name, name)) {
			optind = 0;
			opterr = 0;
			return fh_cli_close_stdout(cli, cmds[i].run(cli, cli->argc - 1, cli->argv + 1));
		}
	}
	return fh_cli_usage(cli, _("unknown command '%s'"), name);
}

int fh_cli_open_db(struct fh_cli *cli, unsigned flags, struct fh_db **db,
		   struct fh_error *err)
{
	if (cli->ndbs > 1)
		return fh_error_usage(err, _("only one --db is allowed here"));
	if (fh_db_open(db, fh_db_default_path(cli->ndbs ? cli->dbs[0] : NULL), flags, err))
		return -1;
	/* Output printed before a commit must reach stdout, or the change is undone. */
	(*db)->before_commit = flush_before_commit;
	if (fh_db_set_actor(*db, cli->actor, cli->command)) {
		fh_db_close(*db);
		*db = NULL;
		return fh_error_set(err, _("out of memory"));
	}
	return 0;
}

struct fh_out *fh_cli_out(const struct fh_cli *cli, struct fh_error *err)
{
	struct fh_out *out;

	if (cli->format_bad) {
		fh_format_parse(cli->format_name, NULL, err);
		return NULL;
	}
	out = fh_out_new(stdout, cli->format,
			 (cli->no_header ? FH_OUT_NO_HEADER : 0) |
			 (cli->reveal ? FH_OUT_REVEAL : 0));
	if (!out)
		fh_error_set(err, _("out of memory"));
	return out;
}

int fh_cli_show_settings(const struct fh_cli *cli, struct fh_show *show, struct fh_error *err)
{
	if (cli->format_bad)
		return fh_format_parse(cli->format_name, NULL, err);
	show->fp = stdout;
	show->format = cli->format;
	show->flags = (cli->no_header ? FH_OUT_NO_HEADER : 0) | (cli->reveal ? FH_OUT_REVEAL : 0);
	return 0;
}

int fh_cli_show_id(struct fh_cli *cli, int argc, char **argv, const char *usage,
		   fh_cli_show_fn *show)
{
	struct fh_error err = { 0 };
	struct fh_show settings;
	struct fh_db *db = NULL;
	sqlite3_int64 id;
	int rc;

	if (argc != 2)
		return fh_cli_usage(cli, "%s", usage);
	if (fh_cli_id(argv[1], "ID", &id, &err) || fh_cli_show_settings(cli, &settings, &err) ||
	    fh_cli_open_db(cli, 0, &db, &err))
		return fh_db_close(db), fh_cli_fail(cli, &err);
	rc = show(db, id, &settings, &err);
	fh_db_close(db);
	return rc ? fh_cli_fail(cli, &err) : 0;
}

int fh_cli_run_list(struct fh_cli *cli, fh_cli_run_list_fn *list, const void *ctx)
{
	struct fh_error err = { 0 };
	struct fh_db *db = NULL;
	struct fh_out *out = NULL;
	int status = 1;

	if ((out = fh_cli_out(cli, &err)) && !fh_cli_open_db(cli, 0, &db, &err) &&
	    !list(db, ctx, out, &err) && !fh_cli_finish_out(out, &err))
		status = 0;
	fh_out_free(out);
	fh_db_close(db);
	return status ? fh_cli_fail(cli, &err) : 0;
}

int fh_cli_change(struct fh_cli *cli, fh_cli_change_fn *change, void *ctx)
{
	struct fh_error err = { 0 };
	struct fh_db *db = NULL;
	int status = 1, changed = 1;

	if (!fh_cli_open_db(cli, 0, &db, &err) && !fh_db_begin(db, &err) &&
	    !change(db, ctx, &changed, &err)) {
		if (!changed)
			fh_db_rollback(db);
		if (!changed || !fh_db_commit(db, &err))
			status = 0;
	}
	fh_db_close(db);
	return status ? fh_cli_fail(cli, &err) : 0;
}

int fh_cli_id_reason(struct fh_cli *cli, int argc, char **argv, sqlite3_int64 *id,
		     const char **reason)
{
	static const struct option opts[] = {
		{ "reason", required_argument, NULL, 'r' },
		{ NULL, 0, NULL, 0 },
	};
	struct fh_error err = { 0 };
	int c;

	*reason = NULL;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		if (c != 'r')
			return fh_cli_bad_option(cli, argv);
		*reason = optarg;
	}
	if (argc - optind != 1)
		return fh_cli_usage(cli, _("cancel needs one ID"));
	if (!*reason)
		return fh_cli_usage(cli, _("cancel needs --reason"));
	if (fh_cli_id(argv[optind], "ID", id, &err))
		return fh_cli_fail(cli, &err);
	return 0;
}

int fh_cli_id(const char *s, const char *what, sqlite3_int64 *id, struct fh_error *err)
{
	long long v = 0;

	if (fh_cli_number(s, 1, INT64_MAX, what, &v, err))
		return -1;
	*id = v;
	return 0;
}

int fh_cli_finish_out(struct fh_out *out, struct fh_error *err)
{
	if (fh_out_finish(out)) {
		/* The command says it; closing stdout later must not say it again. */
		stdout_failure_said = true;
		return fh_error_set(err, _("cannot write output: %s"), strerror(errno));
	}
	return 0;
}

/* Flushes and closes stdout once; returns 0, or -1 with errno set. */
static int close_stdout(void)
{
	int failed;

	if (stdout_closed)
		return 0;
	stdout_closed = true;
	errno = 0;
	failed = fflush(stdout) || ferror(stdout);
	if (fclose(stdout))
		failed = 1;
	if (failed && !errno)
		errno = EIO;
	return failed ? -1 : 0;
}

int fh_cli_close_stdout(const struct fh_cli *cli, int status)
{
	if (stdout_closed)
		return status;
	if (close_stdout()) {
		if (errno != EPIPE && !stdout_failure_said)
			fprintf(stderr, _("%s: cannot write output: %s\n"), cli->prog, strerror(errno));
		return status ? status : FH_FAIL;
	}
	return status;
}

/* The default check before a commit: what was printed so far reached stdout. */
static int flush_before_commit(void *ctx, struct fh_error *err)
{
	(void)ctx;
	errno = 0;
	if (fflush(stdout) || ferror(stdout)) {
		stdout_failure_said = true;
		return fh_error_set(err, _("cannot write output: %s; nothing was changed"),
				    strerror(errno ? errno : EIO));
	}
	return 0;
}

/* Prints the new row's id (ctx) and flushes it, just before the commit. */
static int print_id_before_commit(void *ctx, struct fh_error *err)
{
	printf("%lld\n", (long long)*(const sqlite3_int64 *)ctx);
	return flush_before_commit(NULL, err);
}

void fh_cli_print_id_on_commit(struct fh_db *db, const sqlite3_int64 *id)
{
	db->before_commit = print_id_before_commit;
	db->before_commit_ctx = (void *)id;
}

int fh_cli_saved(const struct fh_cli *cli, const char *fmt, ...)
{
	char what[256];
	va_list ap;

	if (!close_stdout())
		return 0;
	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	fprintf(stderr, _("%s: the change was saved (%s), but its output could not be written: %s\n"),
		cli->prog, what, strerror(errno));
	return FH_SAVED_OUTPUT_FAILED;
}

int fh_cli_list(struct fh_cli *cli, const char **list, const char *value,
		struct fh_error *err)
{
	char **grown, *joined;

	if (!*list) {
		*list = value;
		return 0;
	}
	grown = realloc(cli->lists, ((size_t)cli->nlists + 1) * sizeof(*grown));
	if (!grown)
		return fh_error_set(err, _("out of memory"));
	cli->lists = grown;
	if (asprintf(&joined, "%s,%s", *list, value) < 0)
		return fh_error_set(err, _("out of memory"));
	*list = cli->lists[cli->nlists++] = joined;
	return 0;
}

int fh_cli_number(const char *s, long long min, long long max, const char *opt,
		  long long *out, struct fh_error *err)
{
	long long v;

	/* Strict: " 5", "+5" and "0x5" are typing slips, not numbers. */
	if (fh_text_whole(s, min, max, &v))
		return fh_error_set(err, _("invalid value '%s' for %s (a whole number from %lld to %lld)"),
				      s, opt, min, max);
	*out = v;
	return 0;
}

/* The one progress display of the process (see fh_cli_progress_begin). */
static struct {
	const char *prog;
	FILE *fp;
	long long size;        /* the input's size, or 0 when unknown */
	struct timespec start;
	double delay;          /* seconds before the first line ($FH_PROGRESS_DELAY, default 1) */
	double last;           /* seconds since start of the last redraw */
	int shown;
} progress;

static double seconds_since(const struct timespec *t0)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - t0->tv_sec) + (now.tv_nsec - t0->tv_nsec) / 1e9;
}

/* SQLite calls this every so many steps of a statement; it never interrupts. */
static int draw_progress(void *ctx)
{
	double t = seconds_since(&progress.start);
	long pos;

	(void)ctx;
	/* Quick commands show nothing; slow ones redraw four times a second. */
	if (t < progress.delay || (progress.delay > 0 && t - progress.last < 0.25))
		return 0;
	progress.last = t;
	progress.shown = 1;
	pos = progress.fp ? ftell(progress.fp) : -1;
	if (pos >= 0 && progress.size > 0)
		fprintf(stderr, _("\r%s: read %d%%, %.0f s "), progress.prog,
			(int)(100.0 * (double)pos / (double)progress.size + 0.5), t);
	else
		fprintf(stderr, _("\r%s: working, %.0f s "), progress.prog, t);
	fflush(stderr);
	return 0;
}

void fh_cli_progress_begin(const struct fh_cli *cli, struct fh_db *db, FILE *fp)
{
	struct stat st;

	if (!isatty(STDERR_FILENO))
		return;
	progress.prog = cli->prog;
	progress.fp = fp;
	progress.size = fp && !fstat(fileno(fp), &st) && S_ISREG(st.st_mode) ? (long long)st.st_size : 0;
	progress.last = 0;
	progress.shown = 0;
	progress.delay = getenv("FH_PROGRESS_DELAY") ? atof(getenv("FH_PROGRESS_DELAY")) : 1.0;
	clock_gettime(CLOCK_MONOTONIC, &progress.start);
	sqlite3_progress_handler(db->sql, 200000, draw_progress, NULL);
}

void fh_cli_progress_end(struct fh_db *db)
{
	if (!progress.prog)
		return;
	if (db)
		sqlite3_progress_handler(db->sql, 0, NULL, NULL);
	if (progress.shown)
		fputs("\r\033[K", stderr);
	progress.prog = NULL;
}

FILE *fh_cli_spool(struct fh_db *db, FILE *fp, const char *name, struct fh_error *err)
{
	struct fh_limits lim;

	fh_config_limits(db, &lim);
	return fh_file_spool(fp, name, lim.line, lim.input, err);
}

/*
 * Completion: what a tool's --complete mode offers for the last of words
 * (the word being typed), read from the tools' own usage lines, the fixed
 * lists of fh/codes.h and the database's codes, so that completion/fh.bash
 * holds no list of its own.
 */
struct completion {
	const char *prog;
	const struct fh_command *cmd;   /* the subcommand typed, or NULL */
	const char *sub;                /* its sub-verb ("member add"), or NULL */
	const char *db;                 /* --db on the line, or NULL */
	const char *cur;                /* the word being typed */
	FILE *fp;
};

const char *const *(*fh_cli_complete_hook)(const char *cmd, const char *opt);

/* Offers word (n bytes) when it extends what is typed after the last comma of a list. */
static void offer(const struct completion *c, const char *word, size_t n, bool list)
{
	const char *tail = list && strrchr(c->cur, ',') ? strrchr(c->cur, ',') + 1 : c->cur;
	size_t t = strlen(tail);

	if (n >= t && !strncmp(word, tail, t))
		fprintf(c->fp, "%.*s%.*s\n", (int)(tail - c->cur), c->cur, (int)n, word);
}

/* The usage lines of c->cmd that c->sub's line is (all of them without a sub-verb). */
static bool usage_line_applies(const struct completion *c, const char *line, size_t n)
{
	size_t verb = strcspn(line, " \n");

	if (!c->sub)
		return true;
	return n > verb + strlen(c->sub) && !strncmp(line + verb + 1, c->sub, strlen(c->sub)) &&
	       (line[verb + 1 + strlen(c->sub)] == ' ' || line[verb + 1 + strlen(c->sub)] == '\n' ||
		verb + 1 + strlen(c->sub) == n);
}

/*
 * Counts (and offers, when print) the sub-verbs of c->cmd: the second
 * word of usage lines like "member add CODE".
 */
static int subverbs(const struct completion *c, bool print)
{
	int found = 0;

	for (const char *line = c->cmd->usage; *line; ) {
		size_t n = strcspn(line, "\n"), verb = strcspn(line, " \n");
		const char *w = line + verb + 1;
		size_t wn = strcspn(w, " \n");

		if (verb < n && wn && strspn(w, "abcdefghijklmnopqrstuvwxyz-") >= wn) {
			if (print)
				offer(c, w, wn, false);
			found++;
		}
		line += n + (line[n] == '\n');
	}
	return found;
}

/* Offers the options of the usage lines that apply, and the common ones. */
static void offer_options(const struct completion *c)
{
	static const char *const common[] = {
		"--db", "--format", "--no-header", "--reveal", "--as", "--help", NULL,
	};

	for (const char *const *o = common; *o; o++)
		offer(c, *o, strlen(*o), false);
	for (const char *line = c->cmd ? c->cmd->usage : ""; *line; ) {
		size_t n = strcspn(line, "\n");

		for (size_t i = 0; usage_line_applies(c, line, n) && i + 1 < n; i++)
			if (line[i] == '-' && (i == 0 || strchr(" [(|", line[i - 1])) && line[i + 1] != ' ')
				offer(c, line + i, strspn(line + i, "-abcdefghijklmnopqrstuvwxyz"), false);
		line += n + (line[n] == '\n');
	}
}

/* Offers the formats after "-f " in the usage (e.g. "-f md|text|json"), else the four tables. */
static void offer_formats(const struct completion *c)
{
	const char *p = c->cmd ? strstr(c->cmd->usage, "-f ") : NULL;

	if (!p) {
		/* The formats of fh_format_parse. */
		static const char *const tables[] = { "table", "tsv", "csv", "json", NULL };

		for (const char *const *f = tables; *f; f++)
			offer(c, *f, strlen(*f), false);
		return;
	}
	for (p += 3;; p++) {
		size_t n;

		p += strspn(p, " ");
		n = strspn(p, "abcdefghijklmnopqrstuvwxyz");
		if (!n)
			return;
		offer(c, p, n, false);
		p += n + strspn(p + n, " ");
		if (*p != '|')
			return;
	}
}

/* Offers the codes of what ("zone", ...) in the database named on the line. */
static void offer_codes(const struct completion *c, const char *what)
{
	struct fh_error err = { 0 };
	struct fh_db *db;
	const char *tail = strrchr(c->cur, ',') ? strrchr(c->cur, ',') + 1 : c->cur;
	char *buf = NULL;
	size_t len = 0;
	FILE *mem;

	/* Not read-only: closing then tidies the WAL files away, as for fh sql. */
	if (fh_db_open(&db, fh_db_default_path(c->db), 0, &err))
		return;
	if ((mem = open_memstream(&buf, &len))) {
		fh_lookup_complete(db, what, tail, mem, &err);
		fclose(mem);
		for (char *line = buf; line && *line; ) {
			size_t n = strcspn(line, "\n");

			offer(c, line, n, true);
			line += n + (line[n] == '\n');
		}
		free(buf);
	}
	fh_db_close(db);
}

/* Offers the station's officers (the setting officers, a comma list), for assign. */
static void offer_officers(const struct completion *c)
{
	struct fh_error err = { 0 };
	struct fh_db *db;
	char *list = NULL;

	if (fh_db_open(&db, fh_db_default_path(c->db), 0, &err))
		return;
	if (!fh_config_get(db, "officers", &list, &err))
		for (const char *p = list; p && *p; ) {
			size_t n = strcspn(p, ",");

			if (n)
				offer(c, p, n, false);
			p += n + (p[n] == ',');
		}
	free(list);
	fh_db_close(db);
}

static void offer_words(const struct completion *c, const char *const *words)
{
	for (; *words; words++)
		offer(c, *words, strlen(*words), true);
}

static void offer_list(const struct completion *c, enum fh_code_list list)
{
	offer_words(c, fh_codes(list));
}

/* Offers the values of option opt; returns false when it takes none known here. */
static bool offer_values(const struct completion *c, const char *opt)
{
	static const char *const files[] = {
		"--db", "--config", "--template", "--minutes", "--svg", "--photo", "--output", "-o",
		"--file", NULL,
	};
	static const char *const codes[] = { "--zone", "--group", "--team", "--category", NULL };
	const char *cmd = c->cmd ? c->cmd->name : "";
	const char *const *own;

	for (const char *const *f = files; *f; f++)
		if (!strcmp(opt, *f))
			return fputs("@files\n", c->fp), true;
	if (!strcmp(opt, "-f") || !strcmp(opt, "--format"))
		return offer_formats(c), true;
	for (const char *const *k = codes; *k; k++)
		if (!strcmp(opt, *k))
			return offer_codes(c, *k + 2), true;
	if (fh_cli_complete_hook && (own = fh_cli_complete_hook(cmd, opt)))
		return offer_words(c, own), true;
	if (!strcmp(opt, "--officer"))
		return offer_officers(c), true;
	if (!strcmp(opt, "--by") || !strcmp(opt, "--owner"))
		return offer_codes(c, "member"), true;
	if (!strcmp(opt, "--status"))
		return offer_list(c, FH_CODES_STATUS), true;
	if (!strcmp(opt, "--family"))
		return offer_list(c, FH_CODES_FAMILY), true;
	if (!strcmp(opt, "--severity"))
		return offer_list(c, FH_CODES_SEVERITY), true;
	if (!strcmp(opt, "--via"))
		return offer_list(c, FH_CODES_CHANNEL), true;
	if (!strcmp(opt, "--topic"))
		return offer_list(c, FH_CODES_TOPIC), true;
	if (!strcmp(opt, "--kind"))
		return offer_list(c, !strcmp(c->prog, "fh-activity") ? FH_CODES_ACTIVITY_KIND
				  : !strcmp(cmd, "team") ? FH_CODES_TEAM_KIND
				  : !strcmp(c->prog, "fh-meeting") ? FH_CODES_MEETING_KIND
				  : FH_CODES_MEMBER_KIND), true;
	return false;
}

/* Offers the codes or files an argument's name in the usage stands for. */
static void offer_named(const struct completion *c, const char *name, size_t len)
{
	if (len >= 4 && !strncmp(name, "FILE", 4))
		fputs("@files\n", c->fp);
	else if (len == 6 && !strncmp(name, "MEMBER", 6))
		offer_codes(c, "member");
	else if (len == 5 && !strncmp(name, "GROUP", 5))
		offer_codes(c, "group");
	else if (len == 4 && !strncmp(name, "TEAM", 4))
		offer_codes(c, "team");
	else if (len == 7 && !strncmp(name, "OFFICER", 7))
		offer_officers(c);
	else if (len == 4 && !strncmp(name, "CODE", 4) && c->sub && strcmp(c->sub, "add"))
		offer_codes(c, strcmp(c->cmd->name, "team") ? "member" : "team");
}

/*
 * Offers what the usage's argument number pos (after the subcommand and
 * its sub-verb) names; after "NAME ...", an argument may be another NAME
 * or the one that follows.
 */
static void offer_argument(const struct completion *c, int pos)
{
	const char *line = c->cmd->usage, *p, *names[16];
	size_t lens[16], len;
	int n = 0, depth = 0;

	for (; *line; line += len + (line[len] == '\n')) {
		len = strcspn(line, "\n");
		if (usage_line_applies(c, line, len))
			break;
	}
	/* The words of the line outside brackets that are no option nor an option's value. */
	for (p = line + strcspn(line, " \n") + (c->sub ? 1 + strlen(c->sub) : 0);
	     *p && *p != '\n' && n < 16; ) {
		size_t w;

		p += strspn(p, " ");
		w = strcspn(p, " \n");
		if (*p == '-' && !depth && strchr(p + w, ' ') && isupper((unsigned char)p[w + 1])) {
			p += w + 1;
			p += strcspn(p, " \n");
			continue;
		}
		if (!depth && *p != '-' && *p != '[' && *p != '(' && w) {
			names[n] = p;
			lens[n++] = w;
		}
		for (size_t i = 0; i < w; i++)
			depth += (p[i] == '[' || p[i] == '(') - (p[i] == ']' || p[i] == ')');
		p += w;
	}
	for (int i = 0; i < n; i++) {
		if (lens[i] >= 3 && !strncmp(names[i], "...", 3) && i > 0 && pos >= i - 1) {
			offer_named(c, names[i - 1], lens[i - 1]);
			if (i + 1 < n && pos > i - 1)
				offer_named(c, names[i + 1], lens[i + 1]);
			return;
		}
		/* "ID... OFFICER": after the first ID, another ID or the OFFICER. */
		if (lens[i] > 3 && !strncmp(names[i] + lens[i] - 3, "...", 3) && pos >= i) {
			offer_named(c, names[i], lens[i] - 3);
			if (i + 1 < n && pos > i)
				offer_named(c, names[i + 1], lens[i + 1]);
			return;
		}
	}
	if (pos < n)
		offer_named(c, names[pos], lens[pos]);
}

int fh_cli_complete(const char *prog, const struct fh_command *cmds,
		    const char *const *more, int argc, char **argv)
{
	struct completion c = { .prog = prog, .fp = stdout };
	const char *words[64], *prev;
	int nw = 0, has_subs;
	char sub[64];

	if (argc < 1)
		return 0;
	c.cur = argv[argc - 1];
	prev = argc > 1 ? argv[argc - 2] : NULL;
	for (int i = 0; i < argc - 1; i++) {
		const char *a = argv[i];

		if (!strcmp(a, "--db") && i + 2 < argc)
			c.db = argv[i + 1];
		else if (!strncmp(a, "--db=", 5))
			c.db = a + 5;
		if (!strcmp(a, "--db") || !strcmp(a, "-f") || !strcmp(a, "--format") ||
		    !strcmp(a, "--as") || !strcmp(a, "-o") || takes_next_value(a))
			i++;
		else if (a[0] != '-' && nw < 64)
			words[nw++] = a;
	}
	for (int i = 0; nw && cmds[i].name; i++)
		if (!strcmp(cmds[i].name, words[0]))
			c.cmd = &cmds[i];
	if (c.cmd && nw > 1) {
		/* words[1] is a sub-verb when a usage line is "CMD WORDS[1] ...". */
		snprintf(sub, sizeof(sub), "%s", words[1]);
		for (const char *line = c.cmd->usage; *line && !c.sub; ) {
			size_t n = strcspn(line, "\n"), verb = strcspn(line, " \n");

			if (verb < n && !strncmp(line + verb + 1, sub, strlen(sub)) &&
			    strchr(" \n", line[verb + 1 + strlen(sub)]))
				c.sub = sub;
			line += n + (line[n] == '\n');
		}
	}
	if (prev && offer_values(&c, prev))
		return fh_cli_close_stdout(&(struct fh_cli){ .prog = prog }, 0);
	if (c.cur[0] == '-') {
		offer_options(&c);
	} else if (nw == 0) {
		for (int i = 0; cmds[i].name; i++)
			offer(&c, cmds[i].name, strlen(cmds[i].name), false);
		for (const char *const *m = more; m && *m; m++)
			offer(&c, *m, strlen(*m), false);
	} else if (c.cmd) {
		has_subs = subverbs(&c, false);
		if (has_subs && nw == 1)
			subverbs(&c, true);
		else if (!has_subs || c.sub)
			offer_argument(&c, nw - 1 - (c.sub != NULL));
	}
	return fh_cli_close_stdout(&(struct fh_cli){ .prog = prog }, 0);
}

int fh_cli_main(const char *prog, int argc, char **argv, const struct fh_command *cmds,
		const char *tool_help)
{
	struct fh_cli cli;
	struct fh_error err = { 0 };
	int status;

	if (argc > 1 && !strcmp(argv[1], "--complete"))
		return fh_cli_complete(prog, cmds, NULL, argc - 2, argv + 2);
	if (fh_cli_parse(&cli, prog, argc, argv, &err))
		status = fh_cli_fail(&cli, &err);
	else
		status = fh_cli_dispatch(&cli, cmds, tool_help);
	fh_cli_release(&cli);
	return status;
}
