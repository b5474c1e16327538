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

#include "fh/bureau.h"
#include "fh/cli.h"
#include "fh/db.h"
#include "fh/file.h"
#include "fh/headline.h"
#include "fh/indicators.h"
#include "fh/period.h"
#include "fh/stations.h"
#include "fh/stats.h"
#include "fh/tally.h"
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
static int cmd_indicators(struct fh_cli *cli, int argc, char **argv);
static int cmd_rank(struct fh_cli *cli, int argc, char **argv);

static const struct fh_command commands[] = {
	{ "summary", cmd_summary, "summary [--period P | --since TIME --until TIME] [--by KEYS]" },
	{ "trend", cmd_trend,
	  "trend [--by month|week] [--category C,...] [--period P | --since TIME --until TIME]"
	  " [--chart] [--svg FILE [--force]]" },
	{ "activities", cmd_activities,
	  "activities [--period P | --since TIME --until TIME] [--by KEYS]" },
	{ "groups", cmd_groups, "groups [--period P | --since TIME --until TIME] [--by station]" },
	{ "headline", cmd_headline,
	  "headline [--period P | --since TIME --until TIME] [--zone Z,...] [--family F,...]"
	  " [--category C,...] [--combined]" },
	{ "indicators", cmd_indicators,
	  "indicators [--period P | --since TIME --until TIME] [--by KEYS]" },
	{ "rank", cmd_rank, "rank --by zone|group|officer [--period P | --since TIME --until TIME] [--min N]" },
	{ NULL, NULL, NULL },
};

/* Options every subcommand shares; the short letters are private to this file. */
enum { OPT_PERIOD = 'p', OPT_SINCE = 's', OPT_UNTIL = 'u', OPT_BY = 'b',
       OPT_CATEGORY = 'c', OPT_CHART = 'C', OPT_SVG = 'S', OPT_FORCE = 'F',
       OPT_ZONE = 'z', OPT_FAMILY = 'y', OPT_COMBINED = 'K', OPT_MIN = 'm' };

/* What the command line asked for, before it becomes fh_stats_options. */
struct request {
	struct fh_stats_options opt;
	const char *default_db[1];
	int has_period, has_span;
	int chart;
	const char *svg;
	bool force;              /* --force: --svg may replace an existing file */
	bool combined;           /* --combined: hazards and incidents in one figure */
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
 * Drops from cli's --db list a station given before, with a warning: the
 * same file under any path, or a copy of the same station (a backup has
 * its identity); counted twice, its figures would be doubled upward.
 * Returns 0, or -1 with err set when a file cannot be read as a station.
 */
static int unique_dbs(struct fh_cli *cli, struct fh_error *err)
{
	struct fh_station *st;
	int kept = 0;

	if (fh_stations_open(cli->dbs, cli->ndbs, &st, err))
		return -1;
	for (int i = 0; i < cli->ndbs; i++) {
		bool same_file;
		int j = fh_stations_repeat(st, i, &same_file);

		if (j >= 0 && same_file)
			fprintf(stderr, _("%s: '%s' is the same file as '%s': counted once\n"),
				cli->prog, cli->dbs[i], cli->dbs[j]);
		else if (j >= 0)
			fprintf(stderr, _("%s: '%s' is the same station as '%s' (a copy): counted once\n"),
				cli->prog, cli->dbs[i], cli->dbs[j]);
		else
			cli->dbs[kept++] = cli->dbs[i];
	}
	fh_stations_free(st, cli->ndbs);
	cli->ndbs = kept;
	return 0;
}

/* The stations of bureaus' files named by --db, "BUREAU::ID", freed at exit. */
static char **bureau_names;
static int nbureau_names;

static void free_bureau_names(void)
{
	for (int i = 0; i < nbureau_names; i++)
		free(bureau_names[i]);
	free(bureau_names);
}

/*
 * Puts in place of each bureau's file of cli's --db list (or the default
 * database, when it is one) the stations it holds, so that every
 * statistic reads them as stations of their own.  Returns 0 or -1.
 */
static int expand_bureaus(struct fh_cli *cli, struct fh_error *err)
{
	const char *def = fh_db_default_path(NULL);
	const char **dbs = cli->ndbs ? cli->dbs : &def;
	int ndbs = cli->ndbs ? cli->ndbs : 1, n = 0;
	const char **out = NULL;

	for (int i = 0; i < ndbs; i++) {
		char **names;
		int k;
		const char **more;

		if (!fh_bureau_is(dbs[i])) {
			if (!(more = realloc(out, (size_t)(n + 2) * sizeof(*out))))
				goto oom;
			out = more;
			out[n++] = dbs[i];
			continue;
		}
		if (fh_bureau_stations(dbs[i], &names, &k, err))
			goto fail;
		if (!(more = realloc(out, (size_t)(n + k + 2) * sizeof(*out))) ||
		    !(bureau_names = reallocarray(bureau_names, (size_t)(nbureau_names + k + 1),
						  sizeof(*bureau_names)))) {
			free(more ? NULL : names);
			out = more ? more : out;
			goto oom;
		}
		out = more;
		for (int j = 0; j < k; j++)
			out[n++] = bureau_names[nbureau_names++] = names[j];
		free(names);
	}
	if (!cli->ndbs && n == 1 && out[0] == def) {
		free(out);
		return 0;
	}
	out[n] = NULL;
	free(cli->dbs);
	cli->dbs = out;
	cli->ndbs = n;
	return 0;
oom:
	fh_error_set(err, _("out of memory"));
fail:
	free(out);
	return -1;
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
		{ "zone", required_argument, NULL, OPT_ZONE },
		{ "family", required_argument, NULL, OPT_FAMILY },
		{ "combined", no_argument, NULL, OPT_COMBINED },
		{ "min", required_argument, NULL, OPT_MIN },
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
		case OPT_ZONE:
		case OPT_FAMILY:
			if (fh_cli_list(cli, c == OPT_ZONE ? &req->opt.zone : &req->opt.family, optarg, &err))
				return fh_cli_fail(cli, &err);
			break;
		case OPT_COMBINED: req->combined = true; break;
		case OPT_MIN:
			if (fh_cli_number(optarg, 0, 1000000000, "--min", &req->opt.min, &err))
				return fh_cli_fail(cli, &err);
			break;
		}
	}
	if (optind != argc)
		return fh_cli_usage(cli, _("%s takes no arguments, got '%s'"), argv[0], argv[optind]);
	if (*req->opt.since && *req->opt.until && strcmp(req->opt.since, req->opt.until) >= 0)
		return fh_cli_usage(cli, _("--since %s is not before --until %s"),
				    req->opt.since, req->opt.until);
	if (!bureau_names && atexit(free_bureau_names))
		return fh_cli_fail(cli, &err);
	if (expand_bureaus(cli, &err))
		return fh_cli_fail(cli, &err);
	if (cli->ndbs) {
		if (unique_dbs(cli, &err))
			return fh_cli_fail(cli, &err);
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
	return run_rows(cli, &req, fh_stats_activities);
}

