Action items of a joint meeting are carried into the next joint meeting's
agenda (a later one sharing one of its zones) until done, and not into
zone meetings' agendas; zone meetings keep carrying theirs to their zone's
next meeting only.  action list --zone Z names a joint meeting's items
under each of its zones.  Meeting 4 (Z1, Z2) was held 2026-11-10 with items
3 and 4; meeting 5 (Z2, Z3, 2026-12-20) gets both until 3 is done, and
its span starts at meeting 4; meeting 6 (Z3 alone) and zone meeting 3
(Z2) get none of them; zone meeting 2 (Z1) keeps item 1 of meeting 1.
--- setup
. "$DATA/joint-meetings.sh"
fh-meeting plan --joint --zones Z1,Z2 --on 2026-11-10 >/dev/null
fh-meeting record 4 --held-on 2026-11-10
fh-meeting plan --joint --zones Z2,Z3 --on 2026-12-20 >/dev/null
fh-meeting plan --joint --zones Z3 --on 2026-12-21 >/dev/null
--- run
fh-meeting action add 4 制定联合巡逻方案 --owner 王队长 --due 2026-11-20
fh-meeting action add 4 走访驻山单位
fh-meeting action list --zone Z2 --open
fh-meeting agenda 5 -f json | jq -c '.meeting.previous_meeting, .meeting.since, .open_actions'
fh-meeting agenda 6 -f json | jq -c '.open_actions'
fh-meeting agenda 3 -f json | jq -c '.open_actions'
fh-meeting agenda 2 -f json | jq -c '[.open_actions[].id]'
fh-meeting action done 3 --on 2026-11-22
fh-meeting agenda 5 -f json | jq -c '[.open_actions[].id]'
--- stdout
3
4
id	meeting	zone	quarter	text	owner	due_on	done_on
3	4	Z1,Z2	2026Q4	制定联合巡逻方案	王队长	2026-11-20	
4	4	Z1,Z2	2026Q4	走访驻山单位			
4
"2026-11-10 00:00"
[{"id":3,"meeting":4,"quarter":"2026Q4","text":"制定联合巡逻方案","owner":"王队长","due_on":"2026-11-20","overdue":true},{"id":4,"meeting":4,"quarter":"2026Q4","text":"走访驻山单位","owner":null,"due_on":null,"overdue":false}]
[]
[]
[1]
[4]
