One command-line grammar (fh(1) COMMAND LINE GRAMMAR): --period, --since and --until read the same in every tool and a wrong value exits 1 everywhere; errors name the option as typed; a value may begin with '-'; '--' ends options; a filter given twice or as a comma list matches any of its values.
--- setup
fh init
fh config set officers 王警官,李警官
sqlite3 fh.db < "$DATA/report/roster.sql"
fh-report import "$DATA/report/reports.jsonl" >/dev/null
fh-report assign 4 王警官
fh-report handle 5 --note 已清理
fh-activity add --kind inspection --zone Z1 --on 2026-11-20 --topic fire >/dev/null
fh-meeting plan --quarter 2026Q4 --zone Z1 >/dev/null
fh-meeting plan --quarter 2026Q4 --zone Z2 >/dev/null
--- run
for tool in "fh-report list" "fh-stats summary" "fh-activity list" "fh audit"; do
	$tool --since 2026Q5; echo "$tool: exit $?"
done
fh-report list --until 2026-02-30 2>&1; echo "exit $?"
fh-stats summary --since 2026Q4 --until 2026-W48 -f tsv; echo "exit $?"
fh-activity list --since "2026-11-20 00:00" --until 2026-11 -f tsv --no-header | cut -f1-3
fh audit --since 2026-W47 --until this-year -f tsv --no-header | cut -f1 | tr '\n' ' '; echo
fh-report list --zone; echo "exit $?"
fh-stats summary --by; echo "exit $?"
fh-report list --late=yes; echo "exit $?"
fh-report list --search -fast -f tsv; echo "exit $?"
fh-report list -f tsv -- --status; echo "exit $?"
fh-report list --status open --status assigned --zone Z1 -f tsv --no-header | cut -f1,4,6
fh-report list --status assigned,handled -f tsv --no-header | cut -f1,6
fh-report list --status open,shut; echo "exit $?"
fh-stats trend --category fire --category traffic --period 2026-11 -f tsv --no-header
fh-group member list --zone Z1 --zone Z2 -f tsv --no-header | cut -f1 | tr '\n' ' '; echo
fh-group member list --zone Z2,Z9; echo "exit $?"
fh-group list --zone Z2 --zone Z1 -f tsv --no-header | cut -f1 | tr '\n' ' '; echo
fh-meeting list --zone Z1,Z2 -f tsv --no-header | cut -f3 | tr '\n' ' '; echo
fh-activity list --kind drill,inspection --zone Z1 -f tsv --no-header | cut -f1,3
--- stdout
fh-report list: exit 1
fh-stats summary: exit 1
fh-activity list: exit 1
fh audit: exit 1
fh-report: --until: invalid date '2026-02-30': no such day
exit 1
found	handled	open	dismissed	handled_pct	median_hours_to_handle
6	1	5	0	16.7	14.0
exit 0
1	2026-11-20	inspection
2	2026-11-20	inspection
1 2 3 4 5 6 7 8 
exit 2
exit 2
exit 2
id	reported_at	category	zone	group	status	severity	member	place	text	officer	age_days
exit 0
exit 2
1	Z1	open
4	Z1	assigned
6	Z1	open
4	assigned
5	handled
exit 1
2026-11	fire	消防隐患	2	0
2026-11	traffic	交通隐患	1	0
M0001 S0001 S0002 S0101 
exit 1
G001 G002 G101 
Z1 Z2 
1	inspection
2	inspection
--- stderr
fh-report: --since: invalid period '2026Q5' (expected e.g. 2026, 2026Q4, 2026-11, 2026-W47, 2026-11-23 or this-month)
fh-stats: --since: invalid period '2026Q5' (expected e.g. 2026, 2026Q4, 2026-11, 2026-W47, 2026-11-23 or this-month)
fh-activity: --since: invalid period '2026Q5' (expected e.g. 2026, 2026Q4, 2026-11, 2026-W47, 2026-11-23 or this-month)
fh: --since: invalid period '2026Q5' (expected e.g. 2026, 2026Q4, 2026-11, 2026-W47, 2026-11-23 or this-month)
fh-report: option '--zone' needs a value (see 'fh-report --help')
fh-stats: option '--by' needs a value (see 'fh-stats --help')
fh-report: option '--late' takes no value (see 'fh-report --help')
fh-report: list takes no arguments, got '--status' (see 'fh-report --help')
fh-report: unknown status 'shut' (valid: open, assigned, handled, closed, dismissed)
fh-group: unknown zone 'Z9'
--- unchanged
