/*
 * fh-report: what members and officers found, from filing to handling.
 */
#include <errno.h>
#include <getopt.h>
#include <libgen.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <jansson.h>

#include "fh/lookup.h"
#include "fh/open311.h"
#include "fh/codes.h"
#include "fh/cli.h"
#include "fh/file.h"
#include "fh/period.h"
#include "fh/photo.h"
#include "fh/report.h"
#include "fh/text.h"
#include "fh/report_edit.h"
#include "fh/report_import.h"
#include "fh/i18n.h"

static const char tool_help[] = N_(
	"\n"
	"Reports of hazards, incidents and services, tracked until handled.\n"
	"Common options: --db PATH, -f table|tsv|csv|json, --no-header, --reveal,\n"
	"--as NAME, --help, --version.  See fh-report(1) and fh-report-import(5).\n");

/* The options naming a report's fields, the same for add and edit. */
#define REPORT_FIELD_OPTIONS \
	{ "category", required_argument, NULL, FH_REPORT_F_CATEGORY }, \
	{ "by", required_argument, NULL, FH_REPORT_F_BY }, \
	{ "zone", required_argument, NULL, FH_REPORT_F_ZONE }, \
	{ "group", required_argument, NULL, FH_REPORT_F_GROUP }, \
	{ "at", required_argument, NULL, FH_REPORT_F_AT }, \
	{ "where", required_argument, NULL, FH_REPORT_F_WHERE }, \
	{ "lat", required_argument, NULL, FH_REPORT_F_LAT }, \
	{ "lon", required_argument, NULL, FH_REPORT_F_LON }, \
	{ "severity", required_argument, NULL, FH_REPORT_F_SEVERITY }, \
	{ "via", required_argument, NULL, FH_REPORT_F_VIA }, \
	{ "activity", required_argument, NULL, FH_REPORT_F_ACTIVITY },

static int cmd_add(struct fh_cli *cli, int argc, char **argv);
static int cmd_import(struct fh_cli *cli, int argc, char **argv);
static int cmd_list(struct fh_cli *cli, int argc, char **argv);
static int cmd_show(struct fh_cli *cli, int argc, char **argv);
static int cmd_assign(struct fh_cli *cli, int argc, char **argv);
static int cmd_handle(struct fh_cli *cli, int argc, char **argv);
static int cmd_dismiss(struct fh_cli *cli, int argc, char **argv);
static int cmd_reopen(struct fh_cli *cli, int argc, char **argv);
static int cmd_verify(struct fh_cli *cli, int argc, char **argv);
static int cmd_extend(struct fh_cli *cli, int argc, char **argv);
static int cmd_dups(struct fh_cli *cli, int argc, char **argv);
static int cmd_categories(struct fh_cli *cli, int argc, char **argv);
static int cmd_export(struct fh_cli *cli, int argc, char **argv);
static int cmd_photo(struct fh_cli *cli, int argc, char **argv);
static int cmd_edit(struct fh_cli *cli, int argc, char **argv);
static int cmd_note(struct fh_cli *cli, int argc, char **argv);

enum {
	C_ADD, C_IMPORT, C_LIST, C_SHOW, C_ASSIGN, C_HANDLE, C_DISMISS, C_REOPEN,
	C_VERIFY, C_EXTEND, C_EDIT, C_NOTE, C_DUPS, C_CATEGORIES, C_EXPORT, C_PHOTO,
};

static const struct fh_command commands[] = {
	[C_ADD] = { "add", cmd_add,
		"add --category CAT [--by MEMBER] [--zone Z] [--group G] [--at TIME]"
		" [--where TEXT] [--lat X --lon Y] [--severity low|normal|high|urgent]"
		" [--via CHANNEL] [--activity ID] [--photo FILE]... TEXT" },
	[C_IMPORT] = { "import", cmd_import, "import [--format-in yaml|jsonl|csv] [--new] FILE|-" },
	[C_LIST] = { "list", cmd_list,
		"list [--status S] [--category C] [--family F] [--zone Z] [--group G]"
		" [--by M] [--activity ID] [--since D] [--until D] [--period P] [--overdue DAYS]"
		" [--late] [--search TEXT]" },
	[C_SHOW] = { "show", cmd_show, "show ID" },
	[C_ASSIGN] = { "assign", cmd_assign, "assign [--new] ID... OFFICER" },
	[C_HANDLE] = { "handle", cmd_handle, "handle ID... --note TEXT [--at TIME]" },
	[C_DISMISS] = { "dismiss", cmd_dismiss, "dismiss ID... --reason TEXT [--duplicate-of ID2]" },
	[C_REOPEN] = { "reopen", cmd_reopen, "reopen ID..." },
	[C_VERIFY] = { "verify", cmd_verify, "verify ID... [--reject] [--note TEXT]" },
	[C_EXTEND] = { "extend", cmd_extend, "extend ID... --days N --reason TEXT" },
	[C_EDIT] = { "edit", cmd_edit,
		"edit ID... [--category CAT] [--by MEMBER] [--zone Z] [--group G] [--at TIME]"
		" [--where TEXT] [--lat X --lon Y] [--severity S] [--via CHANNEL] [--activity ID]"
		" [--text TEXT]" },
	[C_NOTE] = { "note", cmd_note, "note ID... TEXT" },
	[C_DUPS] = { "dups", cmd_dups, "dups [--hours H] [--meters M]" },
	[C_CATEGORIES] = { "categories", cmd_categories, "categories [--open311]" },
	[C_EXPORT] = { "export", cmd_export,
		"export --open311 [--since D] [--until D] [--period P] [-f json|xml]" },
	[C_PHOTO] = { "photo", cmd_photo, "photo ID [N] [-o FILE [--force]]" },
	{ NULL, NULL, NULL },
};

