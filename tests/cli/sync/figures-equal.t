A bureau's file fed by three stations' changesets gives exactly the figures
of fh-stats --db s1 --db s2 --db s3 on the stations' own files, for every
statistic, after a first export and a second one carrying what the stations
did since: new reports, reports handled and dismissed, an edit, a purge, an
activity.  The bureau file's stations are read as stations of their own
(one --db of a bureau is one --db per station).
--- setup
for s in 1 2 3; do
  fh init --db s$s.db
  sqlite3 -cmd ".load $FH_BIGRAM_EXT" s$s.db < "$DATA/stats-basic.sql"
  sqlite3 s$s.db "UPDATE settings SET value = '站$s' WHERE key = 'station'"
done
sqlite3 -cmd ".load $FH_BIGRAM_EXT" s2.db "DELETE FROM reports WHERE id > 8"
fh bureau init bureau.db
for s in 1 2 3; do fh --db s$s.db sync export -o s$s-1.fhsync; done
fh --db bureau.db bureau apply s1-1.fhsync s2-1.fhsync s3-1.fhsync
fh --db s1.db report add --category fire --by S0001 --at "2026-11-22 09:00" --where 北大街 新隐患
fh --db s1.db report handle 3 --note 已处理
fh --db s2.db report add --category theft --at "2026-11-22 10:00" 电动车被盗
fh --db s2.db report edit 7 --category traffic
fh --db s3.db purge S0001
fh --db s3.db report dismiss 7 --reason 重复
fh --db s3.db activity add --kind patrol --on 2026-11-21 --zone Z1 --count 12
for s in 1 2 3; do fh --db s$s.db sync export -o s$s-2.fhsync; done
fh --db bureau.db bureau apply s1-2.fhsync s2-2.fhsync s3-2.fhsync
--- run
same() {
  fh-stats --db bureau.db "$@" >b.out 2>&1; echo "exit $?" >>b.out
  fh-stats --db s1.db --db s2.db --db s3.db "$@" >s.out 2>&1; echo "exit $?" >>s.out
  cmp -s b.out s.out && echo "same: $*" || { echo "differs: $*"; diff b.out s.out; }
}
same summary --by station,category
same summary --period 2026Q4 --by zone,family
same trend --by month
same activities --by station,kind
same groups --by station
same headline
same headline --period 2026Q4 --combined
same indicators --by station
same rank --by zone
fh-stats --db bureau.db summary --by station --no-header
fh-stats --db bureau.db summary --no-header
--- stdout
same: summary --by station,category
same: summary --period 2026Q4 --by zone,family
same: trend --by month
same: activities --by station,kind
same: groups --by station
same: headline
same: headline --period 2026Q4 --combined
same: indicators --by station
same: rank --by zone
站1	12	9	2	1	81.8	3.0
站2	9	5	3	1	62.5	2.5
站3	11	8	1	2	88.9	2.8
32	22	6	4	78.6	2.8
