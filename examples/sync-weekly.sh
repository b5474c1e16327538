#!/bin/sh
# The weekly push from each station to its bureau, and the bureau's weekly
# figures (fh-sync(7)).  At each station, in its crontab:
#
#   30 6 * * 1  FH_DB=/srv/fh/station.db /usr/local/share/fh/sync-weekly.sh station bureau.example.org:/srv/fh/incoming/
#
# exports what changed since the last push and copies it with scp (a
# target without ':' is a folder: a shared one, mounted); at the bureau:
#
#   0 7 * * 1   FH_DB=/srv/fh/bureau.db /usr/local/share/fh/sync-weekly.sh bureau /srv/fh/incoming 分局长@example.org
#
# applies every file that arrived, oldest export first, moves each applied
# one to incoming/applied/, and mails the week's figures by station.
#
# Usage: sync-weekly.sh station TARGET
#        sync-weekly.sh bureau INCOMING [RECIPIENT]
# A failed copy keeps the export in $FH_SYNC_OUTBOX (default
# /var/lib/fh/outbox, next to nothing else) and the next run sends it again
# first: files are never lost, and the bureau refuses a gap until it comes.
# FH_PERIOD chooses the figures' period (default last-week).
set -eu

mode=${1:?usage: sync-weekly.sh station TARGET | bureau INCOMING [RECIPIENT]}
now=${FH_NOW:-$(date '+%Y-%m-%d %H:%M')}

case $mode in
station)
	target=${2:?a TARGET: host:/dir/ for scp, or a folder}
	outbox=${FH_SYNC_OUTBOX:-/var/lib/fh/outbox}
	mkdir -p "$outbox"
	id=$(fh sql --no-header "SELECT value FROM settings WHERE key = 'station_id'")
	# The number makes names that sort in order: 000012 after 000011.
	tmp="$outbox/new.fhsync"
	rm -f "$tmp"
	seq=$(fh sync export -o "$tmp")
	mv "$tmp" "$outbox/$(printf '%s-%06d' "$id" "$seq").fhsync"
	for f in "$outbox"/*.fhsync; do
		case $target in
		*:*) scp -q "$f" "$target" ;;
		# A dot name while copying: the bureau never reads half a file.
		*) cp "$f" "$target/.$(basename "$f")" &&
		   mv "$target/.$(basename "$f")" "$target/$(basename "$f")" ;;
		esac
		rm -f "$f"
	done
	;;
bureau)
	incoming=${2:?an INCOMING folder}
	to=${3:-}
	mkdir -p "$incoming/applied"
	# Names are STATION-NUMBER: in name order, each station's in sequence.
	for f in "$incoming"/*.fhsync; do
		[ -e "$f" ] || continue
		if fh bureau apply "$f"; then
			mv "$f" "$incoming/applied/"
		else
			echo "not applied: $f (kept in $incoming)" >&2
		fi
	done
	period=${FH_PERIOD:-last-week}
	body=$(mktemp "${TMPDIR:-/tmp}/fh-bureau.XXXXXX")
	trap 'rm -f "$body"' EXIT
	{
		fh-stats headline --period "$period"
		echo
		echo "各派出所上报情况（$period）："
		fh-stats summary --period "$period" --by station,family -f table
		echo
		echo "各派出所最近一次上报："
		fh sql -f table "SELECT name AS station, sequence, exported_at, applied_at FROM bureau_stations ORDER BY name"
	} >"$body"
	if [ -n "$to" ] && command -v mail >/dev/null 2>&1; then
		mail -s "分局群防群治周报 $(printf '%s' "$now" | cut -c 1-10)" "$to" <"$body"
	else
		cat "$body"
	fi
	;;
*)
	echo "usage: sync-weekly.sh station TARGET | bureau INCOMING [RECIPIENT]" >&2
	exit 2
	;;
esac
