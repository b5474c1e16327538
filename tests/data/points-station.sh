# A small station's year of points (sourced by tests/cli/*/points*.t, in the
# case's directory, with the clock at 2026-11-23 10:00): roster-small.yaml,
# four reports, five activities (one cancelled), a leader change, an award
# and a redemption.  The figures each member earns are worked out in
# tests/cli/group/points.t.
set -e
fh init >/dev/null
fh-group import "$DATA/roster-small.yaml" >/dev/null
# S0001's fire report, handled: report_filed 1 + hazard_handled 2.
fh-report add --category fire --by S0001 --at "2026-11-02 09:00" "消防通道堵塞" >/dev/null
fh-report handle 1 --note "已清理" --at "2026-11-03 10:00"
# S0002's dispute, still open: 1; its traffic report, dismissed: nothing.
fh-report add --category dispute --by S0002 --at "2026-11-03 09:00" "邻里纠纷" >/dev/null
fh-report add --category traffic --by S0002 --at "2026-11-04 09:00" "占道" >/dev/null
fh-report dismiss 3 --reason "重复"
# S0007's safety report in October, handled: 1 + 2.
fh-report add --category safety --by S0007 --at "2026-10-10 09:00" "电线老化" >/dev/null
fh-report handle 4 --note "已更换" --at "2026-10-12 10:00"
# Training (2 each), patrol (1 each), a drill in Q3 (2), publicity led by S0003 (3).
fh-activity add --kind training --zone Z1 --on 2026-11-05 --attendees S0001,S0002,S0003 >/dev/null
fh-activity add --kind patrol --zone Z1 --on 2026-11-06 --attendees S0002,S0004 >/dev/null
fh-activity add --kind drill --zone Z1 --on 2026-09-10 --attendees S0003 >/dev/null
fh-activity add --kind publicity --zone Z1 --on 2026-11-07 --led-by S0003 >/dev/null
# A cancelled patrol counts for nothing.
fh-activity add --kind patrol --zone Z2 --on 2026-11-08 --attendees S0007,S0008 >/dev/null
fh-activity cancel 5 --reason "下雨"
# S0007 leads G003 from 2026-08-20: quarters 2026Q3 and 2026Q4, 5 each.
fh-group leader G003 S0007 --on 2026-08-20
# S0004 is awarded 10 and redeems 4.
fh-group points award S0004 10 --reason 见义勇为 --on 2026-11-10
fh-group points redeem S0004 4 --reason 兑换灭火器 --on 2026-11-20
