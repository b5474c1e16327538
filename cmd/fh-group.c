/*
 * fh-group: the roster of a station's joint-defence scheme: zones,
 * members, groups and their leaders, task teams, equipment, importing and
 * exporting the roster file, checking it, and planning new groups.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>

#include "fh/codes.h"
#include "fh/cli.h"
#include "fh/check.h"
#include "fh/config.h"
#include "fh/equipment.h"
#include "fh/group.h"
#include "fh/member.h"
#include "fh/team.h"
#include "fh/zone.h"
#include "fh/period.h"
#include "fh/plan.h"
#include "fh/points.h"
#include "fh/roster.h"
#include "fh/i18n.h"

static const char tool_help[] = N_(
	"\n"
	"The roster: zones, members, groups of about ten neighbours with their\n"
	"leaders, task teams, equipment and volunteer points.  See fh-group(1)\n"
	"and fh-roster(5).\n");

static int cmd_import(struct fh_cli *cli, int argc, char **argv);
static int cmd_export(struct fh_cli *cli, int argc, char **argv);
static int cmd_zone(struct fh_cli *cli, int argc, char **argv);
static int cmd_member(struct fh_cli *cli, int argc, char **argv);
static int cmd_add(struct fh_cli *cli, int argc, char **argv);
static int cmd_show(struct fh_cli *cli, int argc, char **argv);
static int cmd_list(struct fh_cli *cli, int argc, char **argv);
static int cmd_assign(struct fh_cli *cli, int argc, char **argv);
static int cmd_dissolve(struct fh_cli *cli, int argc, char **argv);
static int cmd_leader(struct fh_cli *cli, int argc, char **argv);
static int cmd_team(struct fh_cli *cli, int argc, char **argv);
static int cmd_equipment(struct fh_cli *cli, int argc, char **argv);
static int cmd_check(struct fh_cli *cli, int argc, char **argv);
static int cmd_plan(struct fh_cli *cli, int argc, char **argv);
static int cmd_points(struct fh_cli *cli, int argc, char **argv);

enum {
	C_IMPORT, C_EXPORT, C_ZONE, C_MEMBER, C_ADD, C_SHOW, C_LIST, C_ASSIGN, C_DISSOLVE,
	C_LEADER, C_TEAM, C_EQUIPMENT, C_CHECK, C_PLAN, C_POINTS,
};

static const struct fh_command commands[] = {
	[C_IMPORT] = { "import", cmd_import, "import [--dry-run] [--csv | --yaml] FILE | -" },
	[C_EXPORT] = { "export", cmd_export, "export [-f yaml | table | tsv | csv | json]" },
	[C_ZONE] = { "zone", cmd_zone, "zone add CODE NAME\nzone list" },
	[C_MEMBER] = { "member", cmd_member,
		"member add CODE --name NAME --zone ZONE [--kind KIND] [--contact NAME] [--phone PHONE]"
		" [--address TEXT] [--group GROUP] [--lat X] [--lon Y] [--joined DATE] [--left DATE] [--note TEXT] [--force]\n"
		"member show CODE\n"
		"member edit CODE [--name NAME] [--zone ZONE] [--kind KIND] [--contact NAME] [--phone PHONE]"
		" [--address TEXT] [--group GROUP] [--lat X] [--lon Y] [--joined DATE] [--left DATE]"
		" [--note TEXT] [--force]\n"
		"member leave CODE [--on DATE]\n"
		"member list [--zone ZONE] [--group GROUP] [--kind KIND] [--team TEAM] [--active | --all]" },
	[C_ADD] = { "add", cmd_add, "add CODE --zone ZONE [--name NAME] [--formed DATE]" },
	[C_SHOW] = { "show", cmd_show, "show GROUP" },
	[C_LIST] = { "list", cmd_list, "list [--zone ZONE] [--all]" },
	[C_ASSIGN] = { "assign", cmd_assign, "assign [--force] MEMBER ... GROUP" },
	[C_DISSOLVE] = { "dissolve", cmd_dissolve, "dissolve GROUP [--on DATE]" },
	[C_LEADER] = { "leader", cmd_leader, "leader GROUP MEMBER [--letter-signed DATE] [--on DATE]" },
	[C_TEAM] = { "team", cmd_team,
		"team add CODE NAME --kind KIND [--zone ZONE]\n"
		"team join TEAM MEMBER ... [--on DATE]\n"
		"team leave TEAM MEMBER ... [--on DATE]\n"
		"team list\n"
		"team show TEAM" },
	[C_EQUIPMENT] = { "equipment", cmd_equipment,
		"equipment issue MEMBER ITEM [--count N] [--on DATE]\n"
		"equipment return MEMBER ITEM [--count N] [--on DATE]\n"
		"equipment list [--zone ZONE,...] [--group GROUP,...] [--item ITEM,...]" },
	[C_CHECK] = { "check", cmd_check, "check [--min N] [--max N] [--zone ZONE,...]" },
	[C_PLAN] = { "plan", cmd_plan, "plan [--size N] [--min N] [--max N] [--zone ZONE,...] [--no-fill] [--apply]" },
	[C_POINTS] = { "points", cmd_points,
		"points [--period P] [--zone ZONE,...] [--group GROUP,...] [--by member | group]\n"
		"points show MEMBER [--period P]\n"
		"points award MEMBER N --reason TEXT [--on DATE]\n"
		"points redeem MEMBER N --reason TEXT [--on DATE]" },
	{ NULL, NULL, NULL },
};

#define FOR_OPTIONS(c, argc, argv, shortopts, longopts) \
	while (((c) = getopt_long((argc), (argv), (shortopts), (longopts), NULL)) != -1)

/* Today's date (honouring $FH_NOW) into buf.  0 or -1. */
static int today(char *buf, struct fh_error *err)
{
	struct fh_time t;

	if (fh_now(&t, err))
		return -1;
	fh_date_format(&t, buf);
	return 0;
}

