#!/usr/bin/env bash
# Processes at once on one database, through the real binaries, for a
# bounded time: FILERS staff filing reports (default 4), two handling them,
# a cron job running statistics, a backup loop onto a second file, and one
# restore round (a backup restored into a separate database file, halfway
# through).  Checks afterwards that no command failed with "database is
# locked", that no write was lost or issued twice (every id printed exists
# once, with its events, and what was handled is handled), that every
# backup passes fh check, that the restored database is in WAL mode with
# the station's settings and holds every id acknowledged before its backup
# began and nothing but a prefix of the live database's ids, and that fh
# check passes.  Prints the verdicts on stdout and the figures (processes,
# commands, ids, backups, the worst latency of one command) on stderr.
#
# Usage: concurrency.sh [SECONDS [FILERS]]   (default 8 and 4); run in an
# empty directory with the fh binaries on PATH.
set -u
duration=${1:-8}
filers=${2:-4}
export FH_DB=$PWD/fh.db FH_USER=stress
fh init --station 压力测试 || exit 1
sqlite3 fh.db "INSERT INTO zones(code, name) VALUES ('Z1', '北区块');
  INSERT INTO groups(code, zone_id) VALUES ('G001', 1);
  INSERT INTO members(code, name, zone_id, group_id) VALUES ('S0001', '老街茶馆', 1, 1);" || exit 1

now_ms() { date +%s%3N; }
end=$(( $(now_ms) + duration * 1000 ))

# Runs "$@", logging its latency in ms to $log and its failure to $err.
timed() {
	local t0 t1 rc
	t0=$(now_ms)
	"$@"
	rc=$?
	t1=$(now_ms)
	echo $((t1 - t0)) >>"$log"
	return $rc
}

filer() {
	local n=0 id log=lat.filer$1 err=err.filer$1
	while [ "$(now_ms)" -lt $end ]; do
		n=$((n + 1))
		if id=$(timed fh-report add --category fire --by S0001 "消防通道堵塞 $1-$n" 2>>"$err"); then
			echo "$id" >>ids.$1
		fi
	done
}

handler() {
	local done_=0 log=lat.handler$1 err=err.handler$1
	while [ "$(now_ms)" -lt $end ]; do
		local ids
		ids=$(tail -n +$((done_ + 1)) "ids.$1" 2>/dev/null | head -n 5)
		[ -n "$ids" ] || { sleep 0.05; continue; }
		if printf '%s\n' $ids | timed fh-report handle - --note "已处置" 2>>"$err"; then
			printf '%s\n' $ids >>handled.$1
			done_=$((done_ + $(printf '%s\n' $ids | wc -l)))
		fi
	done
}

stats() {
	local log=lat.stats err=err.stats
	while [ "$(now_ms)" -lt $end ]; do
		timed fh-stats summary --by zone,category >/dev/null 2>>"$err"
	done
}

# Backs up onto a second file again and again; every copy must pass fh check.
backups() {
	local log=lat.backup err=err.backup
	while [ "$(now_ms)" -lt $end ]; do
		timed fh backup --force copy.db 2>>"$err" || continue
		echo >>backups.made
		fh --db copy.db check >>check.backup 2>&1 || echo >>backups.bad
	done
}

# Halfway through, backs up once more (noting the ids acknowledged before
# it began) and restores that backup into a new database file.
restore_round() {
	local log=lat.restore err=err.restore
	while [ "$(now_ms)" -lt $(( end - duration * 500 )) ]; do sleep 0.1; done
	cat ids.* >acked-before 2>/dev/null
	timed fh backup snap.db 2>>"$err" || return
	timed fh --db restored.db restore snap.db 2>>"$err" || return
	sqlite3 restored.db "PRAGMA journal_mode" >restored.mode
	fh --db restored.db sql --no-header "SELECT value FROM settings WHERE key = 'station'" >restored.station 2>>"$err"
	fh --db restored.db check >>"$err" 2>&1 || echo "fh check failed on the restored database" >>"$err"
	fh --db restored.db sql --no-header "SELECT id FROM reports ORDER BY id" >restored.ids 2>>"$err"
}

t0=$(now_ms)
for i in $(seq 1 "$filers"); do filer $i & done
for i in 1 2; do handler $i & done
stats &
backups &
restore_round &
wait
elapsed=$(( $(now_ms) - t0 ))

cat ids.* >all-ids 2>/dev/null
cat handled.* >all-handled 2>/dev/null || : >all-handled
filed=$(wc -l <all-ids)
handled=$(wc -l <all-handled)
locked=$(cat err.* 2>/dev/null | grep -ci 'locked\|busy')
errors=$(cat err.* 2>/dev/null | wc -l)
missing=0
while read -r id; do
	n=$(fh sql --no-header "SELECT count(*) FROM report_events WHERE report_id = ? AND action = 'filed'" "$id")
	[ "$n" = 1 ] || missing=$((missing + 1))
done <all-ids
unhandled=0
while read -r id; do
	s=$(fh sql --no-header "SELECT status FROM reports WHERE id = ?" "$id")
	[ "$s" = handled ] || unhandled=$((unhandled + 1))
done <all-handled
extra=$(fh sql --no-header "SELECT count(*) FROM reports" )
twice=$(sort all-ids | uniq -d | wc -l)
fh sql --no-header "SELECT id FROM reports ORDER BY id" >live.ids
backups_made=$(cat backups.made 2>/dev/null | wc -l)
backups_bad=$(cat backups.bad 2>/dev/null | wc -l)
# The restored ids: every id acknowledged before its backup, and exactly
# the live ids up to the highest of them (a prefix, no holes, no extras).
restored=0 restore_lost=0 restore_prefix=no
if [ -s restored.ids ]; then
	restored=$(wc -l <restored.ids)
	restore_lost=$(sort acked-before | comm -23 - <(sort restored.ids) | wc -l)
	top=$(tail -n 1 restored.ids)
	awk -v top="$top" '$1 <= top' live.ids | cmp -s - restored.ids && restore_prefix=yes
fi

echo "lock errors: $locked"
echo "other errors: $((errors - locked))"
echo "lost reports: $missing"
echo "lost handlings: $unhandled"
echo "ids issued twice: $twice"
[ "$extra" = "$filed" ] && echo "reports match the ids printed" || echo "reports in database: $extra, ids printed: $filed"
fh check >/dev/null && echo "check ok" || echo "check FAILED"
[ "$filed" -gt 0 ] && [ "$handled" -gt 0 ] && echo "work done" || echo "no work done"
[ "$backups_made" -gt 0 ] && echo "backups failing fh check: $backups_bad" || echo "no backup made"
echo "restored database in $(cat restored.mode 2>/dev/null || echo '(none)') mode, station $(cat restored.station 2>/dev/null)"
echo "restored ids a prefix of the live ones: $restore_prefix, acknowledged before its backup but missing: $restore_lost"

commands=$(cat lat.* | wc -l)
worst=$(cat lat.* | sort -n | tail -n 1)
echo "stress: $((filers + 5)) processes, $commands commands in $elapsed ms ($((commands * 1000 / elapsed)) a second), worst latency $worst ms, $filed reports filed (ids acknowledged), $handled handled, $backups_made backups, restore of $restored reports ($(wc -l <acked-before 2>/dev/null) acknowledged before its backup)" >&2
[ -n "${KEEP:-}" ] || rm -f ids.* handled.* lat.* err.* all-ids all-handled copy.db check.backup \
	backups.made backups.bad acked-before snap.db restored.db restored.db-wal restored.db-shm \
	restored.mode restored.station restored.ids live.ids
