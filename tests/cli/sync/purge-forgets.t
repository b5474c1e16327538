fh purge after an export leaves no trace in the station's record of what
it sent either: the copies of the last export (sync_base_*) and the last
file kept for --again, which quote the purged member's words, are dropped;
--again says why it cannot rewrite the file; the next export sends the
whole station (full), and the bureau that applies it holds the purged
member erased.
--- setup
sed 's/枫泾派出所/站1/' "$DATA/roster-small.yaml" > r.yaml
fh init --db s1.db --station 站1
fh-group import --db s1.db r.yaml
fh-report add --db s1.db --category fire --by S0001 --where 北大街路口 "门口有杂物，店主张小明说明天清理"
fh --db s1.db sync export --with-personal-data -o 1.fhsync
fh bureau init fh.db
fh bureau apply 1.fhsync
--- run
name=$(fh --db s1.db sql --reveal --no-header "SELECT name FROM members WHERE code = 'S0001'")
fh --db s1.db sql --no-header "SELECT count(*) FROM sqlite_schema WHERE name LIKE 'sync_base_%'" | sed 's/^[1-9][0-9]*$/some/'
fh --db s1.db purge S0001 -f tsv --no-header | grep -c members
fh --db s1.db sql --no-header "SELECT count(*) FROM sqlite_schema WHERE name LIKE 'sync_base_%'"
fh --db s1.db sync export --again -o again.fhsync; echo "exit $?"
test -n "$name" && grep -c -F "$name" s1.db s1.db-wal 2>/dev/null | grep -v ':0$' || echo "the station's file does not quote the name"
fh --db s1.db sync export -o 2.fhsync
grep -a '^full:' 2.fhsync
fh bureau apply 2.fhsync; echo "exit $?"
fh sql --reveal --no-header "SELECT count(*), count(name) FROM members WHERE code = 'S0001'"
--- stdout
some
1
0
exit 1
the station's file does not quote the name
2
full: yes
exit 0
1	0
--- stderr
fh: the last export was erased by fh purge: the next export sends the whole station
