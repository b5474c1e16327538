/*
 * fh-meeting: the quarterly zone meetings of group leaders: planning,
 * the agenda built from the data, what happened, and the follow-ups.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fh/agenda.h"
#include "fh/cli.h"
#include "fh/db.h"
#include "fh/meeting.h"
#include "fh/period.h"
#include "fh/i18n.h"

static const char tool_help[] = N_(
	"\n"
	"Agenda formats: -f md (the default), -f text, -f json.  The agenda template\n"
	"is YAML, see fh-agenda-template(5); 'fh-meeting template' prints the default.\n"
	"See fh-meeting(1).\n");

static int cmd_plan(struct fh_cli *cli, int argc, char **argv);
static int cmd_agenda(struct fh_cli *cli, int argc, char **argv);
static int cmd_record(struct fh_cli *cli, int argc, char **argv);
static int cmd_edit(struct fh_cli *cli, int argc, char **argv);
static int cmd_cancel(struct fh_cli *cli, int argc, char **argv);
static int cmd_action(struct fh_cli *cli, int argc, char **argv);
static int cmd_list(struct fh_cli *cli, int argc, char **argv);
static int cmd_show(struct fh_cli *cli, int argc, char **argv);
static int cmd_template(struct fh_cli *cli, int argc, char **argv);

static const struct fh_command commands[] = {
	{ "plan", cmd_plan, "plan --quarter Q [--zone Z] [--on DATE]" },
	{ "agenda", cmd_agenda,
	  "agenda (ID | --zone Z --quarter Q) [--template FILE] [-f md|text|json]" },
	{ "record", cmd_record,
	  "record ID --held-on DATE [--chair NAME] [--attended G1,G2,...] [--minutes FILE]" },
	{ "action", cmd_action,
	  "action add ID TEXT [--owner X] [--due DATE]\n"
	  "action done N [--on DATE]\n"
	  "action edit N [--text TEXT] [--owner X] [--due DATE]\n"
	  "action cancel N --reason TEXT\n"
	  "action list [--open] [--zone Z,...]" },
	{ "list", cmd_list, "list [--zone Z] [--quarter Q]" },
	{ "show", cmd_show, "show ID" },
	{ "template", cmd_template, "template" },
	{ "edit", cmd_edit,
	  "edit ID [--on DATE] [--held-on DATE] [--place TEXT] [--chair NAME]"
	  " [--attended G1,G2,...] [--minutes FILE]" },
	{ "cancel", cmd_cancel, "cancel ID --reason TEXT" },
	{ NULL, NULL, NULL },
};

static int cmd_plan(struct fh_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "quarter", required_argument, NULL, 'q' },
		{ "zone", required_argument, NULL, 'z' },
		{ "on", required_argument, NULL, 'o' },
		{ NULL, 0, NULL, 0 },
	};
	const char *quarter = NULL, *zone = NULL, *on = NULL;
	char q[FH_QUARTER_LEN];
	struct fh_error err = { 0 };
	struct fh_db *db = NULL;
	struct fh_out *out = NULL;
	int c, status = 1;

	if (fh_cli_help(cli, &commands[0]) >= 0)
		return 0;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'q': quarter = optarg; break;
		case 'z': zone = optarg; break;
		case 'o': on = optarg; break;
		default: return fh_cli_bad_option(cli, argv);
		}
	}
	if (optind != argc)
		return fh_cli_usage(cli, _("plan takes no arguments, got '%s'"), argv[optind]);
	if (!quarter)
		return fh_cli_usage(cli, _("plan needs --quarter"));
	if (fh_quarter_parse(quarter, q, &err))
		return fh_cli_fail(cli, &err);
	if (!(out = fh_cli_out(cli, &err)) || fh_cli_open_db(cli, 0, &db, &err) ||
	    fh_db_begin(db, &err) || fh_meeting_plan(db, q, zone, on, out, &err) ||
	    fh_cli_finish_out(out, &err) || fh_db_commit(db, &err))
		goto done;
	status = 0;
done:
	fh_out_free(out);
	fh_db_close(db);
	return status ? fh_cli_fail(cli, &err) : 0;
}

static int cmd_agenda(struct fh_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "zone", required_argument, NULL, 'z' },
		{ "quarter", required_argument, NULL, 'q' },
		{ "template", required_argument, NULL, 't' },
		{ NULL, 0, NULL, 0 },
	};
	const char *zone = NULL, *quarter = NULL, *template = NULL;
	enum fh_agenda_format fmt = FH_AGENDA_MD;
	struct fh_agenda_template *tpl = NULL;
	struct fh_error err = { 0 };
	struct fh_db *db = NULL;
	char q[FH_QUARTER_LEN];
	sqlite3_int64 id = 0;
	json_t *data = NULL;
	FILE *fp = NULL;
	int c, status = 1;

	if (fh_cli_help(cli, &commands[1]) >= 0)
		return 0;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'z': zone = optarg; break;
		case 'q': quarter = optarg; break;
		case 't': template = optarg; break;
		default: return fh_cli_bad_option(cli, argv);
		}
	}
	if (cli->format_name) {
		if (!strcmp(cli->format_name, "md"))
			fmt = FH_AGENDA_MD;
		else if (!strcmp(cli->format_name, "text"))
			fmt = FH_AGENDA_TEXT;
		else if (!strcmp(cli->format_name, "json"))
			fmt = FH_AGENDA_JSON;
		else
			return fh_cli_usage(cli, _("unknown agenda format '%s' (use md, text or json)"),
					    cli->format_name);
	}
	if (argc - optind == 1 && !zone && !quarter) {
		if (fh_cli_id(argv[optind], "ID", &id, &err))
			return fh_cli_fail(cli, &err);
	} else if (argc == optind && zone && quarter) {
		if (fh_quarter_parse(quarter, q, &err))
			return fh_cli_fail(cli, &err);
	} else {
		return fh_cli_usage(cli, _("agenda needs a meeting ID, or --zone and --quarter"));
	}
	if (template) {
		if (!(fp = strcmp(template, "-") ? fopen(template, "r") : stdin)) {
			fh_error_set(&err, _("cannot open '%s': %s"), template, strerror(errno));
			goto done;
		}
		if (fh_agenda_template_read(fp, template, &tpl, &err))
			goto done;
	}
	if (fh_cli_open_db(cli, 0, &db, &err) || (!tpl && fh_agenda_template_station(db, &tpl, &err)) ||
	    (!id && fh_meeting_find(db, zone, q, &id, &err)) ||
	    fh_agenda_build(db, id, &data, &err) || fh_agenda_write(stdout, tpl, data, fmt, &err))
		goto done;
	status = 0;
done:
	if (fp && fp != stdin)
		fclose(fp);
	json_decref(data);
	fh_agenda_template_free(tpl);
	fh_db_close(db);
	return status ? fh_cli_fail(cli, &err) : 0;
}

/* Reads a whole file (or stdin for "-") into a new string; NULL with err set. */
static char *read_file(const char *path, struct fh_error *err)
{
	FILE *fp = strcmp(path, "-") ? fopen(path, "r") : stdin;
	char *buf = NULL;
	size_t len = 0, cap = 0, n;

	if (!fp) {
		fh_error_set(err, _("cannot open '%s': %s"), path, strerror(errno));
		return NULL;
	}
	do {
		if (len + 4096 + 1 > cap) {
			char *more;

			cap = cap ? cap * 2 : 8192;
			if (cap > (16u << 20)) {
				fh_error_set(err, _("'%s' is too large for minutes (16 MiB at most)"), path);
				goto fail;
			}
			if (!(more = realloc(buf, cap))) {
				fh_error_set(err, _("out of memory"));
				goto fail;
			}
			buf = more;
		}
		n = fread(buf + len, 1, cap - len - 1, fp);
		len += n;
	} while (n > 0);
	if (ferror(fp)) {
		fh_error_set(err, _("cannot read '%s': %s"), path, strerror(errno));
		goto fail;
	}
	buf[len] = '\0';
	if (strlen(buf) != len) {
		fh_error_set(err, _("'%s' is not text"), path);
		goto fail;
	}
	if (fp != stdin)
		fclose(fp);
	return buf;
fail:
	if (fp != stdin)
		fclose(fp);
	free(buf);
	return NULL;
}

