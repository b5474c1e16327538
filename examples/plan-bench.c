/*
 * plan-bench: runs the group planner on a database directly, without the
 * fh-group front end, for bench/plan.sh and for trying the planner on a
 * copy of a station's data.  Prints the plan as TSV rows "member, group".
 *
 * usage: plan-bench DB [--size N] [--min N] [--max N] [--zone Z] [--apply]
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fh/db.h"
#include "fh/out.h"
#include "fh/plan.h"

static const char usage[] =
	"usage: plan-bench DB [--size N] [--min N] [--max N] [--zone Z] [--apply]\n";

/* Parses a whole number in [1, 10000] or exits with the usage. */
static int number(const char *s, const char *opt)
{
	char *end;
	long v = strtol(s, &end, 10);

	if (!*s || *end || v < 1 || v > 10000) {
		fprintf(stderr, "plan-bench: invalid %s '%s'\n", opt, s);
		exit(2);
	}
	return (int)v;
}

int main(int argc, char **argv)
{
	static const struct option options[] = {
		{ "size", required_argument, NULL, 's' },
		{ "min", required_argument, NULL, 'i' },
		{ "max", required_argument, NULL, 'a' },
		{ "zone", required_argument, NULL, 'z' },
		{ "apply", no_argument, NULL, 'y' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct fh_plan_options opt = { .size = 10 };
	struct fh_error err = { 0 };
	struct fh_db *db = NULL;
	struct fh_out *out = NULL;
	int c, status = 1;

	while ((c = getopt_long(argc, argv, "h", options, NULL)) != -1) {
		switch (c) {
		case 's':
			opt.size = number(optarg, "--size");
			break;
		case 'i':
			opt.min = number(optarg, "--min");
			break;
		case 'a':
			opt.max = number(optarg, "--max");
			break;
		case 'z':
			opt.zone = optarg;
			break;
		case 'y':
			opt.apply = 1;
			break;
		case 'h':
			fputs(usage, stdout);
			return 0;
		default:
			fputs(usage, stderr);
			return 2;
		}
	}
	if (optind + 1 != argc) {
		fputs(usage, stderr);
		return 2;
	}
	if (fh_db_open(&db, argv[optind], 0, &err) ||
	    fh_db_set_actor(db, "plan-bench", "plan-bench")) {
		fprintf(stderr, "plan-bench: %s\n", err.msg[0] ? err.msg : "out of memory");
		goto done;
	}
	if (!(out = fh_out_new(stdout, FH_FORMAT_TSV, 0))) {
		fprintf(stderr, "plan-bench: out of memory\n");
		goto done;
	}
	if (fh_plan_run(db, &opt, out, &err)) {
		fprintf(stderr, "plan-bench: %s\n", err.msg);
		status = err.status == FH_USAGE ? 2 : 1;
		goto done;
	}
	if (fh_out_finish(out) || fclose(stdout)) {
		fprintf(stderr, "plan-bench: cannot write the plan\n");
		goto done;
	}
	status = 0;
done:
	fh_out_free(out);
	fh_db_close(db);
	return status;
}
