Every tool option that takes a value (required_argument in cmd/) takes its value whole even when it begins with '-' ("--note -fjson" is not "-f json"): the list lib/io/cli.c reads is made at build time from cmd/'s getopt tables by tools/value-options.sh, so a new option is in it without being listed by hand, and a table entry the script cannot read stops the build.
--- setup
fh init
sqlite3 -cmd ".load $FH_BIGRAM_EXT" fh.db < "$DATA/stats-basic.sql"
--- run
fh-activity add --kind training --zone Z1 --on 2026-11-20 --note -fjson
fh-activity show 5 -f tsv --no-header | grep note
cat > tool.c <<'X'
static const struct option opts[] = {
	{ "zap", required_argument, NULL, 'z' },
	{ "zip", no_argument, NULL, 'i' },
	{ NULL, 0, NULL, 0 },
};
X
sh "$TOP/tools/value-options.sh" tool.c | grep '^	"'
printf '\t{ "zop",\n\t  required_argument, NULL, 0 },\n' > bad.c
sh "$TOP/tools/value-options.sh" bad.c; echo "exit $?"
--- stdout
5
note	-fjson
	"zap",
exit 1
--- stderr
value-options.sh: a required_argument not written as { "NAME", required_argument, ...:
2:	  required_argument, NULL, 0 },
