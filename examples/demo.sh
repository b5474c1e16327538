#!/bin/sh
# The main job on example data, as `make demo` runs it: a station's
# database from scratch, checked, queried and backed up.  Work happens in
# a temporary directory (kept if FH_DEMO_DIR names one).
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-build}
case "$build" in /*) ;; *) build="$top/$build" ;; esac
PATH="$build/bin:$PATH"
export PATH FH_USER="${FH_USER:-demo}"
dir=${FH_DEMO_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/fh-demo.XXXXXX")}
mkdir -p "$dir"
export FH_DB="$dir/fh.db"
rm -f "$FH_DB" "$FH_DB-wal" "$FH_DB-shm"

step() { printf '\n$ %s\n' "$*"; "$@"; }

step fh init --config "$top/examples/station.yaml"
step fh check
step fh sql -f table "SELECT code, family, label, deadline_days FROM categories ORDER BY family, code"
step fh backup --force "$dir/backup.db"
step fh audit -f table
printf '\nThe demo database is %s\n' "$FH_DB"
