fh-meeting plan --joint plans one joint meeting (联席会议) of the zones given
(or --all of them) and the task teams given, on a date: its quarter is the
date's.  fh-meeting list shows joint and zone meetings together, with their
kind, a joint meeting's zones as a comma list, its teams and title;
--zone Z picks the joint meetings that cover Z too.  show gives its zones
and teams.  edit --on moves a joint meeting into another quarter with its
date (a zone meeting stays in its quarter), and --title corrects its
title (one line).  The audit names the rows
written and hides the title, which may name a person.
--- setup
. "$DATA/joint-meetings.sh"
--- run
fh-meeting plan --joint --zones Z2,Z1,Z1 --teams T1,T2 --on 2026-12-05 --title 警网联席会议
fh audit --no-header | tail -n 1 | cut -f 4,5
fh-meeting plan --joint --all --on 2026-10-06 --no-header
fh-meeting list
fh-meeting list --zone Z3 --no-header
fh-meeting show 4 -f json
fh-meeting edit 5 --on 2027-01-10 --title 第一季度联席会议
fh-meeting list --quarter 2027Q1 --no-header
fh-meeting show 5 -f json | jq -c '.history[].note'
fh-meeting edit 5 --title $'a\tb'; echo "exit $?"
--- stdout
id	zone	quarter	planned_on	held_on
4	Z1,Z2	2026Q4	2026-12-05	
fh-meeting plan --joint --zones Z2,Z1,Z1 --teams T1,T2 --on 2026-12-05 --title ***	insert meetings 4; insert meeting_zones 1-2; insert meeting_teams 1-2
5	Z1,Z2,Z3	2026Q4	2026-10-06	
id	kind	zone	quarter	planned_on	held_on	chair	attended	open_actions	teams	title
1	zone	Z1	2026Q3		2026-09-25	王队长	G001,G002	1		
2	zone	Z1	2026Q4	2026-12-20				0		
3	zone	Z2	2026Q4	2026-12-20				0		
4	joint	Z1,Z2	2026Q4	2026-12-05				0	T1,T2	警网联席会议
5	joint	Z1,Z2,Z3	2026Q4	2026-10-06				0		
5	joint	Z1,Z2,Z3	2026Q4	2026-10-06				0		
{"id":4,"kind":"joint","zone":null,"quarter":"2026Q4","planned_on":"2026-12-05","held_on":null,"chair":null,"place":null,"open_actions":0,"cancelled_at":null,"cancel_reason":null,"title":"警网联席会议","zones":"Z1,Z2","teams":"T1,T2","minutes":null,"attended":[],"actions":[],"history":[]}
5	joint	Z1,Z2,Z3	2027Q1	2027-01-10				0		第一季度联席会议
"on '2026-10-06' -> '2027-01-10'; title '' -> '第一季度联席会议'"
exit 1
--- stderr
fh-meeting: --title contains a control character
