#!/bin/sh
# The main job on example data, as `make demo` runs it: a made-up old-town
# station (about 1,300 shops and 50 mobile members in 4 zones) set up from
# scratch, its groups formed, the last year's reports filed and handled,
# trainings held, equipment issued, last quarter's meetings held, this
# quarter's agenda and the figures.  Every date is relative to the day it
# runs ($FH_NOW when set, else the clock), so the demo works on any day.
# Work happens in a temporary directory (or FH_DEMO_DIR), kept for a look
# afterwards.  A step that fails stops the demo with its status.
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

# The days the demo talks about, from today as fh sees it.
today=${FH_NOW:-$(date '+%Y-%m-%d')}
today=${today%% *}
day() { date -d "$today $1 days" '+%Y-%m-%d'; }
yesterday=$(day -1)
year_ago=$(day -365)
year=${today%%-*}
month=${today#*-}
month=${month%%-*}
q=$(( (${month#0} + 2) / 3 ))
quarter=${year}Q$q
# Last quarter's meetings were held on the 20th of its last month.
if [ "$q" = 1 ]; then
	last_quarter=$((year - 1))Q4 held=$((year - 1))-12-20
else
	last_quarter=${year}Q$((q - 1)) held=$year-$(printf '%02d' $((3 * (q - 1))))-20
fi

# Stops the demo after a failed step ($1 its status, $2 its command line).
failed() {
	printf 'demo: this step failed (exit %s): %s\n' "$1" "$2" >&2
	exit "$1"
}

# Shows a command line, then runs it with bash, so that pipes work and a
# failure anywhere in a pipe counts.
step() {
	printf '\n$ %s\n' "$1"
	bash -o pipefail -c "$1" || failed $? "$1"
}

# The same for a command that reports findings: its exit status 3 (it ran
# and found what it was asked about) is news, not a failure.
finds() {
	printf '\n$ %s\n' "$1"
	bash -o pipefail -c "$1" || [ $? -eq 3 ] || failed $? "$1"
}

step "fh init --config $top/examples/station.yaml"
"$gen" --seed 1 --grouped >roster.yaml
"$gen" --seed 1 --grouped --reports 300 >reports.jsonl
"$gen" --seed 1 --grouped --reports 300 --handling >handling.sh
step "fh-group import roster.yaml"
step "fh-group list -f table | sed -n 1,6p"
finds "fh-group check | sed -n 1,5p"
step "fh-group plan --apply | tail -n 3"
step "fh-report import reports.jsonl | wc -l"
step "sed -n 5,7p handling.sh"
step "sh handling.sh"
finds "fh-report list --late -f table"
finds "fh-report list --late --no-header | fh-report handle - --note 已督办，处置完毕"
step "fh-report list --search 纠纷 -f table | sed -n 1,5p"
step "fh-activity add --kind drill --topic emergency --zone Z2 --on $(day -60) --led-by 王警官 --count 28 --note 应急疏散演练"
step "fh-activity add --kind publicity --topic anti-fraud --zone Z3 --on $(day -20) --led-by 张警官 --count 60 --note 反诈宣传进商铺"
step "fh-activity add --kind training --topic fire --zone Z1 --on $yesterday --led-by 李队长 --count 35 --note 消防器材使用培训"
step "fh-group equipment issue S0013 灭火器 --count 2 --on $yesterday"
step "fh-group equipment issue S0013 喊话器 --on $yesterday"
step "fh-group equipment list -f table"
step "fh-meeting plan --quarter $last_quarter --on $held --no-header | while read -r id _; do fh-meeting record \"\$id\" --held-on $held --chair 李队长; done"
step "fh-meeting plan --quarter $quarter"
step "fh-meeting agenda --zone Z1 --quarter $quarter | sed -n 1,30p"
step "fh-stats summary --since $year_ago --until $today --by family -f table"
step "fh-stats headline --since $year_ago --until $today"
step "fh check && echo 检查通过"
step "fh backup --force backup.db"
printf '\nThe demo database is %s\n' "$FH_DB"