/* Opens the database, runs nothing else; prints the failure. */
static int open_db(struct fh_cli *cli, struct fh_db **db, struct fh_error *err)
{
	return fh_cli_open_db(cli, 0, db, err);
}

/* Ends a listing command: finishes the output and reports any failure. */
static int end_list(struct fh_cli *cli, struct fh_db *db, struct fh_out *out, int rc,
		    struct fh_error *err)
{
	if (!rc)
		rc = fh_cli_finish_out(out, err);
	fh_out_free(out);
	fh_db_close(db);
	return rc < 0 ? fh_cli_fail(cli, err) : 0;
}

/* Ends a writing command. */
static int end_write(struct fh_cli *cli, struct fh_db *db, int rc, struct fh_error *err)
{
	fh_db_close(db);
	return rc ? fh_cli_fail(cli, err) : 0;
}

/* Shows one CODE with show (member, group or team show), after the usage check. */
static int show_code(struct fh_cli *cli, int argc, char **argv, const char *usage,
		     int (*show)(struct fh_db *, const char *, const struct fh_show *,
				 struct fh_error *))
{
	struct fh_error err = { 0 };
	struct fh_show settings;
	struct fh_db *db;
	int rc;

	if (argc != 2)
		return fh_cli_usage(cli, "%s", usage);
	if (fh_cli_show_settings(cli, &settings, &err) || open_db(cli, &db, &err))
		return fh_cli_fail(cli, &err);
	rc = show(db, argv[1], &settings, &err);
	fh_db_close(db);
	return rc ? fh_cli_fail(cli, &err) : 0;
}

/* Checks a date given as an option value; a bad one is a wrong value (fh(1): exit 1). */
static int date_option(const char *opt, const char *s, struct fh_error *err)
{
	struct fh_time t;

	if (fh_date_parse(s, &t, err))
		return fh_error_prefix(err, "%s", opt);
	return 0;
}

/* ---- import / export ---- */

static int cmd_import(struct fh_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "dry-run", no_argument, NULL, 'n' },
		{ "csv", no_argument, NULL, 'c' },
		{ "yaml", no_argument, NULL, 'y' },
		{ NULL, 0, NULL, 0 },
	};
	enum fh_roster_format fmt = FH_ROSTER_AUTO;
	struct fh_roster_stats stats;
	struct fh_error err = { 0 };
	struct fh_db *db = NULL;
	const char *path, *name;
	FILE *fp, *in = NULL;
	int c, dry = 0, rc;

	if (fh_cli_help(cli, &commands[C_IMPORT]) >= 0)
		return 0;
	FOR_OPTIONS(c, argc, argv, "", opts) {
		switch (c) {
		case 'n': dry = 1; break;
		case 'c': fmt = FH_ROSTER_CSV; break;
		case 'y': fmt = FH_ROSTER_YAML; break;
		default: return fh_cli_bad_option(cli, argv);
		}
	}
	if (argc - optind != 1)
		return fh_cli_usage(cli, _("import needs one FILE, or - for standard input"));
	path = argv[optind];
	name = strcmp(path, "-") ? path : "<stdin>";
	if (!(fp = strcmp(path, "-") ? fopen(path, "r") : stdin)) {
		fh_error_set(&err, _("cannot open '%s': %s"), path, strerror(errno));
		return fh_cli_fail(cli, &err);
	}
	rc = open_db(cli, &db, &err);
	/* Read whole and within the limits before the write lock is taken. */
	if (!rc && !(in = fh_cli_spool(db, fp, name, &err)))
		rc = -1;
	if (!rc) {
		fh_cli_progress_begin(cli, db, in);
		rc = fh_roster_import(db, in, name, fmt, dry, &stats, &err);
		fh_cli_progress_end(db);
		if (in != fp)
			fclose(in);
	}
	if (fp != stdin)
		fclose(fp);
	if (!rc && dry)
		fprintf(stderr, _("%s: dry run, nothing changed: zones %lld new %lld updated,"
			" groups %lld new %lld updated, members %lld new %lld updated,"
			" teams %lld new %lld updated, leaders %lld new%s\n"),
			cli->prog, stats.zones_added, stats.zones_updated, stats.groups_added,
			stats.groups_updated, stats.members_added, stats.members_updated,
			stats.teams_added, stats.teams_updated,
			stats.leaders_set, stats.station_set ? _(", station name set") : "");
	return end_write(cli, db, rc, &err);
}

static int cmd_export(struct fh_cli *cli, int argc, char **argv)
{
	struct fh_error err = { 0 };
	struct fh_db *db = NULL;
	struct fh_out *out = NULL;
	int rc;

	if (fh_cli_help(cli, &commands[C_EXPORT]) >= 0)
		return 0;
	if (argc > 1)
		return fh_cli_usage(cli, _("export takes no arguments, got '%s'"), argv[1]);
	if (cli->format_name && !strcmp(cli->format_name, "yaml")) {
		if (open_db(cli, &db, &err))
			return fh_cli_fail(cli, &err);
		rc = fh_roster_export_yaml(db, stdout, &err);
		return end_write(cli, db, rc, &err);
	}
	if (cli->format_bad)
		return fh_error_set(&err, _("unknown format '%s' (use yaml, table, tsv, csv or json)"),
				    cli->format_name), fh_cli_fail(cli, &err);
	if (!(out = fh_cli_out(cli, &err)) || open_db(cli, &db, &err)) {
		fh_out_free(out);
		return fh_cli_fail(cli, &err);
	}
	return end_list(cli, db, out, fh_roster_export(db, out, &err), &err);
}

