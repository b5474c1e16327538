/*
 * fh-stats: the numbers a station quotes and mails: reports found and
 * handled, their trend, activities, each group's record, the headline.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fh/cli.h"
#include "fh/db.h"
#include "fh/file.h"
#include "fh/period.h"
#include "fh/stats.h"
#include "fh/i18n.h"

static const char tool_help[] = N_(
	"\n"
	"Keys of summary: zone, group, category, family, member, month, week, station.\n"
	"Several --db add the stations up.  See fh-stats(1).\n");

static int cmd_summary(struct fh_cli *cli, int argc, char **argv);
static int cmd_trend(struct fh_cli *cli, int argc, char **argv);
static int cmd_activities(struct fh_cli *cli, int argc, char **argv);
static int cmd_groups(struct fh_cli *cli, int argc, char **argv);
static int cmd_headline(struct fh_cli *cli, int argc, char **argv);

static const struct fh_command commands[] = {
	{ "summary", cmd_summary, "summary [--period P | --since TIME --until TIME] [--by KEYS]" },
	{ "trend", cmd_trend,
	  "trend [--by month|week] [--category C,...] [--period P | --since TIME --until TIME]"
	  " [--chart] [--svg FILE [--force]]" },
	{ "activities", cmd_activities,
	  "activities [--period P | --since TIME --until TIME] [--by KEYS]" },
	{ "groups", cmd_groups, "groups [--period P | --since TIME --until TIME]" },
	{ "headline", cmd_headline, "headline [--period P | --since TIME --until TIME]" },
	{ NULL, NULL, NULL },
};

/* Options every subcommand shares; the short letters are private to this file. */
enum { OPT_PERIOD = 'p', OPT_SINCE = 's', OPT_UNTIL = 'u', OPT_BY = 'b',
       OPT_CATEGORY = 'c', OPT_CHART = 'C', OPT_SVG = 'S', OPT_FORCE = 'F' };

/* What the command line asked for, before it becomes fh_stats_options. */
struct request {
	struct fh_stats_options opt;
	const char *default_db[1];
	int has_period, has_span;
	int chart;
	const char *svg;
	bool force;              /* --force: --svg may replace an existing file */
};

/*
 * Takes one span option into req: --period P, --since or --until (read
 * by fh_period_option, as in every tool).  Returns 0 or -1 with err set.
 */
static int span_option(struct request *req, int c, const char *arg, struct fh_error *err)
{
	struct fh_range r;

	if (c == OPT_PERIOD ? req->has_span || req->has_period : req->has_period)
		return fh_error_usage(err, _("give one --period, or --since and --until"));
	if (fh_period_option(c == OPT_PERIOD ? "--period" : c == OPT_SINCE ? "--since" : "--until",
			     arg, &r, err))
		return -1;
	if (c != OPT_UNTIL)
		memcpy(req->opt.since, r.start, sizeof(r.start));
	if (c != OPT_SINCE)
		memcpy(req->opt.until, r.end, sizeof(r.end));
	if (c == OPT_PERIOD)
		req->has_period = 1;
	else
		req->has_span = 1;
	return 0;
}

/*
 * Drops from cli's --db list a file given before under any path, with a
 * warning: counted twice, a station's figures would be doubled upward.
 */
static void unique_dbs(struct fh_cli *cli)
{
	int kept = 0;

	for (int i = 0; i < cli->ndbs; i++) {
		int j = fh_stats_repeat(cli->dbs, i);

		if (j >= 0)
			fprintf(stderr, _("%s: '%s' is the same file as '%s': counted once\n"),
				cli->prog, cli->dbs[i], cli->dbs[j]);
		else
			cli->dbs[kept++] = cli->dbs[i];
	}
	cli->ndbs = kept;
}

/*
 * Parses a subcommand's options (those in allowed, a string of the
 * option letters) into req.  Returns -1 when all went well, else the exit
 * status to return.
 */
static int parse_options(struct fh_cli *cli, int argc, char **argv, const char *allowed,
			 struct request *req)
{
	static const struct option opts[] = {
		{ "period", required_argument, NULL, OPT_PERIOD },
		{ "since", required_argument, NULL, OPT_SINCE },
		{ "until", required_argument, NULL, OPT_UNTIL },
		{ "by", required_argument, NULL, OPT_BY },
		{ "category", required_argument, NULL, OPT_CATEGORY },
		{ "chart", no_argument, NULL, OPT_CHART },
		{ "svg", required_argument, NULL, OPT_SVG },
		{ "force", no_argument, NULL, OPT_FORCE },
		{ NULL, 0, NULL, 0 },
	};
	struct fh_error err = { 0 };
	int c;

	memset(req, 0, sizeof(*req));
	while ((c = getopt_long(argc, argv, "+", opts, NULL)) != -1) {
		if (c == '?' || c == ':' || !strchr(allowed, c))
			return c == '?' || c == ':' ? fh_cli_bad_option(cli, argv)
				: fh_cli_usage(cli, _("option '%s' does not apply to %s"),
					       argv[optind - 1 - (argv[optind - 1][0] != '-')], argv[0]);
		switch (c) {
		case OPT_PERIOD:
		case OPT_SINCE:
		case OPT_UNTIL:
			if (span_option(req, c, optarg, &err))
				return fh_cli_fail(cli, &err);
			break;
		case OPT_BY: req->opt.by = optarg; break;
		case OPT_CATEGORY:  /* fh(1): given twice, it matches either */
			if (fh_cli_list(cli, &req->opt.category, optarg, &err))
				return fh_cli_fail(cli, &err);
			break;
		case OPT_CHART: req->chart = 1; break;
		case OPT_SVG: req->svg = optarg; break;
		case OPT_FORCE: req->force = true; break;
		}
	}
	if (optind != argc)
		return fh_cli_usage(cli, _("%s takes no arguments, got '%s'"), argv[0], argv[optind]);
	if (*req->opt.since && *req->opt.until && strcmp(req->opt.since, req->opt.until) >= 0)
		return fh_cli_usage(cli, _("--since %s is not before --until %s"),
				    req->opt.since, req->opt.until);
	if (cli->ndbs) {
		unique_dbs(cli);
		req->opt.dbs = cli->dbs;
		req->opt.ndbs = cli->ndbs;
	} else {
		req->default_db[0] = fh_db_default_path(NULL);
		req->opt.dbs = req->default_db;
		req->opt.ndbs = 1;
	}
	return -1;
}

