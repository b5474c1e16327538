A joint meeting is attended by groups, task teams and units (members of
kind organisation) from its zones, and by its own teams whatever their
zone (T1 has none); list and show name them, groups first, then teams,
then units.  A zone meeting takes teams and units of its zone the same way.
--- setup
. "$DATA/joint-meetings.sh"
fh-meeting plan --joint --zones Z1,Z2 --teams T1 --on 2026-11-20 --title 警网联席会议 >/dev/null
printf '会议纪要：各区块通报隐患整改。\n' > minutes.txt
--- run
fh-meeting record 4 --held-on 2026-11-20 --chair 李队长 --attended U001,T2,G003,T1,G001 --minutes minutes.txt
fh-meeting show 4 -f table
fh-meeting record 2 --held-on 2026-11-21 --attended G002,T2
fh-meeting list --no-header
--- stdout
field          value
id             4
kind           joint
zone
quarter        2026Q4
planned_on     2026-11-20
held_on        2026-11-20
chair          李队长
place
open_actions   0
cancelled_at
cancel_reason
title          警网联席会议
zones          Z1,Z2
teams          T1
minutes        会议纪要：各区块通报隐患整改。

code  name        attendee
G001  北大街一组  group
G003  南栅一组    group
T1    巡逻队      team
T2    北区宣传队  team
U001  景区管理处  unit

id  text  owner  due_on  done_on  cancelled_at

at  actor  action  action_id  note
1	zone	Z1	2026Q3		2026-09-25	王队长	G001,G002	1		
2	zone	Z1	2026Q4	2026-12-20	2026-11-21		G002,T2	0		
3	zone	Z2	2026Q4	2026-12-20				0		
4	joint	Z1,Z2	2026Q4	2026-11-20	2026-11-20	李队长	G001,G003,T1,T2,U001	0	T1	警网联席会议