/* Parses a subcommand's options in getopt_long's permuting mode. */
#define FOR_OPTIONS(c, argc, argv, shortopts, longopts) \
	while (((c) = getopt_long((argc), (argv), (shortopts), (longopts), NULL)) != -1)

/* Fails with err after closing db; returns the exit status. */
static int fail(struct fh_cli *cli, struct fh_db *db, const struct fh_error *err)
{
	fh_db_close(db);
	return fh_cli_fail(cli, err);
}

static int cmd_add(struct fh_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		REPORT_FIELD_OPTIONS
		{ "photo", required_argument, NULL, FH_REPORT_F_PHOTO },
		{ NULL, 0, NULL, 0 },
	};
	struct fh_report_input in = { 0 };
	char category[FH_LOOKUP_CODE_MAX], zone[FH_LOOKUP_CODE_MAX], group[FH_LOOKUP_CODE_MAX];
	struct fh_error err = { 0 };
	struct fh_db *db = NULL;
	const char **photos;
	sqlite3_int64 id = 0;
	char *text = NULL;
	size_t len = 0;
	int c, status;

	if (fh_cli_help(cli, &commands[C_ADD]) >= 0)
		return 0;
	if (!(photos = calloc((size_t)argc + 1, sizeof(*photos))))
		return fh_cli_usage(cli, _("out of memory"));
	FOR_OPTIONS(c, argc, argv, "", opts) {
		if (c == FH_REPORT_F_PHOTO) {
			photos[in.nphotos++] = optarg;
		} else if (c >= 0 && c < FH_REPORT_F_COUNT) {
			/* A label (紧急, 微信) as its code: fh/codes.h. */
			in.value[c] = c == FH_REPORT_F_SEVERITY ? fh_codes_input(FH_CODES_SEVERITY, optarg) :
				      c == FH_REPORT_F_VIA ? fh_codes_input(FH_CODES_CHANNEL, optarg) : optarg;
		} else {
			free(photos);
			return fh_cli_bad_option(cli, argv);
		}
	}
	in.photos = photos;
	if (!in.value[FH_REPORT_F_CATEGORY]) {
		free(photos);
		return fh_cli_usage(cli, _("add needs --category"));
	}
	if (optind == argc) {
		free(photos);
		return fh_cli_usage(cli, _("add needs the report's TEXT"));
	}
	/* Words given apart are one text, as echo would join them. */
	for (int i = optind; i < argc; i++)
		len += strlen(argv[i]) + 1;
	if (!(text = malloc(len))) {
		free(photos);
		return fh_cli_usage(cli, _("out of memory"));
	}
	{
		char *w = text;

		for (int i = optind; i < argc; i++) {
			if (i > optind)
				*w++ = ' ';
			w = stpcpy(w, argv[i]);
		}
		*w = '\0';
	}
	in.value[FH_REPORT_F_TEXT] = text;
	status = 1;
	if (!fh_cli_open_db(cli, 0, &db, &err)) {
		/* A category's label (消防隐患), a zone's or group's name as its code: fh/lookup.h. */
		in.value[FH_REPORT_F_CATEGORY] = fh_lookup_category(db, in.value[FH_REPORT_F_CATEGORY],
								    category, sizeof(category));
		/* The id is printed before the commit: a failed write files nothing. */
		fh_cli_print_id_on_commit(db, &id);
		if (!fh_lookup_code(db, FH_ZONE, &in.value[FH_REPORT_F_ZONE], zone, &err) &&
		    !fh_lookup_code(db, FH_GROUP, &in.value[FH_REPORT_F_GROUP], group, &err) &&
		    !fh_report_add(db, cli->actor, &in, &id, &err))
			status = 0;
	}
	free(text);
	free(photos);
	return status ? fail(cli, db, &err) : (fh_db_close(db), 0);
}

