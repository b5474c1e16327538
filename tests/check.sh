#!/bin/sh
# Runs every test of `make check` and ends with one line "N passed, M failed":
# the cmocka unit tests (TAP output counted case by case), the command-line
# cases, and the man page lint.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD:-build}
case "$build" in /*) ;; *) build="$top/$build" ;; esac
log=$(mktemp "${TMPDIR:-/tmp}/fh-check.XXXXXX")
trap 'rm -f "$log"' EXIT
passed=0
failed=0

for t in "$build"/tests/test_*; do
	[ -x "$t" ] || continue
	CMOCKA_MESSAGE_OUTPUT=TAP "$t" >"$log" 2>&1
	rc=$?
	ok=$(grep -c '^ok ' "$log")
	bad=$(grep -c '^not ok ' "$log")
	if [ $rc -ne 0 ] && [ "$bad" -eq 0 ]; then
		bad=1  # crashed, or failed outside any test case
	fi
	[ "$bad" -eq 0 ] || { echo "FAIL unit $(basename "$t"):"; grep -v '^ok ' "$log" | head -n 40; }
	passed=$((passed + ok))
	failed=$((failed + bad))
done

BUILD=$build bash "$top/tests/cli/run.sh" >"$log" 2>&1
grep -v '^cli: ' "$log"
line=$(grep '^cli: ' "$log" | tail -n 1)
if [ -n "$line" ]; then
	set -- $line
	passed=$((passed + $2))
	failed=$((failed + $4))
else
	failed=$((failed + 1))
	echo "FAIL cli harness did not run"
fi

if command -v mandoc >/dev/null 2>&1; then
	for m in "$top"/man/*.[1-9]; do
		[ -f "$m" ] || continue
		if out=$(mandoc -Tlint -W warning "$m" 2>&1) && [ -z "$out" ]; then
			passed=$((passed + 1))
		else
			failed=$((failed + 1))
			echo "FAIL man $(basename "$m"):"
			echo "$out" | head -n 10
		fi
	done
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