/* Runs a statistic that writes rows to the output writer. */
static int run_rows(struct fh_cli *cli, const struct request *req,
		    int (*fn)(const struct fh_stats_options *, struct fh_out *, struct fh_error *))
{
	struct fh_error err = { 0 };
	struct fh_out *out = fh_cli_out(cli, &err);
	int status = 1;

	if (!out || fn(&req->opt, out, &err))
		goto done;
	if (fh_cli_finish_out(out, &err))
		goto done;
	status = 0;
done:
	fh_out_free(out);
	return status ? fh_cli_fail(cli, &err) : 0;
}

static int cmd_summary(struct fh_cli *cli, int argc, char **argv)
{
	struct request req;
	int status;

	if (fh_cli_help(cli, &commands[0]) >= 0)
		return 0;
	if ((status = parse_options(cli, argc, argv, "psub", &req)) >= 0)
		return status;
	return run_rows(cli, &req, fh_stats_summary);
}

static int cmd_trend(struct fh_cli *cli, int argc, char **argv)
{
	struct fh_error err = { 0 };
	struct request req;
	struct fh_out *out = NULL;
	FILE *svg = NULL;
	enum fh_trend_style style;
	int status, color;

	if (fh_cli_help(cli, &commands[1]) >= 0)
		return 0;
	if ((status = parse_options(cli, argc, argv, "psubcCSF", &req)) >= 0)
		return status;
	if (req.opt.by && strcmp(req.opt.by, "month") && strcmp(req.opt.by, "week"))
		return fh_cli_usage(cli, _("trend goes --by month or --by week, not '%s'"), req.opt.by);
	req.opt.weekly = req.opt.by && !strcmp(req.opt.by, "week");
	style = req.chart ? FH_TREND_CHART : req.svg ? FH_TREND_NONE : FH_TREND_ROWS;
	/* Colour only for a person at a terminal who has not asked for none. */
	color = isatty(STDOUT_FILENO) && !(getenv("NO_COLOR") && *getenv("NO_COLOR"));
	status = 1;
	if (style == FH_TREND_ROWS && !(out = fh_cli_out(cli, &err)))
		goto done;
	if (req.svg && !(svg = strcmp(req.svg, "-") ? fh_file_create(req.svg, req.force, &err) : stdout))
		goto done;
	if (fh_stats_trend(&req.opt, style, out, stdout, color, svg, &err))
		goto done;
	if (out && fh_cli_finish_out(out, &err))
		goto done;
	if (svg && svg != stdout) {
		FILE *fp = svg;

		svg = NULL;
		if (fh_file_finish(fp, req.svg, &err))
			goto done;
	}
	status = 0;
done:
	if (svg && svg != stdout)
		fh_file_discard(svg, req.svg);
	fh_out_free(out);
	return status ? fh_cli_fail(cli, &err) : 0;
}

static int cmd_activities(struct fh_cli *cli, int argc, char **argv)
{
	struct request req;
	int status;

	if (fh_cli_help(cli, &commands[2]) >= 0)
		return 0;
	if ((status = parse_options(cli, argc, argv, "psub", &req)) >= 0)
		return status;
	if (req.opt.ndbs > 1)
		return fh_cli_usage(cli, _("activities reads one station: give one --db"));
	return run_rows(cli, &req, fh_stats_activities);
}

static int cmd_groups(struct fh_cli *cli, int argc, char **argv)
{
	struct request req;
	int status;

	if (fh_cli_help(cli, &commands[3]) >= 0)
		return 0;
	if ((status = parse_options(cli, argc, argv, "psu", &req)) >= 0)
		return status;
	if (req.opt.ndbs > 1)
		return fh_cli_usage(cli, _("groups reads one station: give one --db"));
	return run_rows(cli, &req, fh_stats_groups);
}

static int cmd_headline(struct fh_cli *cli, int argc, char **argv)
{
	struct fh_error err = { 0 };
	struct request req;
	char *sentence;
	int status;

	if (fh_cli_help(cli, &commands[4]) >= 0)
		return 0;
	if ((status = parse_options(cli, argc, argv, "psu", &req)) >= 0)
		return status;
	if (!(sentence = fh_stats_headline(&req.opt, &err)))
		return fh_cli_fail(cli, &err);
	puts(sentence);
	free(sentence);
	return 0;
}

/* For completion: --by takes the keys of the subcommand. */
static const char *const *complete_values(const char *cmd, const char *opt)
{
	if (strcmp(opt, "--by"))
		return NULL;
	if (!strcmp(cmd, "trend")) {
		static const char *const spans[] = { "month", "week", NULL };

		return spans;
	}
	return fh_stats_key_names(!strcmp(cmd, "activities"));
}

int main(int argc, char **argv)
{
	fh_cli_complete_hook = complete_values;
	return fh_cli_main("fh-stats", argc, argv, commands, tool_help);
}