/* ---- zones ---- */

static int cmd_zone(struct fh_cli *cli, int argc, char **argv)
{
	struct fh_error err = { 0 };
	struct fh_db *db = NULL;
	struct fh_out *out;

	if (fh_cli_help(cli, &commands[C_ZONE]) >= 0)
		return 0;
	if (argc >= 2 && !strcmp(argv[1], "add")) {
		if (argc != 4)
			return fh_cli_usage(cli, _("zone add needs CODE and NAME"));
		if (open_db(cli, &db, &err))
			return fh_cli_fail(cli, &err);
		return end_write(cli, db, fh_zone_add(db, argv[2], argv[3], &err), &err);
	}
	if (argc >= 2 && !strcmp(argv[1], "list")) {
		if (argc != 2)
			return fh_cli_usage(cli, _("zone list takes no arguments, got '%s'"), argv[2]);
		if (!(out = fh_cli_out(cli, &err)) || open_db(cli, &db, &err)) {
			fh_out_free(out);
			return fh_cli_fail(cli, &err);
		}
		return end_list(cli, db, out, fh_zone_list(db, out, &err), &err);
	}
	return fh_cli_usage(cli, argc < 2 ? _("zone needs add or list") : _("unknown zone command '%s'"),
			    argc < 2 ? "" : argv[1]);
}

/* ---- members ---- */

/* Parses the field options of member add and edit into m. */
static int member_options(struct fh_cli *cli, int argc, char **argv,
			  struct fh_member_fields *m, int *force)
{
	static const struct option opts[] = {
		{ "name", required_argument, NULL, FH_RF_NAME },
		{ "zone", required_argument, NULL, FH_RF_ZONE },
		{ "kind", required_argument, NULL, FH_RF_KIND },
		{ "contact", required_argument, NULL, FH_RF_CONTACT },
		{ "phone", required_argument, NULL, FH_RF_PHONE },
		{ "address", required_argument, NULL, FH_RF_ADDRESS },
		{ "group", required_argument, NULL, FH_RF_GROUP },
		{ "lat", required_argument, NULL, FH_RF_LAT },
		{ "lon", required_argument, NULL, FH_RF_LON },
		{ "joined", required_argument, NULL, FH_RF_JOINED },
		{ "note", required_argument, NULL, FH_RF_NOTE },
		{ "force", no_argument, NULL, 1000 },
		{ "left", required_argument, NULL, FH_RF_LEFT },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	FOR_OPTIONS(c, argc, argv, "", opts) {
		if (c == 1000) {
			*force = 1;
		} else if (c >= 0 && c < FH_RF_COUNT) {
			m->given[c] = 1;
			/* A kind's label (商户) as its code: fh/codes.h. */
			m->val[c] = c == FH_RF_KIND ? fh_codes_input(FH_CODES_MEMBER_KIND, optarg) : optarg;
		} else {
			return fh_cli_bad_option(cli, argv);
		}
	}
	return 0;
}

static int member_add(struct fh_cli *cli, int argc, char **argv)
{
	struct fh_member_fields m = { 0 };
	struct fh_error err = { 0 };
	struct fh_db *db;
	int force = 0, rc;

	if ((rc = member_options(cli, argc, argv, &m, &force)))
		return rc;
	if (argc - optind != 1)
		return fh_cli_usage(cli, _("member add needs one CODE"));
	if (!m.given[FH_RF_NAME] || !m.given[FH_RF_ZONE])
		return fh_cli_usage(cli, _("member add needs --name and --zone"));
	m.given[FH_RF_CODE] = 1;
	m.val[FH_RF_CODE] = argv[optind];
	if (fh_member_fields_check(&m, &err))
		return fh_cli_fail(cli, &err);
	if (open_db(cli, &db, &err))
		return fh_cli_fail(cli, &err);
	return end_write(cli, db, fh_member_add(db, &m, force, &err), &err);
}

static int member_edit(struct fh_cli *cli, int argc, char **argv)
{
	struct fh_member_fields m = { 0 };
	struct fh_error err = { 0 };
	char date[FH_DATE_LEN];
	struct fh_db *db;
	int force = 0, rc;

	if ((rc = member_options(cli, argc, argv, &m, &force)))
		return rc;
	if (argc - optind != 1)
		return fh_cli_usage(cli, _("member edit needs one CODE"));
	if (fh_member_fields_check(&m, &err) || today(date, &err) || open_db(cli, &db, &err))
		return fh_cli_fail(cli, &err);
	return end_write(cli, db, fh_member_edit(db, argv[optind], &m, force, date, &err), &err);
}

/* Parses a lone "--on DATE" option into date (default today). */
static int on_option(struct fh_cli *cli, int argc, char **argv, char *date, int *status)
{
	static const struct option opts[] = {
		{ "on", required_argument, NULL, 'o' },
		{ NULL, 0, NULL, 0 },
	};
	struct fh_error err = { 0 };
	int c;

	if (today(date, &err))
		return *status = fh_cli_fail(cli, &err), -1;
	FOR_OPTIONS(c, argc, argv, "", opts) {
		if (c != 'o')
			return *status = fh_cli_bad_option(cli, argv), -1;
		if (date_option("--on", optarg, &err))
			return *status = fh_cli_fail(cli, &err), -1;
		snprintf(date, FH_DATE_LEN, "%s", optarg);
	}
	return 0;
}

static int member_leave(struct fh_cli *cli, int argc, char **argv)
{
	struct fh_error err = { 0 };
	char date[FH_DATE_LEN];
	struct fh_db *db;
	int status;

	if (on_option(cli, argc, argv, date, &status))
		return status;
	if (argc - optind != 1)
		return fh_cli_usage(cli, _("member leave needs one CODE"));
	if (open_db(cli, &db, &err))
		return fh_cli_fail(cli, &err);
	return end_write(cli, db, fh_member_leave(db, argv[optind], date, &err), &err);
}

static int member_show(struct fh_cli *cli, int argc, char **argv)
{
	return show_code(cli, argc, argv, _("member show needs one CODE"), fh_member_show);
}

static int member_list(struct fh_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "zone", required_argument, NULL, 'z' },
		{ "group", required_argument, NULL, 'g' },
		{ "kind", required_argument, NULL, 'k' },
		{ "team", required_argument, NULL, 't' },
		{ "active", no_argument, NULL, 'A' },
		{ "all", no_argument, NULL, 'a' },
		{ NULL, 0, NULL, 0 },
	};
	struct fh_member_filter f = { 0 };
	struct fh_error err = { 0 };
	struct fh_db *db = NULL;
	struct fh_out *out;
	const char **list = NULL;
	int c;

	FOR_OPTIONS(c, argc, argv, "", opts) {
		switch (c) {
		/* fh(1): a filter given twice matches either value. */
		case 'z': list = &f.zone; break;
		case 'g': list = &f.group; break;
		case 'k': list = &f.kind; break;
		case 't': list = &f.team; break;
		case 'A': f.all = 0; break;
		case 'a': f.all = 1; break;
		default: return fh_cli_bad_option(cli, argv);
		}
		if (list && fh_cli_list(cli, list, optarg, &err))
			return fh_cli_fail(cli, &err);
		list = NULL;
	}
	if (optind != argc)
		return fh_cli_usage(cli, _("member list takes no arguments, got '%s'"), argv[optind]);
	if (!(out = fh_cli_out(cli, &err)) || open_db(cli, &db, &err)) {
		fh_out_free(out);
		return fh_cli_fail(cli, &err);
	}
	return end_list(cli, db, out, fh_member_list(db, &f, out, &err), &err);
}

