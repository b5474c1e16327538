Wrong keys and spans are usage errors, and nothing changes.
--- setup
fh init
--- run
fh-stats summary --by zone,colour
fh-stats summary --by zone,zone
fh-stats summary --period 2026Q5
fh-stats summary --period 2026Q4 --since 2026-10-01
fh-stats summary --since 2026-11-02 --until 2026-11-01
fh-stats summary --chart
fh-stats summary --db nowhere.db
echo "exit $?"
--- stderr
fh-stats: unknown key 'colour' (use zone, group, category, family, member, month, week, station, trade)
fh-stats: key 'zone' given twice
fh-stats: --period: invalid period '2026Q5' (expected e.g. 2026, 2026Q4, 2026-11, 2026-W47, 2026-11-23 or this-month)
fh-stats: give one --period, or --since and --until
fh-stats: --since 2026-11-02 00:00 is not before --until 2026-11-02 00:00 (see 'fh-stats --help')
fh-stats: option '--chart' does not apply to summary (see 'fh-stats --help')
fh-stats: database 'nowhere.db' does not exist: run 'fh init' to create it
--- stdout
exit 1
--- unchanged
