examples/quarterly-agendas.sh end to end on a generated station's year
(tests/data/cookbook/station.sh): it plans 2026Q4's four zone meetings and
writes their agendas, and each agenda agrees with the data: its open
reports are exactly the zone's open and assigned reports, oldest first;
its "found" total is the number of reports filed in its span (since Z2's
2026Q3 meeting of 2026-09-25, since the quarter's start elsewhere); Z2's
carries the open action item of its last meeting, the others none; and
the groups it names without a leader are those fh-group check names.
--- setup
. "$DATA/cookbook/station.sh"
--- run
export FH_NOW="2026-12-31 18:00"
sh "$EXAMPLES/quarterly-agendas.sh" 2026Q4 out
for z in Z1 Z2 Z3 Z4; do
	a=out/agenda-2026Q4-$z.md
	# The rows of the agenda's section $1 whose first cell matches $2.
	section() { awk -v h="$1" -v r="^[|] $2" '/^## / { s = (index($0, h) == 4) } s && $0 ~ r' "$a"; }
	section 三、 '[0-9]' | cut -d '|' -f 2 | tr -d ' ' >open.agenda
	fh sql --no-header "SELECT id FROM reports_v WHERE zone = ?1 AND status IN ('open', 'assigned')
		ORDER BY reported_at, id" "$z" >open.db
	cmp -s open.agenda open.db && echo "$z: $(wc -l <open.db) open reports agree"
	since=$(sed -n 's/^- 统计时段：\(.*\) 至 .*/\1/p' "$a")
	found=$(sed -n 's/^| 合计 | \([0-9]*\) |.*/\1/p' "$a")
	[ "$found" = "$(fh sql --no-header "SELECT count(*) FROM reports_v WHERE zone = ?1
		AND reported_at >= ?2 AND reported_at < ?3" "$z" "$since" "$FH_NOW")" ] &&
		echo "$z: found $found since $since agrees"
	echo "$z: open actions $(section 七、 '[0-9]' | cut -d '|' -f 2 | tr -d ' ' | tr '\n' ' ')"
	section 四、 'G[0-9]' | grep -e 'without a leader' -e 无组长 | cut -d '|' -f 2 | tr -d ' ' >noleader.agenda
	fh-group check --zone "$z" | awk -F'\t' '$1 == "no-leader" { print $3 }' >noleader.db
	cmp -s noleader.agenda noleader.db && echo "$z: groups without a leader agree: $(tr '\n' ' ' <noleader.db)"
done
--- stdout
out/agenda-2026Q4-Z1.md
out/agenda-2026Q4-Z2.md
out/agenda-2026Q4-Z3.md
out/agenda-2026Q4-Z4.md
Z1: 28 open reports agree
Z1: found 22 since 2026-10-01 00:00 agrees
Z1: open actions 
Z1: groups without a leader agree: G039 
Z2: 22 open reports agree
Z2: found 17 since 2026-09-25 00:00 agrees
Z2: open actions 1 
Z2: groups without a leader agree: G017 
Z3: 20 open reports agree
Z3: found 14 since 2026-10-01 00:00 agrees
Z3: open actions 
Z3: groups without a leader agree: G043 
Z4: 17 open reports agree
Z4: found 8 since 2026-10-01 00:00 agrees
Z4: open actions 
Z4: groups without a leader agree: 