static int cmd_import(struct fh_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "format-in", required_argument, NULL, 'F' },
		{ "new", no_argument, NULL, 'n' },
		{ NULL, 0, NULL, 0 },
	};
	enum fh_import_format fmt = FH_IMPORT_AUTO;
	int new_officers = 0;
	struct fh_error err = { 0 };
	struct fh_db *db = NULL;
	sqlite3_int64 *ids = NULL;
	const char *file, *name;
	char *dircopy = NULL;
	FILE *fp, *in;
	size_t n = 0;
	int c, status = 1;

	if (fh_cli_help(cli, &commands[C_IMPORT]) >= 0)
		return 0;
	FOR_OPTIONS(c, argc, argv, "", opts) {
		switch (c) {
		case 'F':
			if (fh_import_format_parse(optarg, &fmt, &err))
				return fh_cli_fail(cli, &err);
			break;
		case 'n':
			new_officers = 1;
			break;
		default:
			return fh_cli_bad_option(cli, argv);
		}
	}
	if (argc - optind != 1)
		return fh_cli_usage(cli, _("import needs one FILE (or - for standard input)"));
	file = argv[optind];
	if (!strcmp(file, "-")) {
		fp = stdin;
		name = "stdin";
	} else {
		if (!(fp = fopen(file, "r"))) {
			fh_error_set(&err, _("cannot open '%s': %s"), file, strerror(errno));
			return fh_cli_fail(cli, &err);
		}
		name = file;
		if (fmt == FH_IMPORT_AUTO)
			fmt = fh_import_format_of(file);
		if (!(dircopy = strdup(file))) {
			fclose(fp);
			return fh_cli_usage(cli, _("out of memory"));
		}
	}
	/* Read whole and within the limits before the write lock is taken. */
	if (!fh_cli_open_db(cli, 0, &db, &err) && (in = fh_cli_spool(db, fp, name, &err))) {
		fh_cli_progress_begin(cli, db, in);
		status = fh_report_import(db, cli->actor, in, name, dircopy ? dirname(dircopy) : NULL,
					  fmt, new_officers, &ids, &n, &err) ? 1 : 0;
		fh_cli_progress_end(db);
		if (in != fp)
			fclose(in);
	}
	if (status == 0) {
		/* The ids are known only once committed; a failed write is told apart. */
		for (size_t i = 0; i < n; i++)
			printf("%lld\n", (long long)ids[i]);
		if (n)
			status = fh_cli_saved(cli, _("%zu reports, ids %lld to %lld"), n,
					      (long long)ids[0], (long long)ids[n - 1]);
	}
	if (fp != stdin)
		fclose(fp);
	free(dircopy);
	free(ids);
	if (status == FH_SAVED_OUTPUT_FAILED || status == 0)
		return fh_db_close(db), status;
	return fail(cli, db, &err);
}

/*
 * Reads --since ('S'), --until ('U') or --period ('p') by fh(1)'s one
 * reading of a span (--period sets both ends) into since and until
 * (FH_TIME_LEN bytes each), pointing *from and *to at the ends it set.
 * Returns 0 or -1 with err set.
 */
static int span_option(int c, const char *arg, char *since, char *until,
		       const char **from, const char **to, struct fh_error *err)
{
	struct fh_range r;

	if (fh_period_option(c == 'S' ? "--since" : c == 'U' ? "--until" : "--period", arg, &r, err))
		return -1;
	if (c != 'U')
		*from = memcpy(since, r.start, FH_TIME_LEN);
	if (c != 'S')
		*to = memcpy(until, r.end, FH_TIME_LEN);
	return 0;
}

/*
 * Reads list's options into f (since and until hold the span's ends).
 * Returns -1 when they are read, else the exit status of a bad one.
 */
static int list_options(struct fh_cli *cli, int argc, char **argv, struct fh_report_filter *f,
			char since[FH_TIME_LEN], char until[FH_TIME_LEN])
{
	static const struct option opts[] = {
		{ "status", required_argument, NULL, 's' },
		{ "category", required_argument, NULL, 'c' },
		{ "family", required_argument, NULL, 'F' },
		{ "zone", required_argument, NULL, 'z' },
		{ "group", required_argument, NULL, 'g' },
		{ "by", required_argument, NULL, 'b' },
		{ "since", required_argument, NULL, 'S' },
		{ "until", required_argument, NULL, 'U' },
		{ "period", required_argument, NULL, 'p' },
		{ "overdue", required_argument, NULL, 'o' },
		{ "late", no_argument, NULL, 'l' },
		{ "search", required_argument, NULL, 'q' },
		{ "activity", required_argument, NULL, 'a' },
		{ NULL, 0, NULL, 0 },
	};
	const char **list = NULL;
	struct fh_error err = { 0 };
	int c;

	FOR_OPTIONS(c, argc, argv, "", opts) {
		switch (c) {
		/* fh(1): a filter given twice matches either value. */
		case 's': list = &f->status; break;
		case 'c': list = &f->category; break;
		case 'F': list = &f->family; break;
		case 'z': list = &f->zone; break;
		case 'g': list = &f->group; break;
		case 'b': list = &f->by; break;
		case 'S':
		case 'U':
		case 'p':
			if (span_option(c, optarg, since, until, &f->since, &f->until, &err))
				return fh_cli_fail(cli, &err);
			break;
		case 'o':
			if (fh_cli_number(optarg, 0, 36500, "--overdue", &f->overdue, &err))
				return fh_cli_fail(cli, &err);
			break;
		case 'l': f->late = 1; break;
		case 'q': f->search = optarg; break;
		case 'a':
			if (fh_cli_number(optarg, 1, INT64_MAX, "--activity", &f->activity, &err))
				return fh_cli_fail(cli, &err);
			break;
		default: return fh_cli_bad_option(cli, argv);
		}
		if (list && fh_cli_list(cli, list, optarg, &err))
			return fh_cli_fail(cli, &err);
		list = NULL;
	}
	if (optind != argc)
		return fh_cli_usage(cli, _("list takes no arguments, got '%s'"), argv[optind]);
	return -1;
}

