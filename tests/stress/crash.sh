#!/usr/bin/env bash
# Kills fh's bulk writes with SIGKILL at many points and checks that each
# either committed whole or left no trace, that no file was left behind,
# and that fh check passes every time: a roster import, a report import, a
# batch of report handlings, a purge of every member, a group plan applied
# to every zone, fh init and fh backup.  Prints one verdict line per kind of
# write; details of a failure, and the figures (kills, whole, none), on
# stderr.
#
# Usage: crash.sh [ROUNDS] [ROWS]   (default 12 rounds of 20000 rows); run in
# an empty directory with the fh binaries on PATH and gen-station in $GEN.
set -u
rounds=${1:-12}
rows=${2:-20000}
gen=${GEN:?set GEN to the gen-station program}
export FH_USER=crash
# After every generated report of 2026, so that all of them can be handled.
export FH_NOW="2027-01-02 09:00"

now_ms() { date +%s%3N; }

fh init --db empty.db --station 崩溃测试 || exit 1
# A CSV roster names its zones but does not create them.
for z in 1 2 3 4; do fh-group zone add --db empty.db "Z$z" "区块$z" >/dev/null || exit 1; done
cp empty.db base.db
"$gen" --members "$rows" --zones 4 --format csv --seed 7 >roster.csv || exit 1
nmembers=$(( $(wc -l <roster.csv) - 1 ))
# The report and handling rounds start with the roster in place.
fh-group import --db base.db roster.csv >/dev/null || exit 1
"$gen" --members "$rows" --zones 4 --reports "$rows" --seed 7 2>/dev/null | grep '^{' >reports.jsonl
[ -s reports.jsonl ] || { echo "no reports generated" >&2; exit 1; }
nreports=$(wc -l <reports.jsonl)

# Runs a write on a fresh copy of base.db, killed after $1 ms; prints the
# count query's answer, or LEFTOVER when the write left a file behind.
killed_run() {
	local delay=$1 count_sql=$2 files
	shift 2
	rm -f t.db t.db-wal t.db-shm
	cp "$base" t.db
	files=$(ls -A | grep -v '^t\.db-wal$\|^t\.db-shm$\|^check\.out$')
	"$@" >/dev/null 2>&1 &
	local pid=$!
	sleep "$(awk -v ms="$delay" 'BEGIN { printf "%.3f", ms / 1000 }')"
	kill -9 $pid 2>/dev/null
	wait $pid 2>/dev/null
	if ! fh --db t.db check >check.out 2>&1; then
		echo "check failed after a kill at ${delay} ms:" >&2
		cat check.out >&2
		echo "BROKEN"
		return
	fi
	if [ "$(ls -A | grep -v '^t\.db-wal$\|^t\.db-shm$\|^check\.out$')" != "$files" ]; then
		echo "a kill at ${delay} ms left a file behind:" >&2
		ls -A | grep -v '^t\.db-wal$\|^t\.db-shm$\|^check\.out$' | grep -vxF "$files" >&2
		echo "LEFTOVER"
		return
	fi
	fh --db t.db sql --no-header "$count_sql"
}

# Times one uninterrupted run, to spread the kills over its length and a
# little past it, so that some land after the commit.
full_ms() {
	rm -f t.db t.db-wal t.db-shm
	cp "$base" t.db
	local t0
	t0=$(now_ms)
	# A write that fails anyway would make every kill look harmless.
	"$@" >/dev/null 2>full.err || { echo "the uninterrupted run failed:" >&2; cat full.err >&2; return 1; }
	echo $(( $(now_ms) - t0 ))
}

