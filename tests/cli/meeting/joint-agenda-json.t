The agenda of a joint meeting of two zones, -f json, checked section by
section: each zone's sections under "zones", the combined figures (sums)
and the zones' rows one after another (each naming its zone) at the top.
Meeting 4 covers Z1 and Z2, planned 2026-12-05 and not held: the first
joint meeting, so its span is the quarter's start to now, 2026-10-01 00:00
to 2026-11-23 10:00 (53 days 10 hours); the span before it is 2026-08-08
14:00 to 2026-10-01 00:00.  By hand from tests/data/stats-basic.sql:
- Z1 reports in the span: 1, 2 (fire, handled), 3 (traffic, open),
  9 (traffic, handled, 10-01 00:00), 4 (dispute, dismissed); 8 (09-30
  23:59) is before it.  Z2: 5 (fraud, handled), 6 (lost-person, handled),
  7 (fire, assigned).  Combined: fire 3 found 2 handled 1 open; traffic
  2/1/0/1; dispute 1/0/1/0; fraud 1/1/0/0; lost-person 1/1/0/0.
- open: Z1 report 3 (44 days, traffic's deadline 3: overdue); Z2 report 7
  (filed 11-21 09:00: 2 days, within fire's 3: not overdue).
- groups: Z1 G002 (letter not signed); Z2 G004 (leader S0005 left, and no
  report or activity), G005 (no leader, and none).
- activities: Z1 1 (training, 2 attended), 3 (publicity, 1); Z2 2
  (patrol of G003, 6).
- figures now Z1 found 5 handled 3 open 1 hazards 4 activities 2
  attendance 3; Z2 3, 2, 1, 1, 1, 6; combined 8, 5, 2, 5, 3, 9.  Before:
  Z1 reports 11 (fire) and 8 (lost-item), both handled: 2, 2, 0, 1, 0, 0;
  Z2 nothing (report 10 and activity 4 are older); combined 2, 2, 0, 1, 0, 0.
- no earlier joint meeting: no open actions (zone meeting 1's item 1 stays
  with zone Z1's meetings).
--- setup
. "$DATA/joint-meetings.sh"
fh-meeting plan --joint --zones Z1,Z2 --teams T1 --on 2026-12-05 >/dev/null
--- run
fh-meeting agenda 4 -f json > agenda.json
jq -c '.title' agenda.json
jq -c '.meeting' agenda.json
jq -c '[.zones[] | [.zone, .zone_name]]' agenda.json
jq -c '.zones[] | [.zone, [.reports_by_category[] | [.category, .found, .handled, .dismissed, .open]]]' agenda.json
jq -c '[.reports_by_category[] | [.category, .found, .handled, .dismissed, .open]]' agenda.json
jq -c '.zones[] | [.zone, [.open_reports[] | [.id, .days_open, .overdue]]]' agenda.json
jq -c '[.open_reports[] | [.zone, .id]]' agenda.json
jq -c '.zones[] | [.zone, [.group_issues[] | [.group, .issue, .leader]]]' agenda.json
jq -c '.zones[] | [.zone, [.activities[] | [.id, .kind, .group, .attendance]]]' agenda.json
jq -c '[.activities[] | [.zone, .id]]' agenda.json
jq -c '.zones[] | [.zone, [.comparison[] | [.figure, .current, .previous, .change]]]' agenda.json
jq -c '[.comparison[] | [.figure, .current, .previous, .change]]' agenda.json
jq -c '.open_actions, (.texts | length)' agenda.json
--- stdout
"北区块、南区块联席会议议程"
{"id":4,"kind":"joint","zone":"Z1,Z2","zone_name":"北区块、南区块","title":null,"teams":"T1","quarter":"2026Q4","planned_on":"2026-12-05","held_on":null,"chair":"社区警务队队长","place":"派出所二楼会议室","since":"2026-10-01 00:00","until":"2026-11-23 10:00","previous_meeting":null,"previous_since":"2026-08-08 14:00","previous_until":"2026-10-01 00:00"}
[["Z1","北区块"],["Z2","南区块"]]
["Z1",[["fire",2,2,0,0],["traffic",2,1,0,1],["dispute",1,0,1,0]]]
["Z2",[["fire",1,0,0,1],["fraud",1,1,0,0],["lost-person",1,1,0,0]]]
[["fire",3,2,0,1],["traffic",2,1,0,1],["dispute",1,0,1,0],["fraud",1,1,0,0],["lost-person",1,1,0,0]]
["Z1",[[3,44,true]]]
["Z2",[[7,2,false]]]
[["Z1",3],["Z2",7]]
["Z1",[["G002","letter-unsigned","S0003"]]]
["Z2",[["G004","leader-left","S0005"],["G004","inactive","S0005"],["G005","no-leader",null],["G005","inactive",null]]]
["Z1",[[1,"training",null,2],[3,"publicity",null,1]]]
["Z2",[[2,"patrol","G003",6]]]
[["Z1",1],["Z1",3],["Z2",2]]
["Z1",[["found",5,2,3],["handled",3,2,1],["open",1,0,1],["hazards",4,1,3],["activities",2,0,2],["attendance",3,0,3]]]
["Z2",[["found",3,0,3],["handled",2,0,2],["open",1,0,1],["hazards",1,0,1],["activities",1,0,1],["attendance",6,0,6]]]
[["found",8,2,6],["handled",5,2,3],["open",2,0,2],["hazards",5,1,4],["activities",3,0,3],["attendance",9,0,9]]
[]
1
