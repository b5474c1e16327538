fh-meeting edit corrects a meeting's plan and record, and action edit an
action item, under the rules of plan, record and action add; each change
is an 'edited' event with the old and new values, in the meeting's
history (show) and in fh audit's changes; '' clears a value; an edit that
changes nothing writes nothing.
--- setup
. "$DATA/stats-meetings.sh"
--- run
fh-meeting edit 1 --held-on 2026-09-26 --place 派出所会议室 --attended G001
fh-meeting edit 2 --on 2026-12-15
fh-meeting action edit 1 --text 清理北大街及南栅消防通道 --owner '' --due 2026-11-30
fh-meeting edit 1 --place 派出所会议室 --attended G001
fh-meeting action edit 1 --due 2026-11-30
fh-meeting show 1
fh-meeting list --no-header
fh audit -f tsv --no-header | tail -n 3 | cut -f 4-
--- stdout
field	value
id	1
kind	zone
zone	Z1
quarter	2026Q3
planned_on	
held_on	2026-09-26
chair	王队长
place	派出所会议室
open_actions	1
cancelled_at	
cancel_reason	
title	
zones	Z1
teams	
minutes	

code	name	attendee
G001	北大街一组	group

id	text	owner	due_on	done_on	cancelled_at
1	清理北大街及南栅消防通道		2026-11-30		
2	补签责任书			2026-10-10	

at	actor	action	action_id	note
2026-11-23 10:00	tester	edited		held-on '2026-09-25' -> '2026-09-26'; place '' -> '派出所会议室'; attended 'G001,G002' -> 'G001'
2026-11-23 10:00	tester	edited	1	text '清理北大街消防通道' -> '清理北大街及南栅消防通道'; owner '张三' -> ''; due '2026-10-31' -> '2026-11-30'
1	zone	Z1	2026Q3		2026-09-26	王队长	G001	1		
2	zone	Z1	2026Q4	2026-12-15				0		
3	zone	Z2	2026Q4	2026-12-20				0		
fh-meeting edit 1 --held-on 2026-09-26 --place *** --attended G001	update meetings 1; delete meeting_attendance 1-2; insert meeting_attendance 1; insert meeting_events 1 (edited: held-on '2026-09-25' -> '2026-09-26'; place '' -> '派出所会议室'; attended 'G001,G002' -> 'G001')
fh-meeting edit 2 --on 2026-12-15	update meetings 2; insert meeting_events 2 (edited: on '2026-12-20' -> '2026-12-15')
fh-meeting action edit 1 --text *** --owner '' --due 2026-11-30	update meeting_actions 1; insert meeting_events 3 (edited: text '清理北大街消防通道' -> '清理北大街及南栅消防通道'; owner '张三' -> ''; due '2026-10-31' -> '2026-11-30')