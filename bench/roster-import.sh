#!/bin/sh
# Importing a roster: 1,000,000 members (times BENCH_SCALE) in 100 zones
# from examples/gen-station, as CSV and as YAML.  Times `fh-group import
# FILE` into a fresh database against the sqlite3 shell loading the same
# CSV (.import into a staging table, then INSERT ... SELECT into zones and
# members of a fresh fh database), and prints the ratios.  Targets: CSV
# fh/shell <= 1.0, YAML fh/shell <= 1.3.  Peak memory comes from
# /usr/bin/time when it is installed.
set -eu
top=${TOP:-$(cd "$(dirname "$0")/.." && pwd)}
build=${BUILD:-$top/build}
case "$build" in /*) ;; *) build="$top/$build" ;; esac
PATH="$build/bin:$PATH"
scale=${BENCH_SCALE:-1}
n=$(awk -v s="$scale" 'BEGIN { n = int(1000000 * s); print n < 1000 ? 1000 : n }')
zones=$(awk -v s="$scale" 'BEGIN { z = int(100 * s + 0.5); print z < 1 ? 1 : z }')

tmp=$(mktemp -d "${TMPDIR:-/tmp}/fh-bench-roster.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

# Runs the command, leaving its wall time in $took and peak memory (KiB) in
# $mem; returns its exit status.
measure() {
	rc=0
	t0=$(now)
	if [ -x /usr/bin/time ]; then
		/usr/bin/time -f %M -o "$tmp/mem" "$@" >/dev/null || rc=$?
		mem=$(tail -n 1 "$tmp/mem")
	else
		"$@" >/dev/null || rc=$?
		mem=
	fi
	t1=$(now)
	took=$(elapsed "$t0" "$t1")
	return $rc
}

gen="$build/examples/gen-station --members $n --zones $zones"
$gen --format csv >"$tmp/roster.csv"
$gen --format yaml >"$tmp/roster.yaml"
echo "members: $n in $zones zones (+50 mobile); csv $(wc -c <"$tmp/roster.csv") bytes, yaml $(wc -c <"$tmp/roster.yaml") bytes"

fh --db "$tmp/shell.db" init >/dev/null
cat >"$tmp/load.sql" <<EOF
.mode csv
.import '$tmp/roster.csv' staging
BEGIN;
INSERT INTO zones(code, name) SELECT zone, zone FROM staging GROUP BY zone ORDER BY min(rowid);
INSERT INTO members(code, kind, name, contact, phone, address, zone_id, lat, lon)
SELECT s.code, s.kind, s.name, nullif(s.contact, ''), nullif(s.phone, ''),
       nullif(s.address, ''), z.id, nullif(s.lat, ''), nullif(s.lon, '')
FROM staging s JOIN zones z ON z.code = s.zone ORDER BY s.rowid;
DROP TABLE staging;
COMMIT;
EOF
measure sqlite3 "$tmp/shell.db" ".read '$tmp/load.sql'"
shell=$took
shell_mem=$mem
echo "sqlite3 shell .import + INSERT...SELECT: ${shell} s${shell_mem:+, peak ${shell_mem} KiB}"

if ! command -v fh-group >/dev/null 2>&1; then
	echo "fh-group not built: no fh figures"
	exit 0
fi
# A CSV roster names zones without defining them: they come first, as in
# the shell's load (untimed, as the YAML carries them).
sed -n 's/^  - {code: \(Z[0-9]*\), name: \(.*\)}$/INSERT INTO zones(code, name) VALUES ('"'"'\1'"'"', '"'"'\2'"'"');/p' \
	"$tmp/roster.yaml" >"$tmp/zones.sql"
status=0
for f in csv yaml; do
	fh --db "$tmp/$f.db" init >/dev/null
	[ $f = csv ] && sqlite3 "$tmp/$f.db" <"$tmp/zones.sql"
	if ! measure fh-group --db "$tmp/$f.db" import "$tmp/roster.$f"; then
		echo "fh-group import roster.$f failed"
		status=1
		continue
	fi
	count=$(sqlite3 "$tmp/$f.db" "SELECT count(*) FROM members")
	target=1.0
	[ $f = yaml ] && target=1.3
	echo "fh-group import roster.$f: ${took} s, $count members${mem:+, peak ${mem} KiB}; $(echo $f | tr a-z A-Z): fh/shell $(ratio "$took" "$shell") (target <= $target)"
done
exit $status
