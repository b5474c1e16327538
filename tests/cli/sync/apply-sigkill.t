SIGKILL at several points of fh bureau apply of a large changeset (20,000
reports): the bureau's file holds all of it or none of it, never part, and
the same file applied after the kill gives the whole.
--- setup
fh init --db s1.db --station 站1
sqlite3 -cmd ".load $FH_BIGRAM_EXT" s1.db "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL
  SELECT i + 1 FROM n WHERE i < 20000) INSERT INTO reports (category, reported_at, text, place)
  SELECT 'fire', '2026-10-01 10:00', '通道堵塞第' || i || '处', '北大街' || i || '号' FROM n"
fh --db s1.db sync export -o big.fhsync
fh bureau init empty.db
--- run
count() { fh --db b.db sql --no-header "SELECT (SELECT count(*) FROM reports) || '/' || (SELECT count(*) FROM bureau_files)" 2>/dev/null || echo "no reports/0"; }
cp empty.db b.db
t0=$(date +%s%3N); fh --db b.db bureau apply big.fhsync; ms=$(( $(date +%s%3N) - t0 ))
echo "whole: $(count)"
torn=0 none=0 whole=0
for k in 1 2 3 4 5 6; do
  rm -f b.db b.db-wal b.db-shm; cp empty.db b.db
  fh --db b.db bureau apply big.fhsync & pid=$!
  sleep "$(awk -v ms=$ms -v k=$k 'BEGIN { printf "%.3f", ms * k / 6000 }')"
  kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null
  case $(count) in "no reports/0"|"0/0") none=$((none + 1)) ;; "20000/1") whole=$((whole + 1)) ;; *) torn=$((torn + 1)); count ;; esac
done
echo "$torn torn of 6" ; echo "none $none, whole $whole" >&2
fh --db b.db bureau apply big.fhsync 2>/dev/null
echo "after: $(count)"
--- stdout
whole: 20000/1
0 torn of 6
after: 20000/1
--- filter
/^none [0-9]*, whole [0-9]*$/d
--- locales
C.UTF-8
