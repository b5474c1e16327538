#!/bin/sh
# Mails the week's figures and the overdue open hazards, for cron:
#
#   0 7 * * 1  FH_DB=/srv/fh/station.db /usr/local/share/fh/cron-weekly.sh 所长@example.org
#
# Usage: cron-weekly.sh [RECIPIENT]
# With a RECIPIENT and mail(1) installed the report is mailed; otherwise it
# is written to stdout (which cron mails to the crontab's owner anyway).
# FH_PERIOD chooses the period (default last-week).  Exits 0 unless a
# command fails, overdue hazards or not: the mail is how they are seen.
set -eu

to=${1:-}
period=${FH_PERIOD:-last-week}
now=${FH_NOW:-$(date '+%Y-%m-%d %H:%M')}
body=$(mktemp "${TMPDIR:-/tmp}/fh-weekly.XXXXXX")
trap 'rm -f "$body"' EXIT

{
	fh-stats headline --period "$period"
	echo
	echo "各区块、各类别上报情况（$period）："
	fh-stats summary --period "$period" --by zone,category -f table
	echo
	echo "逾期未处置的隐患（超过类别处置时限）："
	# --late exits 3 when it lists any: that is the news, not a failure
	# (a failure exits 1 and stops the script).
	fh-report list --family hazard --late -f table || [ $? -eq 3 ]
} >"$body"

if [ -n "$to" ] && command -v mail >/dev/null 2>&1; then
	mail -s "群防群治周报 $(printf '%s' "$now" | cut -c 1-10)" "$to" <"$body"
else
	cat "$body"
fi