/* What record, edit and cancel change. */
struct change {
	sqlite3_int64 id;
	struct fh_meeting_record rec;
	const char *text, *owner, *due, *reason;  /* action edit; cancel */
	char *minutes;                            /* read from --minutes FILE, owned */
};

/*
 * Reads the options of record, or of edit (which adds --on and --place),
 * and the one ID, into ch.  Returns 0, or the exit status of a bad
 * command line.
 */
static int record_options(struct fh_cli *cli, int argc, char **argv, int edit, struct change *ch)
{
	static const struct option opts[] = {
		{ "held-on", required_argument, NULL, 'h' },
		{ "chair", required_argument, NULL, 'c' },
		{ "attended", required_argument, NULL, 'a' },
		{ "minutes", required_argument, NULL, 'm' },
		{ "on", required_argument, NULL, 'o' },
		{ "place", required_argument, NULL, 'p' },
		{ NULL, 0, NULL, 0 },
	};
	const char *minutes_file = NULL;
	struct fh_error err = { 0 };
	int c;

	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'h': ch->rec.held_on = optarg; break;
		case 'c': ch->rec.chair = optarg; break;
		case 'a': ch->rec.attended = optarg; break;
		case 'm': minutes_file = optarg; break;
		case 'o':
		case 'p':
			if (!edit)
				return fh_cli_usage(cli, _("record takes no --on or --place (use edit)"));
			*(c == 'o' ? &ch->rec.planned_on : &ch->rec.place) = optarg;
			break;
		default: return fh_cli_bad_option(cli, argv);
		}
	}
	if (argc - optind != 1)
		return fh_cli_usage(cli, edit ? _("edit needs one meeting ID") :
				    _("record needs one meeting ID"));
	if (!edit && !ch->rec.held_on)
		return fh_cli_usage(cli, _("record needs --held-on"));
	if (fh_cli_id(argv[optind], "ID", &ch->id, &err))
		return fh_cli_fail(cli, &err);
	if (minutes_file && !(ch->rec.minutes = ch->minutes = read_file(minutes_file, &err)))
		return fh_cli_fail(cli, &err);
	return 0;
}

