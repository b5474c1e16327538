A cancelled meeting is kept (show, with its history) but leaves the list,
has no agenda, and its zone's quarter can be planned again; a cancelled action item is no
longer open, listed or carried into the next agenda.
--- setup
. "$DATA/stats-meetings.sh"
--- run
fh-meeting agenda 2 -f json | grep -c '"text": "清理北大街消防通道"'
fh-meeting cancel 3 --reason 与联防演练冲突
fh-meeting action cancel 1 --reason 已并入整改计划
fh-meeting list --no-header
fh-meeting plan --quarter 2026Q4 --zone Z2 --no-header
fh-meeting action list --no-header
fh-meeting agenda 2 -f json | grep -c '"text": "清理北大街消防通道"'
fh-meeting show 3 -f json
fh sql "SELECT meeting, item, action, note FROM meeting_events_v ORDER BY event"
fh-meeting agenda 3 -f json
fh-meeting agenda --zone Z2 --quarter 2026Q4 -f json | grep -o '"id": [0-9]*' | head -n 1
--- stdout
1
1	zone	Z1	2026Q3		2026-09-25	王队长	G001,G002	0		
2	zone	Z1	2026Q4	2026-12-20				0		
4	Z2	2026Q4		
2	1	Z1	2026Q3	补签责任书			2026-10-10
0
{"id":3,"kind":"zone","zone":"Z2","quarter":"2026Q4","planned_on":"2026-12-20","held_on":null,"chair":null,"place":null,"open_actions":0,"cancelled_at":"2026-11-23 10:00","cancel_reason":"与联防演练冲突","title":null,"zones":"Z2","teams":null,"minutes":null,"attended":[],"actions":[],"history":[{"at":"2026-11-23 10:00","actor":"tester","action":"cancelled","action_id":null,"note":"与联防演练冲突"}]}
meeting	item	action	note
3		cancelled	与联防演练冲突
1	1	cancelled	已并入整改计划
"id": 4
--- stderr
fh-meeting: meeting 3 was cancelled
