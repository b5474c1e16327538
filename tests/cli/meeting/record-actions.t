record keeps when the meeting was held, who chaired, which groups came and
the minutes; action items are numbered, listed and marked done.
--- setup
. "$DATA/stats-meetings.sh"
printf '会议纪要：\n各组汇报消防通道整改情况。\n' > minutes.txt
--- run
FH_NOW="2026-12-18 20:00" fh-meeting record 2 --held-on 2026-12-18 --chair 李队长 --attended G002,G001 --minutes minutes.txt
fh-meeting action add 2 检查南栅消防栓 --due 2027-01-15 --owner 李四
fh-meeting action list -f table
fh-meeting action list --open --zone Z1 --no-header
fh-meeting action done 1
fh-meeting action list --open --no-header
fh-meeting show 2 -f table
--- stdout
3
id  meeting  zone  quarter  text                owner  due_on      done_on
 1        1  Z1    2026Q3   清理北大街消防通道  张三   2026-10-31
 2        1  Z1    2026Q3   补签责任书                             2026-10-10
 3        2  Z1    2026Q4   检查南栅消防栓      李四   2027-01-15
1	1	Z1	2026Q3	清理北大街消防通道	张三	2026-10-31	
3	2	Z1	2026Q4	检查南栅消防栓	李四	2027-01-15	
3	2	Z1	2026Q4	检查南栅消防栓	李四	2027-01-15	
field          value
id             2
kind           zone
zone           Z1
quarter        2026Q4
planned_on     2026-12-20
held_on        2026-12-18
chair          李队长
place
open_actions   1
cancelled_at
cancel_reason
title
zones          Z1
teams
minutes        会议纪要：
               各组汇报消防通道整改情况。

code  name        attendee
G001  北大街一组  group
G002  北大街二组  group

id  text            owner  due_on      done_on  cancelled_at
 3  检查南栅消防栓  李四   2027-01-15

at  actor  action  action_id  note