/* What list's run_list lists: the filter, and where the count of rows goes. */
struct list_run {
	struct fh_report_filter f;
	long long *count;
};

static int run_list(struct fh_db *db, const void *ctx, struct fh_out *out, struct fh_error *err)
{
	const struct list_run *run = ctx;

	return fh_report_list(db, &run->f, out, run->count, err);
}

static int cmd_list(struct fh_cli *cli, int argc, char **argv)
{
	long long count = 0;
	struct list_run run = { .f = { .overdue = -1 }, .count = &count };
	char since[FH_TIME_LEN], until[FH_TIME_LEN];
	int status;

	if (fh_cli_help(cli, &commands[C_LIST]) >= 0)
		return 0;
	if ((status = list_options(cli, argc, argv, &run.f, since, until)) >= 0)
		return status;
	if ((status = fh_cli_run_list(cli, run_list, &run)) != 0)
		return status;
	/* For cron: overdue or late reports are news worth a mail. */
	return (run.f.overdue >= 0 || run.f.late) && count > 0 ? FH_FOUND : FH_OK;
}

/* Parses a report id; returns 0 or -1 with a usage error. */
static int parse_id(const char *s, sqlite3_int64 *id, struct fh_error *err)
{
	long long v;

	if (fh_cli_number(s, 1, INT64_MAX, _("a report id"), &v, NULL))
		return fh_error_set(err, _("invalid report id '%s'"), s);
	*id = v;
	return 0;
}

/* Adds id to the growing list *ids. */
static int push_id(sqlite3_int64 **ids, size_t *n, size_t *cap, sqlite3_int64 id)
{
	if (*n == *cap) {
		size_t c = *cap ? 2 * *cap : 64;
		sqlite3_int64 *p = realloc(*ids, c * sizeof(*p));

		if (!p)
			return -1;
		*ids = p;
		*cap = c;
	}
	(*ids)[(*n)++] = id;
	return 0;
}

/*
 * Sets *id to the "id" of the JSON Lines row line (number lineno of
 * stdin), a number or a string of digits.  Returns 0 or -1.
 */
static int json_id(const char *line, unsigned long lineno, sqlite3_int64 *id,
		   struct fh_error *err)
{
	json_t *row = json_loads(line, JSON_DECODE_ANY, NULL), *v;
	int rc = -1;

	if (!row || !json_is_object(row)) {
		fh_error_set(err, _("stdin:%lu: not a JSON object"), lineno);
		goto done;
	}
	v = json_object_get(row, "id");
	if (json_is_integer(v) && json_integer_value(v) > 0) {
		*id = json_integer_value(v);
		rc = 0;
	} else if (json_is_string(v)) {
		rc = parse_id(json_string_value(v), id, err);
		if (rc)
			fh_error_set(err, _("stdin:%lu: invalid report id '%s'"), lineno,
				     json_string_value(v));
	} else if (!v) {
		fh_error_set(err, _("stdin:%lu: no \"id\" in the line"), lineno);
	} else {
		fh_error_set(err, _("stdin:%lu: invalid report id in the line"), lineno);
	}
done:
	json_decref(row);
	return rc;
}

/*
 * Reads report ids from stdin: the first column of each line, as fh's
 * own tsv, csv, table or json output gives it; a header line whose first
 * field is "id" (or its label in the reader's language) is skipped.
 */