static int run_record(struct fh_db *db, void *ctx, int *changed, struct fh_error *err)
{
	struct change *ch = ctx;

	(void)changed;
	return fh_meeting_record(db, ch->id, &ch->rec, err);
}

static int run_edit(struct fh_db *db, void *ctx, int *changed, struct fh_error *err)
{
	struct change *ch = ctx;

	return fh_meeting_edit(db, ch->id, &ch->rec, changed, err);
}

/* Runs record, or edit: the same options (edit adds two), the same rules. */
static int record_or_edit(struct fh_cli *cli, int argc, char **argv, int edit)
{
	struct change ch = { 0 };
	int status;

	if (fh_cli_help(cli, &commands[edit ? 7 : 2]) >= 0)
		return 0;
	if (!(status = record_options(cli, argc, argv, edit, &ch)))
		status = fh_cli_change(cli, edit ? run_edit : run_record, &ch);
	free(ch.minutes);
	return status;
}

static int cmd_record(struct fh_cli *cli, int argc, char **argv)
{
	return record_or_edit(cli, argc, argv, 0);
}

static int cmd_edit(struct fh_cli *cli, int argc, char **argv)
{
	return record_or_edit(cli, argc, argv, 1);
}

static int run_cancel(struct fh_db *db, void *ctx, int *changed, struct fh_error *err)
{
	struct change *ch = ctx;

	(void)changed;
	return fh_meeting_cancel(db, ch->id, ch->reason, err);
}

static int cmd_cancel(struct fh_cli *cli, int argc, char **argv)
{
	struct change ch = { 0 };
	int status;

	if (fh_cli_help(cli, &commands[8]) >= 0)
		return 0;
	if ((status = fh_cli_id_reason(cli, argc, argv, &ch.id, &ch.reason)))
		return status;
	return fh_cli_change(cli, run_cancel, &ch);
}