/* One verb of a command that has several (member add, team join ...). */
struct verb {
	const char *name;
	int (*run)(struct fh_cli *cli, int argc, char **argv);
};

/*
 * Runs the verb argv[1] of commands[cmd] from verbs (ended by a NULL
 * name), after its --help; needs and unknown (a format for the verb) are
 * the usage errors for a missing and a wrong verb.  Returns the status.
 */
static int run_verb(struct fh_cli *cli, int argc, char **argv, int cmd,
		    const struct verb *verbs, const char *needs, const char *unknown)
{
	if (fh_cli_help(cli, &commands[cmd]) >= 0)
		return 0;
	if (argc < 2)
		return fh_cli_usage(cli, "%s", needs);
	for (; verbs->name; verbs++)
		if (!strcmp(verbs->name, argv[1]))
			return verbs->run(cli, argc - 1, argv + 1);
	return fh_cli_usage(cli, unknown, argv[1]);
}

static int cmd_member(struct fh_cli *cli, int argc, char **argv)
{
	static const struct verb verbs[] = {
		{ "add", member_add }, { "show", member_show }, { "edit", member_edit },
		{ "leave", member_leave }, { "list", member_list }, { NULL, NULL },
	};

	return run_verb(cli, argc, argv, C_MEMBER, verbs,
			_("member needs add, show, edit, leave or list"),
			_("unknown member command '%s'"));
}

/* ---- groups ---- */

static int cmd_add(struct fh_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "zone", required_argument, NULL, 'z' },
		{ "name", required_argument, NULL, 'n' },
		{ "formed", required_argument, NULL, 'F' },
		{ NULL, 0, NULL, 0 },
	};
	const char *zone = NULL, *name = NULL, *formed = NULL;
	struct fh_error err = { 0 };
	struct fh_db *db;
	int c;

	if (fh_cli_help(cli, &commands[C_ADD]) >= 0)
		return 0;
	FOR_OPTIONS(c, argc, argv, "", opts) {
		switch (c) {
		case 'z': zone = optarg; break;
		case 'n': name = optarg; break;
		case 'F': formed = optarg; break;
		default: return fh_cli_bad_option(cli, argv);
		}
	}
	if (argc - optind != 1)
		return fh_cli_usage(cli, _("add needs one group CODE"));
	if (!zone)
		return fh_cli_usage(cli, _("add needs --zone"));
	if (open_db(cli, &db, &err))
		return fh_cli_fail(cli, &err);
	return end_write(cli, db, fh_group_add(db, argv[optind], zone, name, formed, &err), &err);
}

static int cmd_show(struct fh_cli *cli, int argc, char **argv)
{
	if (fh_cli_help(cli, &commands[C_SHOW]) >= 0)
		return 0;
	return show_code(cli, argc, argv, _("show needs one GROUP"), fh_group_show);
}