static int read_ids(sqlite3_int64 **ids, size_t *n, size_t *cap, struct fh_error *err)
{
	char *line = NULL, *p;
	size_t linecap = 0;
	unsigned long lineno = 0;
	int rc = -1;

	while (getline(&line, &linecap, stdin) >= 0) {
		sqlite3_int64 id = 0;
		size_t len;

		lineno++;
		p = line + strspn(line, " \t");
		p[strcspn(p, "\r\n")] = '\0';
		if (!*p)
			continue;
		if (*p == '{') {
			if (json_id(p, lineno, &id, err))
				goto done;
			goto push;
		}
		len = strcspn(p, "\t, }");
		p[len] = '\0';
		if (len >= 2 && p[0] == '"' && p[len - 1] == '"') {
			p[len - 1] = '\0';
			p++;
		}
		/* A table's heading is in the writer's language: under zh_CN, 编号. */
		if (lineno == 1 && (!strcmp(p, "id") || !strcmp(p, _("id"))))
			continue;
		if (parse_id(p, &id, err)) {
			fh_error_set(err, _("stdin:%lu: invalid report id '%s'"), lineno, p);
			goto done;
		}
push:
		if (push_id(ids, n, cap, id)) {
			fh_error_set(err, _("out of memory"));
			goto done;
		}
	}
	if (ferror(stdin)) {
		fh_error_set(err, _("cannot read stdin: %s"), strerror(errno));
		goto done;
	}
	rc = 0;
done:
	free(line);
	return rc;
}

/* Collects the ids of args[0..n): numbers, or "-" for those on stdin. */
static int collect_ids(char **args, int n, sqlite3_int64 **ids, size_t *count,
		       struct fh_error *err)
{
	size_t cap = 0;
	int stdin_read = 0;

	*ids = NULL;
	*count = 0;
	for (int i = 0; i < n; i++) {
		sqlite3_int64 id = 0;

		if (!strcmp(args[i], "-")) {
			if (!stdin_read++ && read_ids(ids, count, &cap, err))
				return -1;
			continue;
		}
		if (parse_id(args[i], &id, err))
			return -1;
		if (push_id(ids, count, &cap, id))
			return fh_error_set(err, _("out of memory"));
	}
	return 0;
}

/* Runs a life-cycle move over the ids of args[0..n). */
static int run_change(struct fh_cli *cli, char **args, int n, const struct fh_report_change *change)
{
	struct fh_error err = { 0 };
	struct fh_db *db = NULL;
	sqlite3_int64 *ids = NULL;
	size_t count;
	int status = 1;

	if (collect_ids(args, n, &ids, &count, &err))
		goto done;
	if (!count) {
		status = 0;
		goto done;
	}
	if (fh_cli_open_db(cli, 0, &db, &err) ||
	    fh_report_change(db, cli->actor, ids, count, change, &err))
		goto done;
	status = 0;
done:
	free(ids);
	if (status)
		return fail(cli, db, &err);
	fh_db_close(db);
	return 0;
}

static int cmd_assign(struct fh_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "new", no_argument, NULL, 'n' },
		{ NULL, 0, NULL, 0 },
	};
	struct fh_report_change change = { .move = FH_MOVE_ASSIGN };
	int c;

	if (fh_cli_help(cli, &commands[C_ASSIGN]) >= 0)
		return 0;
	FOR_OPTIONS(c, argc, argv, "", opts) {
		if (c != 'n')
			return fh_cli_bad_option(cli, argv);
		change.new_officer = 1;
	}
	if (argc - optind < 2)
		return fh_cli_usage(cli, _("assign needs report ids (or -) and an OFFICER"));
	change.officer = argv[argc - 1];
	if (!*change.officer)
		return fh_cli_usage(cli, _("the OFFICER's name is empty"));
	return run_change(cli, argv + optind, argc - optind - 1, &change);
}

static int cmd_handle(struct fh_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "note", required_argument, NULL, 'n' },
		{ "at", required_argument, NULL, 'a' },
		{ NULL, 0, NULL, 0 },
	};
	struct fh_report_change change = { .move = FH_MOVE_HANDLE };
	struct fh_error err = { 0 };
	struct fh_time t;
	int c;

	if (fh_cli_help(cli, &commands[C_HANDLE]) >= 0)
		return 0;
	FOR_OPTIONS(c, argc, argv, "", opts) {
		switch (c) {
		case 'n': change.note = optarg; break;
		case 'a':
			if (fh_time_parse(optarg, &t, &err))
				return fh_cli_fail(cli, &err);
			change.at = optarg;
			break;
		default: return fh_cli_bad_option(cli, argv);
		}
	}
	if (!change.note || !change.note[strspn(change.note, " \t")])
		return fh_cli_usage(cli, _("handle needs --note saying what was done"));
	if (optind == argc)
		return fh_cli_usage(cli, _("handle needs report ids (or -)"));
	return run_change(cli, argv + optind, argc - optind, &change);
}

static int cmd_dismiss(struct fh_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "reason", required_argument, NULL, 'r' },
		{ "duplicate-of", required_argument, NULL, 'd' },
		{ NULL, 0, NULL, 0 },
	};
	struct fh_report_change change = { .move = FH_MOVE_DISMISS };
	struct fh_error err = { 0 };
	int c;

	if (fh_cli_help(cli, &commands[C_DISMISS]) >= 0)
		return 0;
	FOR_OPTIONS(c, argc, argv, "", opts) {
		switch (c) {
		case 'r': change.note = optarg; break;
		case 'd':
			if (parse_id(optarg, &change.duplicate_of, &err))
				return fh_cli_fail(cli, &err);
			break;
		default: return fh_cli_bad_option(cli, argv);
		}
	}
	if (!change.note || !change.note[strspn(change.note, " \t")])
		return fh_cli_usage(cli, _("dismiss needs --reason saying why"));
	if (optind == argc)
		return fh_cli_usage(cli, _("dismiss needs report ids (or -)"));
	return run_change(cli, argv + optind, argc - optind, &change);
}