/* fh-meeting action add ID TEXT [--owner X] [--due DATE] */
static int action_add(struct fh_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "owner", required_argument, NULL, 'o' },
		{ "due", required_argument, NULL, 'd' },
		{ NULL, 0, NULL, 0 },
	};
	const char *owner = NULL, *due = NULL;
	struct fh_error err = { 0 };
	struct fh_db *db = NULL;
	sqlite3_int64 id, number;
	int c, status = 1;

	/* Options may follow the text, as the synopsis shows. */
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'o': owner = optarg; break;
		case 'd': due = optarg; break;
		default: return fh_cli_bad_option(cli, argv);
		}
	}
	if (argc - optind != 2)
		return fh_cli_usage(cli, _("action add needs a meeting ID and one TEXT (quote it)"));
	if (fh_cli_id(argv[optind], "ID", &id, &err))
		return fh_cli_fail(cli, &err);
	if (fh_cli_open_db(cli, 0, &db, &err))
		goto done;
	/* The number is printed before the commit: a failed write records nothing. */
	fh_cli_print_id_on_commit(db, &number);
	if (fh_db_begin(db, &err) ||
	    fh_meeting_action_add(db, id, argv[optind + 1], owner, due, &number, &err) ||
	    fh_db_commit(db, &err))
		goto done;
	status = 0;
done:
	fh_db_close(db);
	return status ? fh_cli_fail(cli, &err) : 0;
}

static int run_action_done(struct fh_db *db, void *ctx, int *changed, struct fh_error *err)
{
	struct change *ch = ctx;

	(void)changed;
	return fh_meeting_action_done(db, ch->id, ch->due, err);
}

/* fh-meeting action done N [--on DATE] */
static int action_done(struct fh_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "on", required_argument, NULL, 'o' },
		{ NULL, 0, NULL, 0 },
	};
	struct change ch = { 0 };
	struct fh_error err = { 0 };
	int c;

	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'o': ch.due = optarg; break;
		default: return fh_cli_bad_option(cli, argv);
		}
	}
	if (argc - optind != 1)
		return fh_cli_usage(cli, _("action done needs one action number N"));
	if (fh_cli_id(argv[optind], "N", &ch.id, &err))
		return fh_cli_fail(cli, &err);
	return fh_cli_change(cli, run_action_done, &ch);
}

static int run_action_edit(struct fh_db *db, void *ctx, int *changed, struct fh_error *err)
{
	struct change *ch = ctx;

	return fh_meeting_action_edit(db, ch->id, ch->text, ch->owner, ch->due, changed, err);
}

/* fh-meeting action edit N [--text TEXT] [--owner X] [--due DATE] */
static int action_edit(struct fh_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "text", required_argument, NULL, 't' },
		{ "owner", required_argument, NULL, 'o' },
		{ "due", required_argument, NULL, 'd' },
		{ NULL, 0, NULL, 0 },
	};
	struct change ch = { 0 };
	struct fh_error err = { 0 };
	int c;

	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 't': ch.text = optarg; break;
		case 'o': ch.owner = optarg; break;
		case 'd': ch.due = optarg; break;
		default: return fh_cli_bad_option(cli, argv);
		}
	}
	if (argc - optind != 1)
		return fh_cli_usage(cli, _("action edit needs one action number N"));
	if (fh_cli_id(argv[optind], "N", &ch.id, &err))
		return fh_cli_fail(cli, &err);
	return fh_cli_change(cli, run_action_edit, &ch);
}

static int run_action_cancel(struct fh_db *db, void *ctx, int *changed, struct fh_error *err)
{
	struct change *ch = ctx;

	(void)changed;
	return fh_meeting_action_cancel(db, ch->id, ch->reason, err);
}

/* fh-meeting action cancel N --reason TEXT */
static int action_cancel(struct fh_cli *cli, int argc, char **argv)
{
	struct change ch = { 0 };
	int status;

	if ((status = fh_cli_id_reason(cli, argc, argv, &ch.id, &ch.reason)))
		return status;
	return fh_cli_change(cli, run_action_cancel, &ch);
}

/* The filter of action list. */
struct action_filter {
	int open_only;
	const char *zone;
};

static int run_action_list(struct fh_db *db, const void *ctx, struct fh_out *out,
			   struct fh_error *err)
{
	const struct action_filter *f = ctx;

