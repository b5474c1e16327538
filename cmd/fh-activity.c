/*
 * fh-activity: what the network did, trainings, drills, patrols and
 * publicity, and who took part.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "fh/codes.h"
#include "fh/activity.h"
#include "fh/cli.h"
#include "fh/db.h"
#include "fh/period.h"
#include "fh/i18n.h"

static const char tool_help[] = N_(
	"\n"
	"Kinds: training, drill, patrol, publicity, inspection, visit, meeting.\n"
	"Topics e.g. law, mediation, emergency, fire, disaster, anti-fraud, traffic,\n"
	"national-security.  See fh-activity(1).\n");

static int cmd_add(struct fh_cli *cli, int argc, char **argv);
static int cmd_edit(struct fh_cli *cli, int argc, char **argv);
static int cmd_cancel(struct fh_cli *cli, int argc, char **argv);
static int cmd_list(struct fh_cli *cli, int argc, char **argv);
static int cmd_show(struct fh_cli *cli, int argc, char **argv);
static int cmd_attend(struct fh_cli *cli, int argc, char **argv);

static const struct fh_command commands[] = {
	{ "add", cmd_add,
	  "add --kind KIND [--topic TOPIC] [--zone Z] [--group G] [--team T] [--on DATE]"
	  " [--led-by NAME] [--attendees M1,M2,...] [--count N] [--note TEXT]" },
	{ "edit", cmd_edit,
	  "edit ID [--kind KIND] [--topic TOPIC] [--zone Z] [--group G] [--team T] [--on DATE]"
	  " [--led-by NAME] [--count N] [--note TEXT]" },
	{ "cancel", cmd_cancel, "cancel ID --reason TEXT" },
	{ "list", cmd_list,
	  "list [--kind KIND] [--zone Z] [--group G] [--team T] [--since P] [--until P]"
	  " [--period P]" },
	{ "show", cmd_show, "show ID" },
	{ "attend", cmd_attend, "attend ID MEMBER ..." },
	{ NULL, NULL, NULL },
};

/*
 * Reads the options of add (with --attendees) or edit into a, the same
 * for both so that they take the same values.  Returns 0, or the exit
 * status of a bad option.
 */
static int activity_options(struct fh_cli *cli, int argc, char **argv, int add,
			    struct fh_activity *a)
{
	static const struct option opts[] = {
		{ "kind", required_argument, NULL, 'k' },
		{ "topic", required_argument, NULL, 't' },
		{ "zone", required_argument, NULL, 'z' },
		{ "group", required_argument, NULL, 'g' },
		{ "team", required_argument, NULL, 'T' },
		{ "on", required_argument, NULL, 'o' },
		{ "led-by", required_argument, NULL, 'l' },
		{ "count", required_argument, NULL, 'c' },
		{ "note", required_argument, NULL, 'n' },
		{ "attendees", required_argument, NULL, 'a' },
		{ NULL, 0, NULL, 0 },
	};
	struct fh_error err = { 0 };
	int c;

	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'k': a->kind = fh_codes_input(FH_CODES_ACTIVITY_KIND, optarg); break;
		case 't': a->topic = optarg; break;
		case 'z': a->zone = optarg; break;
		case 'g': a->group = optarg; break;
		case 'T': a->team = optarg; break;
		case 'o': a->on = optarg; break;
		case 'l': a->led_by = optarg; break;
		case 'a':
			if (!add)
				return fh_cli_usage(cli, _("edit does not change the attendees (use attend)"));
			a->attendees = optarg;
			break;
		case 'c':
			if (fh_cli_number(optarg, 0, 1000000, "--count", &a->count, &err))
				return fh_cli_fail(cli, &err);
			break;
		case 'n': a->note = optarg; break;
		default: return fh_cli_bad_option(cli, argv);
		}
	}
	return 0;
}

static int cmd_add(struct fh_cli *cli, int argc, char **argv)
{
	struct fh_activity a = { .count = -1 };
	struct fh_error err = { 0 };
	struct fh_db *db = NULL;
	sqlite3_int64 id;
	int status;

	if (fh_cli_help(cli, &commands[0]) >= 0)
		return 0;
	if ((status = activity_options(cli, argc, argv, 1, &a)))
		return status;
	if (optind != argc)
		return fh_cli_usage(cli, _("add takes no arguments, got '%s'"), argv[optind]);
	if (!a.kind)
		return fh_cli_usage(cli, _("add needs --kind"));
	status = 1;
	if (fh_cli_open_db(cli, 0, &db, &err))
		goto done;
	/* The id is printed before the commit: a failed write records nothing. */
	fh_cli_print_id_on_commit(db, &id);
	if (fh_db_begin(db, &err) || fh_activity_add(db, &a, &id, &err) || fh_db_commit(db, &err))
		goto done;
	status = 0;
done:
	fh_db_close(db);
	return status ? fh_cli_fail(cli, &err) : 0;
}

