examples/quarterly-agendas.sh plans the quarter's meetings and writes one
agenda file per zone; running it again plans nothing new.
--- setup
. "$DATA/stats-meetings.sh"
--- run
sh "$EXAMPLES/quarterly-agendas.sh" 2026Q4 out
sh "$EXAMPLES/quarterly-agendas.sh" 2026Q4 out json
ls out
head -n 1 out/agenda-2026Q4-Z1.md out/agenda-2026Q4-Z2.md
fh-meeting agenda 3 | cmp - out/agenda-2026Q4-Z2.md && echo same
grep -c '"open_reports"' out/agenda-2026Q4-Z1.json
fh sql "SELECT count(*) AS meetings FROM meetings WHERE quarter = '2026Q4'"
sh "$EXAMPLES/quarterly-agendas.sh" 2026Q4 out pdf
--- stdout
out/agenda-2026Q4-Z1.md
out/agenda-2026Q4-Z2.md
out/agenda-2026Q4-Z1.json
out/agenda-2026Q4-Z2.json
agenda-2026Q4-Z1.json
agenda-2026Q4-Z1.md
agenda-2026Q4-Z2.json
agenda-2026Q4-Z2.md
==> out/agenda-2026Q4-Z1.md <==
# 北区块（Z1）2026Q4 十户联防组长例会议程

==> out/agenda-2026Q4-Z2.md <==
# 南区块（Z2）2026Q4 十户联防组长例会议程
same
1
meetings
2
--- stderr
quarterly-agendas.sh: unknown format 'pdf' (use md, text or json)
--- exit
2