static int cmd_reopen(struct fh_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = { { NULL, 0, NULL, 0 } };
	struct fh_report_change change = { .move = FH_MOVE_REOPEN };
	int c;

	if (fh_cli_help(cli, &commands[C_REOPEN]) >= 0)
		return 0;
	FOR_OPTIONS(c, argc, argv, "", opts)
		return fh_cli_bad_option(cli, argv);
	if (optind == argc)
		return fh_cli_usage(cli, _("reopen needs report ids (or -)"));
	return run_change(cli, argv + optind, argc - optind, &change);
}

static int cmd_verify(struct fh_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "note", required_argument, NULL, 'n' },
		{ "reject", no_argument, NULL, 'r' },
		{ NULL, 0, NULL, 0 },
	};
	struct fh_report_change change = { .move = FH_MOVE_VERIFY };
	int c;

	if (fh_cli_help(cli, &commands[C_VERIFY]) >= 0)
		return 0;
	FOR_OPTIONS(c, argc, argv, "", opts) {
		switch (c) {
		case 'n': change.note = optarg; break;
		case 'r': change.move = FH_MOVE_REJECT; break;
		default: return fh_cli_bad_option(cli, argv);
		}
	}
	if (change.note && !change.note[strspn(change.note, " \t")])
		change.note = NULL;
	if (change.move == FH_MOVE_REJECT && !change.note)
		return fh_cli_usage(cli, _("verify --reject needs --note saying what is wrong"));
	if (optind == argc)
		return fh_cli_usage(cli, _("verify needs report ids (or -)"));
	return run_change(cli, argv + optind, argc - optind, &change);
}

static int cmd_extend(struct fh_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "days", required_argument, NULL, 'd' },
		{ "reason", required_argument, NULL, 'r' },
		{ NULL, 0, NULL, 0 },
	};
	struct fh_report_change change = { .move = FH_MOVE_EXTEND };
	struct fh_error err = { 0 };
	int c;

	if (fh_cli_help(cli, &commands[C_EXTEND]) >= 0)
		return 0;
	FOR_OPTIONS(c, argc, argv, "", opts) {
		switch (c) {
		case 'd':
			if (fh_cli_number(optarg, 1, FH_REPORT_EXTEND_MAX, "--days", &change.days, &err))
				return fh_cli_fail(cli, &err);
			break;
		case 'r': change.note = optarg; break;
		default: return fh_cli_bad_option(cli, argv);
		}
	}
	if (!change.days)
		return fh_cli_usage(cli, _("extend needs --days N"));
	if (!change.note || !change.note[strspn(change.note, " \t")])
		return fh_cli_usage(cli, _("extend needs --reason saying why"));
	if (optind == argc)
		return fh_cli_usage(cli, _("extend needs report ids (or -)"));
	return run_change(cli, argv + optind, argc - optind, &change);
}

static int cmd_edit(struct fh_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		REPORT_FIELD_OPTIONS
		{ "text", required_argument, NULL, FH_REPORT_F_TEXT },
		{ NULL, 0, NULL, 0 },
	};
	struct fh_report_input in = { 0 };
	struct fh_error err = { 0 };
	struct fh_db *db = NULL;
	sqlite3_int64 *ids = NULL;
	size_t count;
	int c, given = 0, status = 1;

	if (fh_cli_help(cli, &commands[C_EDIT]) >= 0)
		return 0;
	FOR_OPTIONS(c, argc, argv, "", opts) {
		if (c < 0 || c >= FH_REPORT_F_COUNT)
			return fh_cli_bad_option(cli, argv);
		in.value[c] = optarg;
		given = 1;
	}
	if (!given)
		return fh_cli_usage(cli, _("edit needs a value to change (--category, --text, ...)"));
	if (optind == argc)
		return fh_cli_usage(cli, _("edit needs report ids (or -)"));
	if (!collect_ids(argv + optind, argc - optind, &ids, &count, &err) &&
	    (!count || (!fh_cli_open_db(cli, 0, &db, &err) &&
			!fh_report_edit(db, cli->actor, ids, count, &in, &err))))
		status = 0;
	free(ids);
	return status ? fail(cli, db, &err) : (fh_db_close(db), 0);
}