static int cmd_list(struct fh_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "zone", required_argument, NULL, 'z' },
		{ "all", no_argument, NULL, 'a' },
		{ NULL, 0, NULL, 0 },
	};
	const char *zone = NULL;
	struct fh_error err = { 0 };
	struct fh_db *db = NULL;
	struct fh_out *out;
	int c, all = 0;

	if (fh_cli_help(cli, &commands[C_LIST]) >= 0)
		return 0;
	FOR_OPTIONS(c, argc, argv, "", opts) {
		switch (c) {
		case 'z':  /* fh(1): given twice or as a list, any of them */
			if (fh_cli_list(cli, &zone, optarg, &err))
				return fh_cli_fail(cli, &err);
			break;
		case 'a': all = 1; break;
		default: return fh_cli_bad_option(cli, argv);
		}
	}
	if (optind != argc)
		return fh_cli_usage(cli, _("list takes no arguments, got '%s'"), argv[optind]);
	if (!(out = fh_cli_out(cli, &err)) || open_db(cli, &db, &err)) {
		fh_out_free(out);
		return fh_cli_fail(cli, &err);
	}
	return end_list(cli, db, out, fh_group_list(db, zone, all, out, &err), &err);
}

static int cmd_assign(struct fh_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "force", no_argument, NULL, 'F' },
		{ NULL, 0, NULL, 0 },
	};
	struct fh_error err = { 0 };
	char date[FH_DATE_LEN];
	struct fh_db *db;
	int c, force = 0;

	if (fh_cli_help(cli, &commands[C_ASSIGN]) >= 0)
		return 0;
	FOR_OPTIONS(c, argc, argv, "", opts) {
		if (c != 'F')
			return fh_cli_bad_option(cli, argv);
		force = 1;
	}
	if (argc - optind < 2)
		return fh_cli_usage(cli, _("assign needs one or more MEMBERs and a GROUP"));
	if (today(date, &err) || open_db(cli, &db, &err))
		return fh_cli_fail(cli, &err);
	return end_write(cli, db, fh_group_assign(db, argv + optind, argc - optind - 1,
						  argv[argc - 1], force, date, &err), &err);
}

static int cmd_dissolve(struct fh_cli *cli, int argc, char **argv)
{
	struct fh_error err = { 0 };
	char date[FH_DATE_LEN];
	struct fh_db *db;
	int status;

	if (fh_cli_help(cli, &commands[C_DISSOLVE]) >= 0)
		return 0;
	if (on_option(cli, argc, argv, date, &status))
		return status;
	if (argc - optind != 1)
		return fh_cli_usage(cli, _("dissolve needs one GROUP"));
	if (open_db(cli, &db, &err))
		return fh_cli_fail(cli, &err);
	return end_write(cli, db, fh_group_dissolve(db, argv[optind], date, &err), &err);
}

static int cmd_leader(struct fh_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "letter-signed", required_argument, NULL, 'l' },
		{ "on", required_argument, NULL, 'o' },
		{ NULL, 0, NULL, 0 },
	};
	const char *letter = NULL;
	struct fh_error err = { 0 };
	char date[FH_DATE_LEN];
	struct fh_db *db;
	int c;

	if (fh_cli_help(cli, &commands[C_LEADER]) >= 0)
		return 0;
	if (today(date, &err))
		return fh_cli_fail(cli, &err);
	FOR_OPTIONS(c, argc, argv, "", opts) {
		switch (c) {
		case 'l':
			if (date_option("--letter-signed", optarg, &err))
				return fh_cli_fail(cli, &err);
			letter = optarg;
			break;
		case 'o':
			if (date_option("--on", optarg, &err))
				return fh_cli_fail(cli, &err);
			snprintf(date, sizeof(date), "%s", optarg);
			break;
		default: return fh_cli_bad_option(cli, argv);
		}
	}
	if (argc - optind != 2)
		return fh_cli_usage(cli, _("leader needs GROUP and MEMBER"));
	if (open_db(cli, &db, &err))
		return fh_cli_fail(cli, &err);
	return end_write(cli, db, fh_leader_set(db, argv[optind], argv[optind + 1], letter, date, &err),
			 &err);
}

/* ---- teams ---- */

static int team_add(struct fh_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "kind", required_argument, NULL, 'k' },
		{ "zone", required_argument, NULL, 'z' },
		{ NULL, 0, NULL, 0 },
	};
	const char *kind = NULL, *zone = NULL;
	struct fh_error err = { 0 };
	struct fh_db *db;
	int c;

	FOR_OPTIONS(c, argc, argv, "", opts) {
		switch (c) {
		case 'k': kind = fh_codes_input(FH_CODES_TEAM_KIND, optarg); break;
		case 'z': zone = optarg; break;
		default: return fh_cli_bad_option(cli, argv);
		}
	}
	if (argc - optind != 2)
		return fh_cli_usage(cli, _("team add needs CODE and NAME"));
	if (!kind)
		return fh_cli_usage(cli, _("team add needs --kind"));
	if (open_db(cli, &db, &err))
		return fh_cli_fail(cli, &err);
	return end_write(cli, db, fh_team_add(db, argv[optind], argv[optind + 1], kind, zone, &err),
			 &err);
}

