Applying a station's files in order: a gap is refused until the missing
file comes; each file is all or nothing, so the files before the refused
one stay applied.  A station restored from an older backup starts again
with fh sync export --full, which replaces its rows at the bureau.  fh sql
reads the bureau's file, each row with its station, and the bureau's
record of what it applied.
--- setup
sed 's/枫泾派出所/站1/' "$DATA/roster-small.yaml" > r.yaml
fh init --db s1.db --station 站1
fh-group import --db s1.db r.yaml
fh --db s1.db sync export -o 1.fhsync
fh --db s1.db backup old.db
fh-report add --db s1.db --category fire --by S0001 --where 北大街路口 通道堵塞
fh --db s1.db sync export -o 2.fhsync
fh-report add --db s1.db --category theft --by S0002 --where 北大街路口 电瓶被盗
fh --db s1.db sync export -o 3.fhsync
fh-report add --db old.db --category consult --by S0003 --where 南大街 咨询
fh bureau init fh.db
--- run
fh bureau apply 1.fhsync 3.fhsync 2.fhsync; echo "exit $?"
fh sql --no-header "SELECT count(*) FROM reports"
fh bureau apply 2.fhsync 3.fhsync; echo "exit $?"
fh sql --no-header "SELECT category, text FROM reports ORDER BY id"
fh --db old.db sync export --full -o old-full.fhsync
fh bureau apply old-full.fhsync; echo "exit $?"
fh sql --no-header "SELECT category, text FROM reports ORDER BY id"
fh sql --no-header "SELECT s.name, s.sequence, count(*), sum(f.full) FROM bureau_stations s JOIN bureau_files f USING (station)"
fh sql --no-header "SELECT count(DISTINCT station), count(*) FROM members"
--- stdout
exit 1
0
exit 0
fire	通道堵塞
theft	电瓶被盗
2
exit 0
consult	咨询
站1	2	1	1
1	12
--- stderr
fh: station '站1': '3.fhsync' is file 3, but the last applied is 1: file 2 is missing
