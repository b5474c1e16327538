#!/bin/sh
# Lints the man pages given (default: man/*) with mandoc at warning level,
# as `make check-man` runs it: prints each page's complaints and, last,
# "man: N clean, M with warnings"; exits 1 if any page has warnings.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
[ $# -gt 0 ] || set -- "$top"/man/*.[1-9]
command -v mandoc >/dev/null 2>&1 || { echo "check-man.sh: mandoc is missing: run make deps" >&2; exit 2; }
clean=0 bad=0
for m in "$@"; do
	if out=$(mandoc -Tlint -W warning "$m" 2>&1) && [ -z "$out" ]; then
		clean=$((clean + 1))
	else
		bad=$((bad + 1))
		printf '%s\n' "$out"
	fi
done
echo "man: $clean clean, $bad with warnings"
[ "$bad" -eq 0 ]