static int team_move(struct fh_cli *cli, int argc, char **argv)
{
	struct fh_error err = { 0 };
	char date[FH_DATE_LEN];
	struct fh_db *db;
	int status, join = !strcmp(argv[0], "join");

	if (on_option(cli, argc, argv, date, &status))
		return status;
	if (argc - optind < 2)
		return fh_cli_usage(cli, _("team %s needs a TEAM and one or more MEMBERs"), argv[0]);
	if (open_db(cli, &db, &err))
		return fh_cli_fail(cli, &err);
	return end_write(cli, db, (join ? fh_team_join : fh_team_leave)(db, argv[optind],
		argv + optind + 1, argc - optind - 1, date, &err), &err);
}

static int team_list(struct fh_cli *cli, int argc, char **argv)
{
	struct fh_error err = { 0 };
	struct fh_db *db = NULL;
	struct fh_out *out;

	if (argc != 1)
		return fh_cli_usage(cli, _("team list takes no arguments, got '%s'"), argv[1]);
	if (!(out = fh_cli_out(cli, &err)) || open_db(cli, &db, &err)) {
		fh_out_free(out);
		return fh_cli_fail(cli, &err);
	}
	return end_list(cli, db, out, fh_team_list(db, out, &err), &err);
}

static int team_show(struct fh_cli *cli, int argc, char **argv)
{
	return show_code(cli, argc, argv, _("team show needs one TEAM"), fh_team_show);
}

static int cmd_team(struct fh_cli *cli, int argc, char **argv)
{
	static const struct verb verbs[] = {
		{ "add", team_add }, { "join", team_move }, { "leave", team_move },
		{ "list", team_list }, { "show", team_show }, { NULL, NULL },
	};

	return run_verb(cli, argc, argv, C_TEAM, verbs,
			_("team needs add, join, leave, list or show"),
			_("unknown team command '%s'"));
}

/* ---- equipment ---- */

static int equipment_move(struct fh_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "count", required_argument, NULL, 'c' },
		{ "on", required_argument, NULL, 'o' },
		{ NULL, 0, NULL, 0 },
	};
	struct fh_error err = { 0 };
	char date[FH_DATE_LEN];
	long long count = 1;
	struct fh_db *db;
	int c, issue = !strcmp(argv[0], "issue");

	if (today(date, &err))
		return fh_cli_fail(cli, &err);
	FOR_OPTIONS(c, argc, argv, "", opts) {
		switch (c) {
		case 'c':
			if (fh_cli_number(optarg, 1, 1000000, "--count", &count, &err))
				return fh_cli_fail(cli, &err);
			break;
		case 'o':
			if (date_option("--on", optarg, &err))
				return fh_cli_fail(cli, &err);
			snprintf(date, sizeof(date), "%s", optarg);
			break;
		default: return fh_cli_bad_option(cli, argv);
		}
	}
	if (argc - optind != 2)
		return fh_cli_usage(cli, _("equipment %s needs MEMBER and ITEM"), argv[0]);
	if (open_db(cli, &db, &err))
		return fh_cli_fail(cli, &err);
	return end_write(cli, db, (issue ? fh_equipment_issue : fh_equipment_return)(db,
		argv[optind], argv[optind + 1], count, date, &err), &err);
}

static int equipment_list(struct fh_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "zone", required_argument, NULL, 'z' },
		{ "group", required_argument, NULL, 'g' },
		{ "item", required_argument, NULL, 'i' },
		{ NULL, 0, NULL, 0 },
	};
	const char *zone = NULL, *group = NULL, *item = NULL;
	struct fh_error err = { 0 };
	struct fh_db *db = NULL;
	struct fh_out *out;
	int c;

	FOR_OPTIONS(c, argc, argv, "", opts) {
		switch (c) {
		/* fh(1): a filter given twice or as a list matches any of them. */
		case 'z':
		case 'g':
		case 'i':
			if (fh_cli_list(cli, c == 'z' ? &zone : c == 'g' ? &group : &item, optarg, &err))
				return fh_cli_fail(cli, &err);
			break;
		default: return fh_cli_bad_option(cli, argv);
		}
	}
	if (optind != argc)
		return fh_cli_usage(cli, _("equipment list takes no arguments, got '%s'"), argv[optind]);
	if (!(out = fh_cli_out(cli, &err)) || open_db(cli, &db, &err)) {
		fh_out_free(out);
		return fh_cli_fail(cli, &err);
	}
	return end_list(cli, db, out, fh_equipment_list(db, zone, group, item, out, &err), &err);
}

static int cmd_equipment(struct fh_cli *cli, int argc, char **argv)
{
	static const struct verb verbs[] = {
		{ "issue", equipment_move }, { "return", equipment_move },
		{ "list", equipment_list }, { NULL, NULL },
	};

	return run_verb(cli, argc, argv, C_EQUIPMENT, verbs,
			_("equipment needs issue, return or list"),
			_("unknown equipment command '%s'"));
}

/* ---- check and plan ---- */

/*
 * Fills the bounds not given as options (-1) from the station's settings
 * group_min_size and group_max_size; a setting beyond the other bound
 * given is wrong usage.
 */
static int group_sizes(struct fh_db *db, int *min, int *max, struct fh_error *err)
{
	int smin, smax;

	fh_config_group_sizes(db, &smin, &smax);
	if (*min < 0)
		*min = smin;
	if (*max < 0)
		*max = smax;
	if (*min > *max)
		return fh_error_usage(err, _("the group size bounds are %d to %d, the minimum above the"
					     " maximum (see fh config get group_min_size)"), *min, *max);
	return 0;
}

