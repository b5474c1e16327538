Phone numbers are masked everywhere unless --reveal: lists, show, team show, export.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
fh-group team add T1 队 --kind service
fh-group team join T1 S0005
--- run
fh-group member list --group G002
fh-group member show S0005 | grep phone
fh-group team show T1 | tail -n 1
fh-group export | grep S0005
fh-group export --reveal | grep S0005
--- stdout
member	kind	name	contact	phone	address	zone	group	lat	lon	joined_on	left_on	letter_signed	trade
S0004	household	王家			生产街3号	Z1	G002						
S0005	shop	枫泾豆腐干		021-****1234	生产街5号	Z1	G002						
S0006	organisation	古镇管委会			友好路1号	Z1	G002						
phone	021-****1234
S0005	枫泾豆腐干	shop	Z1	G002	021-****1234	2026-11-23
S0005	shop	枫泾豆腐干		021-****1234	生产街5号	Z1	G002						T1		
S0005	shop	枫泾豆腐干		021-57351234	生产街5号	Z1	G002						T1		
