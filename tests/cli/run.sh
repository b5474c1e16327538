#!/usr/bin/env bash
# Runs command-line test cases against the built binaries.
#
# A case is one file, tests/cli/TOOL/NAME.t, of sections that each start
# with a line "--- SECTION":
#   --- setup      shell commands run first; they must succeed (output ignored)
#   --- run        the shell commands under test (bash, in the case's own
#                  empty directory; ./fh.db is the default database)
#   --- stdin      what the run reads on standard input
#   --- stdout     the exact standard output expected (empty when absent)
#   --- stderr     the exact standard error expected (empty when absent)
#   --- exit       the exit status expected (0 when absent)
#   --- filter     a sed script applied to stdout and stderr before comparing
#   --- unchanged  (no body) the database must be the same before and after
#   --- locales    the locales to run in, e.g. "C.UTF-8" alone to stay out
#                  of the Chinese pass below
# Lines before the first section are a description.  $TESTDIR is the
# case's directory and $DATA is tests/data, for fixtures.  To write reports
# with the sqlite3 shell (their search index needs fh's tokenizer), use
#   sqlite3 -cmd ".load $FH_BIGRAM_EXT" fh.db "INSERT INTO reports ..."
# The clock is fixed: FH_NOW="2026-11-23 10:00", TZ=Asia/Shanghai.
#
# Every case runs under LC_ALL=C.UTF-8.  A case whose output cannot depend
# on the messages' language runs again under zh_CN.UTF-8 and must give the
# same output there: one that expects nothing on stderr, asks for no table,
# chart or help and does not send stderr to stdout (machine formats,
# agendas and data on stdout are the same in every locale).  "--- locales"
# overrides the choice.  Each run counts once in the totals; a failure in
# Chinese is named "CASE [zh_CN]".
#
# Usage: run.sh [CASE.t ...]   (default: every case); prints one line per
# failure and, last, "cli: N passed, M failed".
set -u

top=$(cd "$(dirname "$0")/../.." && pwd)
build=${BUILD:-build}
case "$build" in /*) ;; *) build="$top/$build" ;; esac
[ -x "$build/bin/fh" ] || { echo "run.sh: no binaries in $build/bin: run make" >&2; exit 2; }

if [ $# -eq 0 ]; then
	set -- $(find "$top/tests/cli" -name '*.t' | LC_ALL=C sort)
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/fh-cli.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Splits case file $1 into $2/SECTION files.
split_case() {
	awk -v dir="$2" '
		/^--- [a-z]+[ \t]*$/ { name = $2; file = dir "/" name; printf "" > file; close(file); next }
		name != "" { print >> (dir "/" name); close(dir "/" name) }
	' "$1"
}

# Dumps the database in a stable text form, to tell whether a run changed it.
dump_db() {
	if [ -f fh.db ]; then
		sqlite3 fh.db .dump 2>&1 | grep -v '^INSERT INTO reports_fts_'
	else
		echo "(no database)"
	fi
}

# The locales case directory $1 runs in (see the header).
case_locales() {
	if [ -f "$1/locales" ]; then
		tr -s ' \t\n' '\n' <"$1/locales" | grep .
		return
	fi
	echo C.UTF-8
	[ -n "$zh" ] || return 0
	[ -s "$1/stderr" ] && return 0
	grep -Eq -- '(-f|--format)[ =]*table|--chart|--help|(^|[ ;|&])-h( |$)|[ -]help( |$)|2>&1' "$1/run" && return 0
	echo zh_CN.UTF-8
}

# The Chinese pass needs the locale (make deps creates it).
zh=
locale -a 2>/dev/null | grep -qi '^zh_CN\.utf-\?8$' && zh=1

passed=0 failed=0
for t in "$@"; do
	name=${t#"$top/tests/cli/"}
	dir="$work/${name//\//_}"
	mkdir -p "$dir/case"
	split_case "$t" "$dir/case"
	for loc in $(case_locales "$dir/case"); do
		label=$name
		[ "$loc" = C.UTF-8 ] || label="$name [${loc%%.*}]"
		rm -rf "$dir/run" && mkdir -p "$dir/run"
		(
			cd "$dir/run" || exit 90
			export PATH="$build/bin:$PATH" TESTDIR=$(dirname "$t") DATA="$top/tests/data" \
				EXAMPLES="$top/examples" TOP="$top" FH_BUILD="$build" FH_BIGRAM_EXT="$build/fh_bigram" \
				FH_LOCALEDIR="$build/locale" \
				FH_NOW="2026-11-23 10:00" FH_USER=tester TZ=Asia/Shanghai LC_ALL=$loc \
				HOME="$dir/run" NO_COLOR=1
			unset FH_DB
			if [ -f "$dir/case/setup" ]; then
				bash -e "$dir/case/setup" >"$dir/setup.out" 2>&1 || exit 91
			fi
			[ -f "$dir/case/unchanged" ] && dump_db >"$dir/before"
			stdin=/dev/null
			[ -f "$dir/case/stdin" ] && stdin="$dir/case/stdin"
			bash "$dir/case/run" <"$stdin" >"$dir/stdout" 2>"$dir/stderr"
			echo $? >"$dir/status"
			[ -f "$dir/case/unchanged" ] && dump_db >"$dir/after"
			exit 0
		)
		rc=$?
		why=
		if [ $rc = 91 ]; then
			why="setup failed: $(tail -n 3 "$dir/setup.out")"
		elif [ $rc != 0 ]; then
			why="could not run"
		else
			status=$(cat "$dir/status")
			want_status=0
			[ -f "$dir/case/exit" ] && want_status=$(tr -d ' \n' <"$dir/case/exit")
			for s in stdout stderr; do
				[ -f "$dir/case/$s" ] || : >"$dir/case/$s"
				if [ -f "$dir/case/filter" ]; then
					sed -f "$dir/case/filter" "$dir/$s" >"$dir/$s.f"
					mv "$dir/$s.f" "$dir/$s"
				fi
			done
			if [ "$status" -gt 128 ]; then
				why="crashed (exit $status)
$(head -n 20 "$dir/stderr")"
			elif [ "$status" != "$want_status" ]; then
				why="exit $status, expected $want_status
$(head -n 5 "$dir/stderr")"
			elif ! cmp -s "$dir/case/stdout" "$dir/stdout"; then
				why="stdout differs:
$(diff -u "$dir/case/stdout" "$dir/stdout" | tail -n +3 | head -n 30)"
			elif ! cmp -s "$dir/case/stderr" "$dir/stderr"; then
				why="stderr differs:
$(diff -u "$dir/case/stderr" "$dir/stderr" | tail -n +3 | head -n 30)"
			elif [ -f "$dir/case/unchanged" ] && ! cmp -s "$dir/before" "$dir/after"; then
				why="the database changed:
$(diff -u "$dir/before" "$dir/after" | tail -n +3 | head -n 20)"
			fi
		fi
		if [ -n "$why" ]; then
			failed=$((failed + 1))
			printf 'FAIL %s: %s\n' "$label" "$why"
		else
			passed=$((passed + 1))
			[ -n "${VERBOSE:-}" ] && printf 'ok %s\n' "$label"
		fi
		rm -f "$dir"/stdout "$dir"/stderr "$dir"/status "$dir"/before "$dir"/after "$dir"/setup.out
	done
	rm -rf "$dir"
done
echo "cli: $passed passed, $failed failed"
[ "$failed" = 0 ]