static int cmd_check(struct fh_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "min", required_argument, NULL, 'm' },
		{ "max", required_argument, NULL, 'M' },
		{ "zone", required_argument, NULL, 'z' },
		{ NULL, 0, NULL, 0 },
	};
	struct fh_check_options opt = { -1, -1, NULL };
	struct fh_error err = { 0 };
	struct fh_db *db = NULL;
	struct fh_out *out;
	long long v;
	int c, n;

	if (fh_cli_help(cli, &commands[C_CHECK]) >= 0)
		return 0;
	FOR_OPTIONS(c, argc, argv, "", opts) {
		switch (c) {
		case 'm':
		case 'M':
			if (fh_cli_number(optarg, 0, 100000, c == 'm' ? "--min" : "--max", &v, &err))
				return fh_cli_fail(cli, &err);
			*(c == 'm' ? &opt.min : &opt.max) = (int)v;
			break;
		case 'z':  /* fh(1): given twice or as a list, any of them */
			if (fh_cli_list(cli, &opt.zone, optarg, &err))
				return fh_cli_fail(cli, &err);
			break;
		default: return fh_cli_bad_option(cli, argv);
		}
	}
	if (optind != argc)
		return fh_cli_usage(cli, _("check takes no arguments, got '%s'"), argv[optind]);
	if (opt.min >= 0 && opt.max >= 0 && opt.min > opt.max)
		return fh_cli_usage(cli, _("--min %d is more than --max %d"), opt.min, opt.max);
	if (!(out = fh_cli_out(cli, &err)) || open_db(cli, &db, &err)) {
		fh_out_free(out);
		return fh_cli_fail(cli, &err);
	}
	if (group_sizes(db, &opt.min, &opt.max, &err)) {
		/* Wrong usage, told as the options' errors are. */
		fh_out_free(out);
		fh_db_close(db);
		return fh_cli_usage(cli, "%s", err.msg);
	}
	n = fh_check_groups(db, &opt, out, &err);
	if (end_list(cli, db, out, n < 0 ? -1 : 0, &err))
		return 1;
	return n > 0 ? FH_FOUND : FH_OK;
}

/*
 * The sizes of a plan: --size alone keeps its bounds at size-2 and size+2;
 * else the bounds not given are the station's settings, and the size, when
 * not given, is 10 brought within them.
 */
static int plan_sizes(struct fh_db *db, struct fh_plan_options *opt, struct fh_error *err)
{
	if (opt->size < 0 || opt->min >= 0 || opt->max >= 0) {
		int min = opt->min, max = opt->max;

		if (group_sizes(db, &min, &max, err))
			return -1;
		if (opt->size < 0)
			opt->size = 10 < min ? min : 10 > max ? max : 10;
		opt->min = min;
		opt->max = max;
	}
	if (opt->min < 0)
		opt->min = opt->size > 2 ? opt->size - 2 : 1;
	if (opt->max < 0)
		opt->max = opt->size + 2;
	if (opt->min > opt->size || opt->size > opt->max)
		return fh_error_usage(err, _("sizes must satisfy min <= size <= max, got %d <= %d <= %d"),
				      opt->min, opt->size, opt->max);
	return 0;
}

static int cmd_plan(struct fh_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "size", required_argument, NULL, 's' },
		{ "min", required_argument, NULL, 'm' },
		{ "max", required_argument, NULL, 'M' },
		{ "zone", required_argument, NULL, 'z' },
		{ "apply", no_argument, NULL, 'a' },
		{ "no-fill", no_argument, NULL, 'F' },
		{ NULL, 0, NULL, 0 },
	};
	struct fh_plan_options opt = { -1, -1, -1, NULL, 0, 0 };
	struct fh_error err = { 0 };
	struct fh_db *db = NULL;
	struct fh_out *out;
	long long v;
	int c, rc;

	if (fh_cli_help(cli, &commands[C_PLAN]) >= 0)
		return 0;
	FOR_OPTIONS(c, argc, argv, "", opts) {
		switch (c) {
		case 's':
		case 'm':
		case 'M':
			if (fh_cli_number(optarg, 1, 10000, c == 's' ? "--size" : c == 'm' ? "--min" : "--max",
					  &v, &err))
				return fh_cli_fail(cli, &err);
			*(c == 's' ? &opt.size : c == 'm' ? &opt.min : &opt.max) = (int)v;
			break;
		case 'z':  /* fh(1): given twice or as a list, any of them */
			if (fh_cli_list(cli, &opt.zone, optarg, &err))
				return fh_cli_fail(cli, &err);
			break;
		case 'a': opt.apply = 1; break;
		case 'F': opt.no_fill = 1; break;
		default: return fh_cli_bad_option(cli, argv);
		}
	}
	if (optind != argc)
		return fh_cli_usage(cli, _("plan takes no arguments, got '%s'"), argv[optind]);
	if (!(out = fh_cli_out(cli, &err)) || open_db(cli, &db, &err)) {
		fh_out_free(out);
		return fh_cli_fail(cli, &err);
	}
	if (plan_sizes(db, &opt, &err)) {
		/* Wrong usage, told as the options' errors are. */
		fh_out_free(out);
		fh_db_close(db);
		return fh_cli_usage(cli, "%s", err.msg);
	}
	fh_cli_progress_begin(cli, db, NULL);
	rc = fh_plan_run(db, &opt, out, &err);
	fh_cli_progress_end(db);
	return end_list(cli, db, out, rc, &err);
}

/* ---- points ---- */