static int cmd_note(struct fh_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = { { NULL, 0, NULL, 0 } };
	struct fh_error err = { 0 };
	struct fh_db *db = NULL;
	sqlite3_int64 *ids = NULL;
	size_t count;
	int c, status = 1;

	if (fh_cli_help(cli, &commands[C_NOTE]) >= 0)
		return 0;
	FOR_OPTIONS(c, argc, argv, "", opts)
		return fh_cli_bad_option(cli, argv);
	if (argc - optind < 2)
		return fh_cli_usage(cli, _("note needs report ids (or -) and the TEXT"));
	if (!collect_ids(argv + optind, argc - optind - 1, &ids, &count, &err) &&
	    (!count || (!fh_cli_open_db(cli, 0, &db, &err) &&
			!fh_report_note(db, cli->actor, ids, count, argv[argc - 1], &err))))
		status = 0;
	free(ids);
	return status ? fail(cli, db, &err) : (fh_db_close(db), 0);
}

static int cmd_show(struct fh_cli *cli, int argc, char **argv)
{
	struct fh_error err = { 0 };
	struct fh_db *db = NULL;
	sqlite3_int64 id = 0;

	if (fh_cli_help(cli, &commands[C_SHOW]) >= 0)
		return 0;
	if (argc != 2)
		return fh_cli_usage(cli, _("show needs one report ID"));
	if (parse_id(argv[1], &id, &err))
		return fh_cli_fail(cli, &err);
	if (cli->format_bad) {
		fh_format_parse(cli->format_name, NULL, &err);
		return fh_cli_fail(cli, &err);
	}
	if (fh_cli_open_db(cli, 0, &db, &err) ||
	    fh_report_show(db, id, stdout, cli->format,
			   (cli->no_header ? FH_OUT_NO_HEADER : 0) | (cli->reveal ? FH_OUT_REVEAL : 0), &err))
		return fail(cli, db, &err);
	fh_db_close(db);
	return 0;
}

/* Parses a positive decimal number for opt. */
static int parse_positive(const char *s, const char *opt, double *out, struct fh_error *err)
{
	/* The one strict parser of numbers (fh/text.h): no " 5", 1e1 or 0x1p3. */
	if (fh_text_decimal(s, out) || !(*out > 0) || *out > 1e7)
		return fh_error_set(err, _("invalid value '%s' for %s (a positive number)"), s, opt);
	return 0;
}

static int cmd_dups(struct fh_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "hours", required_argument, NULL, 'h' },
		{ "meters", required_argument, NULL, 'm' },
		{ NULL, 0, NULL, 0 },
	};
	struct fh_error err = { 0 };
	struct fh_db *db = NULL;
	struct fh_out *out = NULL;
	double hours = 48, meters = 100;
	int c, status = 1;

	if (fh_cli_help(cli, &commands[C_DUPS]) >= 0)
		return 0;
	FOR_OPTIONS(c, argc, argv, "", opts) {
		switch (c) {
		case 'h':
			if (parse_positive(optarg, "--hours", &hours, &err))
				return fh_cli_fail(cli, &err);
			break;
		case 'm':
			if (parse_positive(optarg, "--meters", &meters, &err))
				return fh_cli_fail(cli, &err);
			break;
		default: return fh_cli_bad_option(cli, argv);
		}
	}
	if (optind != argc)
		return fh_cli_usage(cli, _("dups takes no arguments, got '%s'"), argv[optind]);
	if (!(out = fh_cli_out(cli, &err)) || fh_cli_open_db(cli, 0, &db, &err) ||
	    fh_report_dups(db, hours, meters, out, &err))
		goto done;
	if (fh_cli_finish_out(out, &err))
		goto done;
	status = 0;
done:
	fh_out_free(out);
	if (status)
		return fail(cli, db, &err);
	fh_db_close(db);
	return 0;
}

/*
 * Reads -f for an Open311 document: json (the default) or xml into *xml.
 * Returns 0, or the usage error's exit status.
 */
static int open311_format(struct fh_cli *cli, int *xml)
{
	*xml = cli->format_name && !strcmp(cli->format_name, "xml");
	if (cli->format_name && !*xml && strcmp(cli->format_name, "json"))
		return fh_cli_usage(cli, _("unknown Open311 format '%s' (use json or xml)"),
				    cli->format_name);
	return 0;
}

/* Writes an Open311 document to stdout; returns 0 or -1 with err set. */
static int open311_put(const json_t *doc, int requests, int xml, struct fh_error *err)
{
	if (fh_open311_write(stdout, doc, requests, xml) || fflush(stdout))
		return fh_error_set(err, _("cannot write output: %s"), strerror(errno));
	return 0;
}