/* What edit and cancel change. */
struct change {
	sqlite3_int64 id;
	struct fh_activity a;
	const char *reason;
};

static int run_edit(struct fh_db *db, void *ctx, int *changed, struct fh_error *err)
{
	struct change *ch = ctx;

	return fh_activity_edit(db, ch->id, &ch->a, changed, err);
}

static int cmd_edit(struct fh_cli *cli, int argc, char **argv)
{
	struct change ch = { .a = { .count = -1 } };
	struct fh_error err = { 0 };
	int status;

	if (fh_cli_help(cli, &commands[1]) >= 0)
		return 0;
	if ((status = activity_options(cli, argc, argv, 0, &ch.a)))
		return status;
	if (argc - optind != 1)
		return fh_cli_usage(cli, _("edit needs one activity ID"));
	if (fh_cli_id(argv[optind], "ID", &ch.id, &err))
		return fh_cli_fail(cli, &err);
	return fh_cli_change(cli, run_edit, &ch);
}

static int run_cancel(struct fh_db *db, void *ctx, int *changed, struct fh_error *err)
{
	struct change *ch = ctx;

	(void)changed;
	return fh_activity_cancel(db, ch->id, ch->reason, err);
}

static int cmd_cancel(struct fh_cli *cli, int argc, char **argv)
{
	struct change ch = { 0 };
	int status;

	if (fh_cli_help(cli, &commands[2]) >= 0)
		return 0;
	if ((status = fh_cli_id_reason(cli, argc, argv, &ch.id, &ch.reason)))
		return status;
	return fh_cli_change(cli, run_cancel, &ch);
}

/* Takes --since, --until or --period into f, as every tool reads them (fh(1)). */
static int span_option(struct fh_activity_filter *f, int c, const char *arg, struct fh_error *err)
{
	struct fh_range r;

	if (fh_period_option(c == 's' ? "--since" : c == 'u' ? "--until" : "--period", arg, &r, err))
		return -1;
	if (c != 'u')
		memcpy(f->since, r.start, sizeof(f->since));
	if (c != 's')
		memcpy(f->until, r.end, sizeof(f->until));
	return 0;
}

static int run_list(struct fh_db *db, const void *ctx, struct fh_out *out, struct fh_error *err)
{
	return fh_activity_list(db, ctx, out, err);
}

static int cmd_list(struct fh_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "kind", required_argument, NULL, 'k' },
		{ "zone", required_argument, NULL, 'z' },
		{ "group", required_argument, NULL, 'g' },
		{ "team", required_argument, NULL, 'T' },
		{ "since", required_argument, NULL, 's' },
		{ "until", required_argument, NULL, 'u' },
		{ "period", required_argument, NULL, 'p' },
		{ NULL, 0, NULL, 0 },
	};
	struct fh_activity_filter f = { 0 };
	struct fh_error err = { 0 };
	const char **list = NULL;
	int c;

	if (fh_cli_help(cli, &commands[3]) >= 0)
		return 0;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		/* fh(1): a filter given twice matches either value (checked by the lib). */
		case 'k': list = &f.kind; break;
		case 'z': list = &f.zone; break;
		case 'g': list = &f.group; break;
		case 'T': list = &f.team; break;
		case 's':
		case 'u':
		case 'p':
			if (span_option(&f, c, optarg, &err))
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
	return fh_cli_run_list(cli, run_list, &f);
}

static int cmd_show(struct fh_cli *cli, int argc, char **argv)
{
	if (fh_cli_help(cli, &commands[4]) >= 0)
		return 0;
	return fh_cli_show_id(cli, argc, argv, _("show needs one ID"), fh_activity_show);
}

/* What attend records. */
struct attend {
	sqlite3_int64 id;
	char **members;
	int n;
};

static int run_attend(struct fh_db *db, void *ctx, int *changed, struct fh_error *err)
{
	struct attend *at = ctx;

	(void)changed;
	return fh_activity_attend(db, at->id, at->members, at->n, err);
}

static int cmd_attend(struct fh_cli *cli, int argc, char **argv)
{
	struct fh_error err = { 0 };
	struct attend at;

	if (fh_cli_help(cli, &commands[5]) >= 0)
		return 0;
	if (argc > 1 && !strcmp(argv[1], "--"))
		argv++, argc--;
	if (argc < 3)
		return fh_cli_usage(cli, _("attend needs an ID and at least one MEMBER"));
	if (fh_cli_id(argv[1], "ID", &at.id, &err))
		return fh_cli_fail(cli, &err);
	at.members = argv + 2;
	at.n = argc - 2;
	return fh_cli_change(cli, run_attend, &at);
}

int main(int argc, char **argv)
{
	return fh_cli_main("fh-activity", argc, argv, commands, tool_help);
}