# $1 name, $2 the count query, $3 the count before, $4 after (- for what
# the uninterrupted run leaves); then the command.
crash_rounds() {
	local name=$1 sql=$2 before=$3 after=$4 whole=0 none=0 torn=0 ms
	shift 4
	ms=$(full_ms "$@") || exit 1
	[ "$after" != - ] || after=$(fh --db t.db sql --no-header "$sql")
	[ "$after" != "$before" ] || { echo "$name: the uninterrupted run changed nothing" >&2; exit 1; }
	for k in $(seq 1 "$rounds"); do
		local got
		got=$(killed_run $(( ms * k * 6 / (rounds * 5) )) "$sql" "$@")
		if [ "$got" = "$after" ]; then whole=$((whole + 1))
		elif [ "$got" = "$before" ]; then none=$((none + 1))
		else
			torn=$((torn + 1))
			echo "$name: torn write after a kill: '$got' (expected $before or $after)" >&2
		fi
	done
	echo "$name: $torn torn of $rounds (all or nothing)"
	echo "$name: killed at $rounds points over $ms ms: $whole whole ($after), $none none ($before)" >&2
}

base=empty.db
crash_rounds "roster import" "SELECT count(*) FROM members" 0 "$nmembers" \
	fh-group import --db t.db roster.csv
base=base.db
crash_rounds "report import" "SELECT count(*) || '/' || (SELECT count(*) FROM report_events) FROM reports" \
	"0/0" "$nreports/$nreports" fh-report import --db t.db reports.jsonl

# The handling rounds start from a database with every report filed.
fh-report import --db base.db reports.jsonl >/dev/null || exit 1
# The ids come from a file, and exec makes the killed process fh-report
# itself: killing a shell would leave its pipeline running on.
fh sql --db base.db --no-header "SELECT id FROM reports" >ids.txt
crash_rounds "batch handling" "SELECT count(*) FROM reports WHERE status = 'handled'" 0 "$nreports" \
	sh -c 'exec fh-report handle --db t.db - --note 已处置 <ids.txt'
# Every member purged at once (their reports stay), and groups planned
# for every zone's members, none of whom has a group yet.
cut -d, -f1 roster.csv | tail -n +2 >codes.txt
crash_rounds "purge" "SELECT count(*) FROM members WHERE name = '已删除'" 0 "$nmembers" \
	sh -c 'exec fh --db t.db purge $(cat codes.txt)'
crash_rounds "group plan" \
	"SELECT count(*) || '/' || (SELECT count(*) FROM members WHERE group_id IS NOT NULL) FROM groups" \
	"0/0" - fh-group plan --db t.db --apply
# fh init and fh backup write a new file: killed anywhere, they leave it
# whole or absent, never a file that blocks the next run, and no
# temporary file once the next run has cleaned up after them.
# $1 name; then the command, which writes new.d/out.db.
file_rounds() {
	local name=$1 torn=0 ms t0 k
	shift
	rm -rf new.d && mkdir new.d
	t0=$(now_ms)
	"$@" >/dev/null 2>full.err || { echo "$name: the uninterrupted run failed:" >&2; cat full.err >&2; exit 1; }
	ms=$(( $(now_ms) - t0 ))
	for k in $(seq 1 "$rounds"); do
		rm -rf new.d && mkdir new.d
		"$@" >/dev/null 2>&1 &
		local pid=$!
		sleep "$(awk -v ms="$(( ms * k * 6 / (rounds * 5) ))" 'BEGIN { printf "%.3f", ms / 1000 }')"
		kill -9 $pid 2>/dev/null
		wait $pid 2>/dev/null
		if [ -e new.d/out.db ] && ! fh --db new.d/out.db check >/dev/null 2>&1; then
			torn=$((torn + 1)); echo "$name: a broken file after a kill" >&2
			continue
		fi
		rm -f new.d/out.db
		if ! "$@" >/dev/null 2>&1 || [ "$(ls new.d | grep -c -- '-[0-9]')" != 0 ]; then
			torn=$((torn + 1)); echo "$name: the next run failed or left a temporary file: $(ls new.d)" >&2
		fi
	done
	echo "$name: $torn torn of $rounds (whole or absent, next run clean)"
}
file_rounds "fh init" fh init --db new.d/out.db --station 崩溃测试
file_rounds "fh backup" fh --db base.db backup new.d/out.db

rm -rf t.db t.db-wal t.db-shm check.out ids.txt codes.txt full.err new.d
