#!/bin/sh
# Writes every zone's meeting agenda for a quarter into its own file,
# planning the meetings first (planning again never duplicates them):
#
#   quarterly-agendas.sh 2026Q4 agendas/        -> agendas/agenda-2026Q4-Z1.md ...
#
# Usage: quarterly-agendas.sh QUARTER [DIR] [md|text|json] [TEMPLATE]
# Prints the name of each file written.  $FH_DB picks the database.
set -eu

[ $# -ge 1 ] || { echo "usage: quarterly-agendas.sh QUARTER [DIR] [md|text|json] [TEMPLATE]" >&2; exit 2; }
quarter=$1
dir=${2:-.}
format=${3:-md}
template=${4:-}
case $format in
md) ext=md ;;
text) ext=txt ;;
json) ext=json ;;
*) echo "quarterly-agendas.sh: unknown format '$format' (use md, text or json)" >&2; exit 2 ;;
esac
mkdir -p "$dir"
tab=$(printf '\t')
fh-meeting plan --quarter "$quarter" -f tsv --no-header >"$dir/.meetings.$$"
trap 'rm -f "$dir/.meetings.$$"' EXIT
while IFS=$tab read -r id zone q _; do
	file="$dir/agenda-$q-$zone.$ext"
	fh-meeting agenda "$id" -f "$format" ${template:+--template "$template"} >"$file.tmp"
	mv "$file.tmp" "$file"
	echo "$file"
done <"$dir/.meetings.$$"
