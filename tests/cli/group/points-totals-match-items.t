Every member's total in fh-group points is the sum of the items fh-group points show lists for the same period, all time and for each period asked (a quarter, a month, a year), and the group tally is the sum of its members' totals.
--- setup
. "$DATA/points-station.sh"
--- run
for p in "" 2026Q3 2026Q4 2026-11 2026; do
	opt=${p:+--period $p}
	bad=0 n=0
	while IFS=$'\t' read -r member zone group points rest; do
		sum=$(fh-group points show "$member" $opt --no-header | awk -F'\t' '{ s += $3 } END { print s + 0 }')
		[ "$sum" = "$points" ] || { echo "${p:-all}: $member total $points, items $sum"; bad=1; }
		n=$((n + 1))
	done < <(fh-group points $opt --no-header)
	groups=$(fh-group points $opt --no-header | awk -F'\t' '$3 != "" { s[$3] += $4 } END { for (g in s) print g "\t" s[g] }' | sort)
	tally=$(fh-group points --by group $opt --no-header | cut -f1,4 | sort)
	[ "$groups" = "$tally" ] || { echo "${p:-all}: group tallies differ"; bad=1; }
	echo "${p:-all}: $n members, bad $bad"
done
--- stdout
all: 6 members, bad 0
2026Q3: 4 members, bad 0
2026Q4: 6 members, bad 0
2026-11: 4 members, bad 0
2026: 6 members, bad 0
