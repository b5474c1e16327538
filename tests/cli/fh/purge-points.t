Erasing a member keeps its points ledger rows, as its equipment moves are kept, so that balances and totals do not change, and erases the member's name from their reasons; fh purge counts the rows it changed.  The award and the purge are in the audit trail, the reason redacted.
--- setup
. "$DATA/points-station.sh"
fh-group points award S0004 3 --reason "王家救火"
--- run
fh purge S0004
fh sql "SELECT member, on_date, kind, points, reason FROM points_ledger_v ORDER BY id"
fh-group points --group G002
fh audit | tail -n 2 | cut -f4-
--- stdout
table	rows
members	1
points_ledger	1
member	on_date	kind	points	reason
S0004	2026-11-10	award	10	见义勇为
S0004	2026-11-20	redeem	-4	兑换灭火器
S0004	2026-11-23	award	3	已删除救火
member	zone	group	points	earned	awarded	redeemed	name
S0005	Z1	G002	20	20	0	0	枫泾豆腐干
S0004	Z1	G002	10	1	13	4	已删除
fh-group points award S0004 3 --reason ***	insert points_ledger 3
fh purge S0004	update members 4; update points_ledger 3
