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
static int cmd_list(struct fh_cli *cli, int argc, char **argv);
static int cmd_show(struct fh_cli *cli, int argc, char **argv);
static int cmd_attend(struct fh_cli *cli, int argc, char **argv);

static const struct fh_command commands[] = {
	{ "add", cmd_add,
	  "add --kind KIND [--topic TOPIC] [--zone Z] [--group G] [--team T] [--on DATE]"
	  " [--led-by NAME] [--attendees M1,M2,...] [--count N] [--note TEXT]" },
	{ "list", cmd_list,
	  "list [--kind KIND] [--zone Z] [--group G] [--team T] [--since DATE] [--until DATE]"
	  " [--period P]" },
	{ "show", cmd_show, "show ID" },
	{ "attend", cmd_attend, "attend ID MEMBER ..." },
	{ NULL, NULL, NULL },
};

static int cmd_add(struct fh_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "kind", required_argument, NULL, 'k' },
		{ "topic", required_argument, NULL, 't' },
		{ "zone", required_argument, NULL, 'z' },
		{ "group", required_argument, NULL, 'g' },
		{ "team", required_argument, NULL, 'T' },
		{ "on", required_argument, NULL, 'o' },
		{ "led-by", required_argument, NULL, 'l' },
		{ "attendees", required_argument, NULL, 'a' },
		{ "count", required_argument, NULL, 'c' },
		{ "note", required_argument, NULL, 'n' },
		{ NULL, 0, NULL, 0 },
	};
	struct fh_activity a = { .count = -1 };
	struct fh_error err = { 0 };
	struct fh_db *db = NULL;
	sqlite3_int64 id;
	int c, status = 1;

	if (fh_cli_help(cli, &commands[0]) >= 0)
		return 0;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'k': a.kind = fh_codes_input(FH_CODES_ACTIVITY_KIND, optarg); break;
		case 't': a.topic = optarg; break;
		case 'z': a.zone = optarg; break;
		case 'g': a.group = optarg; break;
		case 'T': a.team = optarg; break;
		case 'o': a.on = optarg; break;
		case 'l': a.led_by = optarg; break;
		case 'a': a.attendees = optarg; break;
		case 'c':
			if (fh_cli_number(optarg, 0, 1000000, "--count", &a.count, &err))
				return fh_cli_fail(cli, &err);
			break;
		case 'n': a.note = optarg; break;
		default: return fh_cli_bad_option(cli, argv);
		}
	}
	if (optind != argc)
		return fh_cli_usage(cli, _("add takes no arguments, got '%s'"), argv[optind]);
	if (!a.kind)
		return fh_cli_usage(cli, _("add needs --kind"));
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

/* Takes --since, --until (a date includes that day) or --period into f. */
static int span_option(struct fh_activity_filter *f, int c, const char *arg, struct fh_error *err)
{
	struct fh_range r;
	struct fh_time t;

	if (c == 'p') {
		if (fh_period_parse(arg, &r, err))
			return err->status = FH_USAGE, -1;
		memcpy(f->since, r.start, sizeof(f->since));
		memcpy(f->until, r.end, sizeof(f->until));
		return 0;
	}
	if (fh_date_parse(arg, &t, err))
		return err->status = FH_USAGE, -1;
	if (c == 'u')
		fh_time_add_days(&t, 1);
	fh_time_format(&t, c == 's' ? f->since : f->until);
	return 0;
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
	struct fh_db *db = NULL;
	struct fh_out *out = NULL;
	int c, status = 1;

	if (fh_cli_help(cli, &commands[1]) >= 0)
		return 0;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'k':
			f.kind = fh_codes_input(FH_CODES_ACTIVITY_KIND, optarg);
			if (!fh_activity_kind_valid(f.kind))
				return fh_cli_usage(cli, _("unknown kind '%s'"), optarg);
			break;
		case 'z': f.zone = optarg; break;
		case 'g': f.group = optarg; break;
		case 'T': f.team = optarg; break;
		case 's':
		case 'u':
		case 'p':
			if (span_option(&f, c, optarg, &err))
				return fh_cli_fail(cli, &err);
			break;
		default: return fh_cli_bad_option(cli, argv);
		}
	}
	if (optind != argc)
		return fh_cli_usage(cli, _("list takes no arguments, got '%s'"), argv[optind]);
	if (!(out = fh_cli_out(cli, &err)) || fh_cli_open_db(cli, 0, &db, &err) ||
	    fh_activity_list(db, &f, out, &err))
		goto done;
	if (fh_cli_finish_out(out, &err))
		goto done;
	status = 0;
done:
	fh_out_free(out);
	fh_db_close(db);
	return status ? fh_cli_fail(cli, &err) : 0;
}

static int cmd_show(struct fh_cli *cli, int argc, char **argv)
{
	struct fh_error err = { 0 };
	struct fh_db *db = NULL;
	struct fh_out *out = NULL;
	sqlite3_int64 id;
	int status = 1;

	if (fh_cli_help(cli, &commands[2]) >= 0)
		return 0;
	if (argc != 2)
		return fh_cli_usage(cli, _("show needs one ID"));
	if (fh_cli_id(argv[1], "ID", &id, &err))
		return fh_cli_fail(cli, &err);
	if (!(out = fh_cli_out(cli, &err)) || fh_cli_open_db(cli, 0, &db, &err) ||
	    fh_activity_show(db, id, out, &err))
		goto done;
	if (fh_cli_finish_out(out, &err))
		goto done;
	status = 0;
done:
	fh_out_free(out);
	fh_db_close(db);
	return status ? fh_cli_fail(cli, &err) : 0;
}

static int cmd_attend(struct fh_cli *cli, int argc, char **argv)
{
	struct fh_error err = { 0 };
	struct fh_db *db = NULL;
	sqlite3_int64 id;
	int status = 1;

	if (fh_cli_help(cli, &commands[3]) >= 0)
		return 0;
	if (argc > 1 && !strcmp(argv[1], "--"))
		argv++, argc--;
	if (argc < 3)
		return fh_cli_usage(cli, _("attend needs an ID and at least one MEMBER"));
	if (fh_cli_id(argv[1], "ID", &id, &err))
		return fh_cli_fail(cli, &err);
	if (fh_cli_open_db(cli, 0, &db, &err) || fh_db_begin(db, &err) ||
	    fh_activity_attend(db, id, argv + 2, argc - 2, &err) || fh_db_commit(db, &err))
		goto done;
	status = 0;
done:
	fh_db_close(db);
	return status ? fh_cli_fail(cli, &err) : 0;
}

int main(int argc, char **argv)
{
	return fh_cli_main("fh-activity", argc, argv, commands, tool_help);
}