static int cmd_groups(struct fh_cli *cli, int argc, char **argv)
{
	struct request req;
	int status;

	if (fh_cli_help(cli, &commands[3]) >= 0)
		return 0;
	if ((status = parse_options(cli, argc, argv, "psub", &req)) >= 0)
		return status;
	if (req.opt.by && strcmp(req.opt.by, "station"))
		return fh_cli_usage(cli, _("groups goes --by station only, not '%s'"), req.opt.by);
	return run_rows(cli, &req, fh_stats_groups);
}

static int cmd_headline(struct fh_cli *cli, int argc, char **argv)
{
	struct fh_error err = { 0 };
	struct fh_headline h;
	struct request req;
	json_t *v;
	int status;

	if (fh_cli_help(cli, &commands[4]) >= 0)
		return 0;
	if ((status = parse_options(cli, argc, argv, "psuczyK", &req)) >= 0)
		return status;
	if (cli->format_name && cli->format != FH_FORMAT_JSON)
		return fh_cli_usage(cli, _("headline writes a sentence, or -f json"));
	if (fh_headline_build(&req.opt, req.combined, &h, &err))
		return fh_cli_fail(cli, &err);
	status = 0;
	/* A failed write shows when stdout is closed, as for every tool. */
	if (!cli->format_name) {
		puts(h.sentence);
	} else if ((v = fh_headline_json(&h, &req.opt))) {
		fh_out_json(stdout, v, 2);
		putchar('\n');
		json_decref(v);
	} else {
		fh_error_set(&err, _("out of memory"));
		status = fh_cli_fail(cli, &err);
	}
	fh_headline_release(&h);
	return status;
}

/*
 * Prints the formulas of the indicators under a table, for people; the
 * machine formats carry the counts, so a script recomputes the rates.
 */
static void print_formulas(const struct fh_cli *cli, bool score)
{
	if (cli->format != FH_FORMAT_TABLE)
		return;
	putchar('\n');
	for (size_t i = 0; fh_indicators_formulas[i]; i++)
		puts(_(fh_indicators_formulas[i]));
	if (score)
		puts(_(fh_indicators_score_formula));
}

static int cmd_indicators(struct fh_cli *cli, int argc, char **argv)
{
	struct request req;
	int status;

	if (fh_cli_help(cli, &commands[5]) >= 0)
		return 0;
	if ((status = parse_options(cli, argc, argv, "psub", &req)) >= 0)
		return status;
	if ((status = run_rows(cli, &req, fh_indicators_write)) == 0)
		print_formulas(cli, false);
	return status;
}

static int cmd_rank(struct fh_cli *cli, int argc, char **argv)
{
	struct request req;
	int status;

	if (fh_cli_help(cli, &commands[6]) >= 0)
		return 0;
	if ((status = parse_options(cli, argc, argv, "psubm", &req)) >= 0)
		return status;
	if (!req.opt.by || (strcmp(req.opt.by, "zone") && strcmp(req.opt.by, "group") &&
			    strcmp(req.opt.by, "officer")))
		return fh_cli_usage(cli, _("rank goes --by zone, group or officer"));
	if ((status = run_rows(cli, &req, fh_indicators_rank)) == 0)
		print_formulas(cli, true);
	return status;
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
	return fh_tally_key_names(!strcmp(cmd, "activities"));
}

int main(int argc, char **argv)
{
	fh_cli_complete_hook = complete_values;
	return fh_cli_main("fh-stats", argc, argv, commands, tool_help);
}
