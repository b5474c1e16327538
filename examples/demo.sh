#!/bin/sh
# The main job on example data, as `make demo` runs it: a made-up old-town
# station (about 1,300 shops and 50 mobile members in 4 zones) set up from
# scratch, its groups formed, a year of reports filed and partly handled,
# a training, the quarterly agenda and the figures.  Work happens in a
# temporary directory (or FH_DEMO_DIR), kept for a look afterwards.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-build}
case "$build" in /*) ;; *) build="$top/$build" ;; esac
PATH="$build/bin:$PATH"
gen="$build/examples/gen-station"
export PATH FH_USER="${FH_USER:-demo}"
dir=${FH_DEMO_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/fh-demo.XXXXXX")}
mkdir -p "$dir"
cd "$dir"
export FH_DB="$dir/fh.db"
rm -f "$FH_DB" "$FH_DB-wal" "$FH_DB-shm"

# Shows a command line, then runs it (through sh, so pipes work); a
# command that finds problems (exit 1) does not stop the demo.
step() {
	printf '\n$ %s\n' "$1"
	sh -c "$1" || [ $? -eq 1 ]
}

step "fh init --config $top/examples/station.yaml"
"$gen" --seed 1 --grouped >roster.yaml
"$gen" --seed 1 --grouped --reports 800 >reports.jsonl
step "fh-group import roster.yaml"
step "fh-group list -f table | head -n 6"
step "fh-group check | head -n 5"
step "fh-group plan --apply | tail -n 3"
step "fh-report import reports.jsonl | wc -l"
step "fh-report list --status open --category fire --no-header | head -n 30 | fh-report handle - --note 已清理，通道畅通"
step "fh-report list --search 纠纷 -f table | head -n 5"
step "fh-report list --family hazard --late | wc -l"
step "fh-activity add --kind training --topic fire --zone Z1 --on 2026-11-20 --led-by 李队长 --count 35 --note 消防器材使用培训"
step "fh-meeting plan --quarter 2026Q4"
step "fh-meeting agenda --zone Z1 --quarter 2026Q4 | head -n 30"
step "fh-stats summary --period 2026 --by zone -f table"
step "fh-stats headline --period 2026"
step "fh check && echo 检查通过"
step "fh backup --force backup.db"
printf '\nThe demo database is %s\n' "$FH_DB"
