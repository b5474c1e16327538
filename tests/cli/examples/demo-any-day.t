The demo (examples/demo.sh, what `make demo` runs) works on any day: run
under faketime on the 5th of January, on the real clock today, and on a
day two years on, each run exits 0, prints no error line (fh: ... or
fh-TOOL: ...), and shows a station's year: reports filed in every family,
over 80% of them handled, a median time to handle under two days.  The
runs share the two cores, side by side.  Without faketime (make deps
installs it) the case fails saying so.
--- run
command -v faketime >/dev/null || { echo "faketime is missing: run make deps"; exit 1; }
unset FH_NOW
run() {
	if [ -n "$2" ]; then
		ASAN_OPTIONS=verify_asan_link_order=0 FH_DEMO_DIR=$PWD/$1 BUILD=$FH_BUILD faketime "$2" sh "$EXAMPLES/demo.sh" >$1.out 2>&1
	else
		FH_DEMO_DIR=$PWD/$1 BUILD=$FH_BUILD sh "$EXAMPLES/demo.sh" >$1.out 2>&1
	fi
	echo $? >$1.rc
}
run january '2026-01-05 09:00:00' &
run today '' &
run later "$(date -d '+2 years' '+%Y-%m-%d') 10:00:00" &
wait
for d in january today later; do
	echo "$d: exit $(cat $d.rc)"
	grep -E '^(fh|fh-[a-z]+|demo): ' $d.out
	# The rows of the summary by family: found, handled, handled_pct, median hours.
	awk '/^\$ fh-stats summary/ { on = 1; next } on && /^$/ { on = 0 }
	     on && $1 != "family" { n++; found += $2
		if ($6 + 0 <= 80) print "handled only " $6 "% of " $1
		if ($7 + 0 >= 48) print "median " $7 " hours for " $1 }
	     END { print n " families, " (found > 200 ? "over 200" : found) " reports" }' $d.out
done
--- stdout
january: exit 0
4 families, over 200 reports
today: exit 0
4 families, over 200 reports
later: exit 0
4 families, over 200 reports
--- locales
C.UTF-8
