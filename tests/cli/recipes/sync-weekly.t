examples/sync-weekly.sh: two stations push their week to a shared folder
(the first one twice: a week with nothing new sends an empty export, in
sequence), and the bureau applies what arrived, moves it aside and prints
its weekly figures by station; a second run at the bureau finds nothing
new and prints the same figures.
--- setup
for s in 1 2; do
  fh init --db s$s.db
  sqlite3 -cmd ".load $FH_BIGRAM_EXT" s$s.db < "$DATA/stats-basic.sql"
  sqlite3 s$s.db "UPDATE settings SET value = '站$s' WHERE key = 'station'"
done
fh bureau init bureau.db
mkdir incoming
--- run
export FH_SYNC_OUTBOX=$PWD/outbox FH_PERIOD=2026Q4
FH_DB=s1.db sh "$EXAMPLES/sync-weekly.sh" station incoming
FH_DB=s2.db sh "$EXAMPLES/sync-weekly.sh" station incoming
FH_DB=s1.db sh "$EXAMPLES/sync-weekly.sh" station incoming
ls incoming | sed 's/^[0-9a-f]\{32\}-/STATION-/' | sort
FH_DB=bureau.db sh "$EXAMPLES/sync-weekly.sh" bureau incoming >week.txt; echo "exit $?"
ls incoming incoming/applied | grep -c fhsync
sed -n '3,7p' week.txt
FH_DB=bureau.db sh "$EXAMPLES/sync-weekly.sh" bureau incoming | cmp - week.txt && echo "the same figures"
--- stdout
STATION-000001.fhsync
STATION-000001.fhsync
STATION-000002.fhsync
exit 0
3
各派出所上报情况（2026Q4）：
station  family    found  handled  open  dismissed  handled_pct  median_hours_to_handle
站1      hazard        5        3     2          0         60.0                     4.0
站1      incident      2        1     0          1        100.0                     1.5
站1      service       1        1     0          0        100.0                     2.5
the same figures
--- locales
C.UTF-8
