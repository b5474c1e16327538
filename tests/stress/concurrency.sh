#!/usr/bin/env bash
# Eight processes at once on one database, through the real binaries, for
# a bounded time: four staff filing reports, two handling them, a cron job
# running statistics, and a backup loop.  Checks afterwards that no command
# failed with "database is locked", that no write was lost (every id printed
# exists, with its events, and what was handled is handled), and that fh
# check passes.  Prints the verdicts on stdout and the throughput and the
# worst latency of one command on stderr.
#
# Usage: concurrency.sh [SECONDS]   (default 8); run in an empty directory
# with the fh binaries on PATH.
set -u
duration=${1:-8}
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

backups() {
	local log=lat.backup err=err.backup
	while [ "$(now_ms)" -lt $end ]; do
		timed fh backup --force copy.db 2>>"$err" && fh --db copy.db check >>err.backup 2>&1
	done
}

t0=$(now_ms)
for i in 1 2 3 4; do filer $i & done
for i in 1 2; do handler $i & done
stats &
backups &
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

echo "lock errors: $locked"
echo "other errors: $((errors - locked))"
echo "lost reports: $missing"
echo "lost handlings: $unhandled"
[ "$extra" = "$filed" ] && echo "reports match the ids printed" || echo "reports in database: $extra, ids printed: $filed"
fh check >/dev/null && echo "check ok" || echo "check FAILED"
[ "$filed" -gt 0 ] && [ "$handled" -gt 0 ] && echo "work done" || echo "no work done"

commands=$(cat lat.* | wc -l)
worst=$(cat lat.* | sort -n | tail -n 1)
echo "stress: $commands commands in $elapsed ms ($((commands * 1000 / elapsed)) a second), worst latency $worst ms, $filed reports filed, $handled handled" >&2
[ -n "${KEEP:-}" ] || rm -f ids.* handled.* lat.* err.* all-ids all-handled copy.db