/* points award|redeem MEMBER N --reason TEXT [--on DATE]. */
static int points_entry(struct fh_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "reason", required_argument, NULL, 'r' },
		{ "on", required_argument, NULL, 'o' },
		{ NULL, 0, NULL, 0 },
	};
	struct fh_error err = { 0 };
	char date[FH_DATE_LEN];
	const char *reason = NULL;
	long long n;
	struct fh_db *db;
	int c, award = !strcmp(argv[0], "award");

	if (today(date, &err))
		return fh_cli_fail(cli, &err);
	FOR_OPTIONS(c, argc, argv, "", opts) {
		switch (c) {
		case 'r': reason = optarg; break;
		case 'o':
			if (date_option("--on", optarg, &err))
				return fh_cli_fail(cli, &err);
			snprintf(date, sizeof(date), "%s", optarg);
			break;
		default: return fh_cli_bad_option(cli, argv);
		}
	}
	if (argc - optind != 2)
		return fh_cli_usage(cli, _("points %s needs MEMBER and N"), argv[0]);
	if (!reason)
		return fh_cli_usage(cli, _("points %s needs --reason"), argv[0]);
	if (fh_cli_number(argv[optind + 1], 1, 1000000, "N", &n, &err))
		return fh_cli_fail(cli, &err);
	if (open_db(cli, &db, &err))
		return fh_cli_fail(cli, &err);
	return end_write(cli, db, (award ? fh_points_award : fh_points_redeem)(db,
		argv[optind], n, date, reason, &err), &err);
}

/* Reads --period into *r; wrong values exit 1 (fh(1)). */
static int points_period(const char *arg, struct fh_range *r, struct fh_error *err)
{
	return fh_period_option("--period", arg, r, err);
}

/* points show MEMBER [--period P]: the items behind a member's total. */
static int points_show(struct fh_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "period", required_argument, NULL, 'p' },
		{ NULL, 0, NULL, 0 },
	};
	struct fh_error err = { 0 };
	struct fh_range r;
	int c, span = 0;
	struct fh_db *db = NULL;
	struct fh_out *out;

	FOR_OPTIONS(c, argc, argv, "", opts) {
		switch (c) {
		case 'p':
			if (points_period(optarg, &r, &err))
				return fh_cli_fail(cli, &err);
			span = 1;
			break;
		default: return fh_cli_bad_option(cli, argv);
		}
	}
	if (argc - optind != 1)
		return fh_cli_usage(cli, _("points show needs one MEMBER"));
	if (!(out = fh_cli_out(cli, &err)) || open_db(cli, &db, &err)) {
		fh_out_free(out);
		return fh_cli_fail(cli, &err);
	}
	return end_list(cli, db, out, fh_points_show(db, argv[optind], span ? r.start : NULL,
						     span ? r.end : NULL, out, &err), &err);
}

/* points [--period P] [--zone Z] [--group G] [--by member|group]: the totals. */
static int points_list(struct fh_cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "period", required_argument, NULL, 'p' },
		{ "zone", required_argument, NULL, 'z' },
		{ "group", required_argument, NULL, 'g' },
		{ "by", required_argument, NULL, 'b' },
		{ NULL, 0, NULL, 0 },
	};
	struct fh_points_filter f = { 0 };
	struct fh_error err = { 0 };
	struct fh_range r;
	struct fh_db *db = NULL;
	struct fh_out *out;
	int c;

	FOR_OPTIONS(c, argc, argv, "", opts) {
		switch (c) {
		case 'p':
			if (points_period(optarg, &r, &err))
				return fh_cli_fail(cli, &err);
			f.since = r.start;
			f.until = r.end;
			break;
		case 'z':
		case 'g':
			if (fh_cli_list(cli, c == 'z' ? &f.zone : &f.group, optarg, &err))
				return fh_cli_fail(cli, &err);
			break;
		case 'b':
			if (strcmp(optarg, "member") && strcmp(optarg, "group"))
				return fh_cli_usage(cli, _("--by takes member or group, not '%s'"), optarg);
			f.by_group = !strcmp(optarg, "group");
			break;
		default: return fh_cli_bad_option(cli, argv);
		}
	}
	if (optind != argc)
		return fh_cli_usage(cli, _("unknown points command '%s'"), argv[optind]);
	if (!(out = fh_cli_out(cli, &err)) || open_db(cli, &db, &err)) {
		fh_out_free(out);
		return fh_cli_fail(cli, &err);
	}
	return end_list(cli, db, out, fh_points_list(db, &f, out, &err), &err);
}

static int cmd_points(struct fh_cli *cli, int argc, char **argv)
{
	static const struct verb verbs[] = {
		{ "show", points_show }, { "award", points_entry }, { "redeem", points_entry },
		{ NULL, NULL },
	};

	if (fh_cli_help(cli, &commands[C_POINTS]) >= 0)
		return 0;
	/* Without a verb, the totals: the verbs are the words no option takes. */
	for (const struct verb *v = verbs; argc >= 2 && v->name; v++)
		if (!strcmp(v->name, argv[1]))
			return v->run(cli, argc - 1, argv + 1);
	return points_list(cli, argc, argv);
}

/* For completion: points --by takes member or group. */
static const char *const *complete_values(const char *cmd, const char *opt)
{
	static const char *const by[] = { "member", "group", NULL };

	return !strcmp(cmd, "points") && !strcmp(opt, "--by") ? by : NULL;
}

int main(int argc, char **argv)
{
	fh_cli_complete_hook = complete_values;
	/*
	 * SQLite's memory statistics take a global lock on every allocation,
	 * a cost an import of a million members pays millions of times.
	 */
	sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
	return fh_cli_main("fh-group", argc, argv, commands, tool_help);
}