static int cmd_categories(struct fh_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "open311", no_argument, NULL, 'O' },
		{ NULL, 0, NULL, 0 },
	};
	struct fh_error err = { 0 };
	struct fh_db *db = NULL;
	struct fh_out *out = NULL;
	json_t *doc = NULL;
	int c, open311 = 0, xml = 0, status = 1;

	if (fh_cli_help(cli, &commands[C_CATEGORIES]) >= 0)
		return 0;
	FOR_OPTIONS(c, argc, argv, "", opts) {
		switch (c) {
		case 'O': open311 = 1; break;
		default: return fh_cli_bad_option(cli, argv);
		}
	}
	if (optind != argc)
		return fh_cli_usage(cli, _("categories takes no arguments, got '%s'"), argv[optind]);
	if (open311 && (status = open311_format(cli, &xml)) != 0)
		return status;
	status = 1;
	if (open311) {
		if (fh_cli_open_db(cli, 0, &db, &err) || fh_open311_services(db, &doc, &err) ||
		    open311_put(doc, 0, xml, &err))
			goto done;
	} else if (!(out = fh_cli_out(cli, &err)) || fh_cli_open_db(cli, 0, &db, &err) ||
		   fh_report_categories(db, out, &err) || fh_cli_finish_out(out, &err))
		goto done;
	status = 0;
done:
	json_decref(doc);
	fh_out_free(out);
	if (status)
		return fail(cli, db, &err);
	fh_db_close(db);
	return 0;
}

/*
 * export --open311: the reports filed in the span as Open311 GeoReport v2
 * service requests, for systems that speak the standard.
 */
static int cmd_export(struct fh_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "open311", no_argument, NULL, 'O' },
		{ "since", required_argument, NULL, 'S' },
		{ "until", required_argument, NULL, 'U' },
		{ "period", required_argument, NULL, 'p' },
		{ NULL, 0, NULL, 0 },
	};
	char since[FH_TIME_LEN], until[FH_TIME_LEN];
	const char *from = NULL, *to = NULL;
	struct fh_error err = { 0 };
	struct fh_db *db = NULL;
	json_t *doc = NULL;
	int c, open311 = 0, xml, status;

	if (fh_cli_help(cli, &commands[C_EXPORT]) >= 0)
		return 0;
	FOR_OPTIONS(c, argc, argv, "", opts) {
		switch (c) {
		case 'O': open311 = 1; break;
		case 'S':
		case 'U':
		case 'p':
			if (span_option(c, optarg, since, until, &from, &to, &err))
				return fh_cli_fail(cli, &err);
			break;
		default: return fh_cli_bad_option(cli, argv);
		}
	}
	if (optind != argc)
		return fh_cli_usage(cli, _("export takes no arguments, got '%s'"), argv[optind]);
	if (!open311)
		return fh_cli_usage(cli, _("export needs --open311, the one format it writes"));
	if ((status = open311_format(cli, &xml)) != 0)
		return status;
	status = 1;
	if (fh_cli_open_db(cli, 0, &db, &err) || fh_open311_requests(db, from, to, &doc, &err) ||
	    open311_put(doc, 1, xml, &err))
		goto done;
	status = 0;
done:
	json_decref(doc);
	if (status)
		return fail(cli, db, &err);
	fh_db_close(db);
	return 0;
}

static int cmd_photo(struct fh_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ "force", no_argument, NULL, 'F' },
		{ NULL, 0, NULL, 0 },
	};
	struct fh_error err = { 0 };
	struct fh_db *db = NULL;
	const char *file = NULL;
	bool force = false;
	unsigned char *bytes = NULL;
	sqlite3_int64 id = 0;
	long long seq = 1;
	size_t n = 0;
	FILE *fp;
	int c, status = 1;

	if (fh_cli_help(cli, &commands[C_PHOTO]) >= 0)
		return 0;
	FOR_OPTIONS(c, argc, argv, "o:", opts) {
		switch (c) {
		case 'o': file = optarg; break;
		case 'F': force = true; break;
		default: return fh_cli_bad_option(cli, argv);
		}
	}
	if (argc - optind < 1 || argc - optind > 2)
		return fh_cli_usage(cli, _("photo needs a report ID and optionally the photo's number N"));
	if (parse_id(argv[optind], &id, &err) ||
	    (argc - optind == 2 && fh_cli_number(argv[optind + 1], 1, 1000000, "N", &seq, &err)))
		return fh_cli_fail(cli, &err);
	/* An image on a terminal is noise that can leave it in a strange state. */
	if (!file && isatty(STDOUT_FILENO))
		return fh_cli_usage(cli, _("photo writes an image: give -o FILE or redirect the output"));
	if (fh_cli_open_db(cli, 0, &db, &err) || fh_photo_get(db, id, seq, &bytes, &n, &err))
		goto done;
	if (file) {
		if (!(fp = fh_file_create(file, force, &err)))
			goto done;
		fwrite(bytes, 1, n, fp);
		if (fh_file_finish(fp, file, &err))
			goto done;
	} else if (fwrite(bytes, 1, n, stdout) != n) {
		fh_error_set(&err, _("cannot write output: %s"), strerror(errno));
		goto done;
	}
	status = 0;
done:
	free(bytes);
	if (status)
		return fail(cli, db, &err);
	fh_db_close(db);
	return 0;
}

int main(int argc, char **argv)
{
	return fh_cli_main("fh-report", argc, argv, commands, tool_help);
}
