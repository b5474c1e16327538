#!/bin/sh
# Lists the functions longer than N lines (default 80) in the C files
# given (default: lib/ and cmd/), longest first: "LINES file:line name".
# A function is counted from its name's line to its closing brace, as
# this tree writes them: the name at column 0 and "}" alone at column 0.
set -eu
max=80
[ "${1:-}" = "-n" ] && { max=$2; shift 2; }
[ $# -gt 0 ] || set -- $(find lib cmd -name '*.c' | sort)
awk -v max="$max" '
FNR == 1 { name = "" }
/^[A-Za-z_][A-Za-z0-9_ \*]*[ \*]\**[A-Za-z_][A-Za-z0-9_]*\(/ && !/;[ \t]*$/ {
	s = $0; sub(/\(.*/, "", s); n = split(s, w, /[ \*]+/)
	name = w[n]; start = FNR; file = FILENAME
}
/^}/ && name != "" {
	len = FNR - start + 1
	if (len > max) printf "%d %s:%d %s\n", len, file, start, name
	name = ""
}' "$@" | sort -rn
