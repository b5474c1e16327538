#!/bin/sh
# Writes on stdout the C source of fh_cli_value_options (include/fh/cli.h):
# the long options that take a value, read from the getopt_long tables
# of the tools' sources given as arguments (cmd/*.c), so that the common
# options' reader (lib/io/cli.c) knows every one of them and a new option
# cannot be left out.  A table entry is one line,
#     { "NAME", required_argument, NULL, 'x' },
# and a required_argument written any other way is an error (exit 1), so
# that no option escapes the list unseen.
set -eu
[ $# -gt 0 ] || { echo "usage: value-options.sh FILE.c ..." >&2; exit 2; }
bad=$(grep -n 'required_argument' "$@" | grep -v '{ "[a-z][a-z0-9-]*", required_argument' || true)
if [ -n "$bad" ]; then
	printf 'value-options.sh: a required_argument not written as { "NAME", required_argument, ...:\n%s\n' \
	       "$bad" >&2
	exit 1
fi
echo '/* Made by tools/value-options.sh from the getopt_long tables of cmd/: do not edit. */'
echo '#include <stddef.h>'
echo
echo '#include "fh/cli.h"'
echo
echo 'const char *const fh_cli_value_options[] = {'
grep -ho '{ "[a-z][a-z0-9-]*", required_argument' "$@" | sed 's/{ "\([^"]*\)".*/\1/' | LC_ALL=C sort -u |
	sed 's/.*/\t"&",/'
echo '	NULL,'
echo '};'
