#!/bin/sh
# Brings the roster in line with the office's spreadsheet, exported as CSV
# with the columns of fh-roster(5) (a UTF-8 byte order mark and CRLF line
# ends, as spreadsheets write them, are fine):
#
#   roster-sync.sh --dry-run roster.csv     what would change; changes nothing
#   roster-sync.sh roster.csv               import it, then mark as left the
#                                           active members the sheet lacks
#
# Usage: roster-sync.sh [--dry-run] [--on DATE] SHEET.csv
# Prints one line per member whose standing changes: "new CODE" (not yet in
# the roster), "leave CODE" (active, but missing from the sheet: marked as
# left on DATE, default today, with fh-group member leave, which keeps the
# member's history; a leader's term ends with it) and "rejoin CODE" (marked
# as left, but back in the sheet).  A dry run adds fh-group import's count
# of the rows it would add and update, on standard error.  The sheet is
# imported first, all or nothing, so a sheet with an error changes nothing;
# running again with the same sheet changes nothing more.  $FH_DB picks the database.  Needs the sqlite3 shell, to
# read the codes from the CSV the way fh-group does (quotes, BOM, CRLF).
set -eu

usage() {
	echo "usage: roster-sync.sh [--dry-run] [--on DATE] SHEET.csv" >&2
	exit 2
}

dry=
on=
while [ $# -gt 0 ]; do
	case $1 in
	--dry-run) dry=1; shift ;;
	--on) [ $# -ge 2 ] || usage; on=$2; shift 2 ;;
	--) shift; break ;;
	-?*) usage ;;
	*) break ;;
	esac
done
[ $# -eq 1 ] || usage
sheet=$1
[ -r "$sheet" ] || { echo "roster-sync.sh: cannot read '$sheet'" >&2; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/fh-sync.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# The sheet's codes: its column "code" (or "member", as fh-group member
# list names it), read by the sqlite3 shell's CSV reader.
column=$(sqlite3 -batch -noheader :memory: ".import --csv /dev/stdin sheet" \
	"SELECT name FROM pragma_table_info('sheet') WHERE name IN ('code', 'member') LIMIT 1" <"$sheet")
[ -n "$column" ] || { echo "roster-sync.sh: $sheet: no column 'code'" >&2; exit 1; }
sqlite3 -batch -noheader :memory: ".import --csv /dev/stdin sheet" \
	"SELECT DISTINCT \"$column\" FROM sheet WHERE \"$column\" <> ''" <"$sheet" |
	LC_ALL=C sort >"$tmp/sheet"

fh-group member list --all -f tsv --no-header | cut -f 1 | LC_ALL=C sort >"$tmp/all"
fh-group member list --active -f tsv --no-header | cut -f 1 | LC_ALL=C sort >"$tmp/active"
LC_ALL=C comm -23 "$tmp/sheet" "$tmp/all" >"$tmp/new"
LC_ALL=C comm -13 "$tmp/sheet" "$tmp/active" >"$tmp/leave"
LC_ALL=C comm -12 "$tmp/sheet" "$tmp/all" | LC_ALL=C comm -23 - "$tmp/active" >"$tmp/rejoin"

if [ -n "$dry" ]; then
	fh-group import --csv --dry-run "$sheet"
else
	fh-group import --csv "$sheet"
fi
sed 's/^/new /' "$tmp/new"
sed 's/^/leave /' "$tmp/leave"
sed 's/^/rejoin /' "$tmp/rejoin"
[ -z "$dry" ] || exit 0
while read -r code; do
	fh-group member edit "$code" --left ''
done <"$tmp/rejoin"
while read -r code; do
	fh-group member leave "$code" ${on:+--on "$on"}
done <"$tmp/leave"
