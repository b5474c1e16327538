Teams of mobile and fixed members: add, join, leave, list, show; errors name the problem.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
--- run
fh-group team add T1 北区巡逻队 --kind patrol --zone Z1
fh-group team add T2 反诈宣传队 --kind publicity
fh-group team add T3 错队 --kind party; echo $?
fh-group team add T1 重复 --kind patrol; echo $?
fh-group team join T1 S0001 M0001 --on 2026-11-01
fh-group team join T1 S0001; echo $?
fh-group team join T1 M0002; echo $?
fh-group team join T2 M0001 S0007
fh-group team leave T2 S0007 --on 2026-11-20
fh-group team leave T2 S0007; echo $?
fh-group team list -f table
fh-group team show T1
fh-group member list --team T2
--- stdout
1
1
1
1
1
team  name        kind       zone  size
T1    北区巡逻队  patrol     Z1       2
T2    反诈宣传队  publicity           1
field	value
team	T1
name	北区巡逻队
kind	patrol
zone	Z1
size	2

member	name	kind	zone	group	phone	joined_on
M0001	赵骑手	mobile	Z1		137****7002	2026-11-01
S0001	老街茶馆	shop	Z1	G001	138****8000	2026-11-01
member	kind	name	contact	phone	address	zone	group	lat	lon	joined_on	left_on	letter_signed	trade
M0001	mobile	赵骑手	赵六	137****7002		Z1							
--- stderr
fh-group: invalid team kind 'party' (valid: patrol, publicity, inspection, service, other)
fh-group: team 'T1' already exists
fh-group: member 'S0001' is already in team 'T1'
fh-group: member 'M0002' left on 2026-10-01
fh-group: member 'S0007' is not in team 'T2'