	return fh_meeting_action_list(db, f->open_only, f->zone, out, err);
}

/* fh-meeting action list [--open] [--zone Z] */
static int action_list(struct fh_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "open", no_argument, NULL, 'o' },
		{ "zone", required_argument, NULL, 'z' },
		{ NULL, 0, NULL, 0 },
	};
	struct action_filter f = { 0, NULL };
	struct fh_error err = { 0 };
	int c;

	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'o': f.open_only = 1; break;
		case 'z':  /* fh(1): given twice or as a list, any of them */
			if (fh_cli_list(cli, &f.zone, optarg, &err))
				return fh_cli_fail(cli, &err);
			break;
		default: return fh_cli_bad_option(cli, argv);
		}
	}
	if (optind != argc)
		return fh_cli_usage(cli, _("action list takes no arguments, got '%s'"), argv[optind]);
	return fh_cli_run_list(cli, run_action_list, &f);
}

static int cmd_action(struct fh_cli *cli, int argc, char **argv)
{
	if (fh_cli_help(cli, &commands[3]) >= 0)
		return 0;
	if (argc < 2)
		return fh_cli_usage(cli, _("action needs add, done, edit, cancel or list"));
	optind = 0;
	if (!strcmp(argv[1], "add"))
		return action_add(cli, argc - 1, argv + 1);
	if (!strcmp(argv[1], "done"))
		return action_done(cli, argc - 1, argv + 1);
	if (!strcmp(argv[1], "edit"))
		return action_edit(cli, argc - 1, argv + 1);
	if (!strcmp(argv[1], "cancel"))
		return action_cancel(cli, argc - 1, argv + 1);
	if (!strcmp(argv[1], "list"))
		return action_list(cli, argc - 1, argv + 1);
	return fh_cli_usage(cli, _("unknown action command '%s' (use add, done, edit, cancel or list)"),
			    argv[1]);
}

/* The filter of list: a zone and a quarter (normalised), either NULL. */
struct meeting_filter {
	const char *zone, *quarter;
	char q[FH_QUARTER_LEN];
};

static int run_list(struct fh_db *db, const void *ctx, struct fh_out *out, struct fh_error *err)
{
	const struct meeting_filter *f = ctx;

	return fh_meeting_list(db, f->zone, f->quarter ? f->q : NULL, out, err);
}

static int cmd_list(struct fh_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "zone", required_argument, NULL, 'z' },
		{ "quarter", required_argument, NULL, 'q' },
		{ NULL, 0, NULL, 0 },
	};
	struct meeting_filter f = { NULL, NULL, "" };
	struct fh_error err = { 0 };
	int c;

	if (fh_cli_help(cli, &commands[4]) >= 0)
		return 0;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'z':  /* fh(1): given twice or as a list, any of them */
			if (fh_cli_list(cli, &f.zone, optarg, &err))
				return fh_cli_fail(cli, &err);
			break;
		case 'q': f.quarter = optarg; break;
		default: return fh_cli_bad_option(cli, argv);
		}
	}
	if (optind != argc)
		return fh_cli_usage(cli, _("list takes no arguments, got '%s'"), argv[optind]);
	if (f.quarter && fh_quarter_parse(f.quarter, f.q, &err))
		return fh_cli_fail(cli, &err);
	return fh_cli_run_list(cli, run_list, &f);
}

static int cmd_show(struct fh_cli *cli, int argc, char **argv)
{
	if (fh_cli_help(cli, &commands[5]) >= 0)
		return 0;
	return fh_cli_show_id(cli, argc, argv, _("show needs one meeting ID"), fh_meeting_show);
}

static int cmd_template(struct fh_cli *cli, int argc, char **argv)
{
	if (fh_cli_help(cli, &commands[6]) >= 0)
		return 0;
	if (argc > 1)
		return fh_cli_usage(cli, _("template takes no arguments, got '%s'"), argv[1]);
	fputs(fh_agenda_default_template, stdout);
	return 0;
}

int main(int argc, char **argv)
{
	return fh_cli_main("fh-meeting", argc, argv, commands, tool_help);
}
