One station of a bureau's file reads as that station's own file, named
BUREAU::STATION_ID: fh-stats gives its figures alone, fh sql and
fh-report list read its rows without the station column; an identity the
bureau does not know is refused.  The bureau's file itself is refused by
the tools that write a station's file.
--- setup
for s in 1 2; do
  fh init --db s$s.db
  sqlite3 -cmd ".load $FH_BIGRAM_EXT" s$s.db < "$DATA/stats-basic.sql"
  sqlite3 s$s.db "UPDATE settings SET value = '站$s' WHERE key = 'station'"
  fh --db s$s.db sync export -o s$s.fhsync
done
fh bureau init bureau.db
fh --db bureau.db bureau apply s1.fhsync s2.fhsync
--- run
id=$(fh --db s2.db sql --no-header "SELECT value FROM settings WHERE key = 'station_id'")
fh-stats --db "bureau.db::$id" summary --by category >b.out
fh-stats --db s2.db summary --by category | cmp - b.out && echo "the same figures"
fh --db "bureau.db::$id" sql --no-header "SELECT value FROM settings WHERE key = 'station'"
fh --db "bureau.db::$id" sql --no-header "SELECT count(*) FROM reports"
fh --db bureau.db sql --no-header "SELECT count(*), count(DISTINCT station) FROM reports"
fh-report --db "bureau.db::$id" list --status open --no-header | cut -f 1-3
fh-stats --db "bureau.db::0123" summary; echo "exit $?"
fh-report --db bureau.db list; echo "exit $?"
--- stdout
the same figures
站2
11
22	2
3	2026-10-10 08:00	traffic
exit 1
exit 1
--- stderr
fh-stats: the bureau's file has no station '0123'
fh-report: 'bureau.db' is a bureau's file, not a station's: read it with fh sql and fh-stats, feed it with fh bureau apply
