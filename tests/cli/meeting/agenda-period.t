The agenda covers the time since the zone's previous HELD meeting: a
planned one that did not take place does not count, and a held meeting's
agenda ends on the day it was held.  Z2's 2026Q3 meeting is only planned,
so the 2026Q4 agenda still starts at the quarter; once Z2's 2026Q4 meeting
is held on 2026-11-21, its agenda ends at 2026-11-21 00:00 and report 7
(filed that morning) is neither found nor open in it, while report 6
(2026-11-20 18:00) is.  Then the 2027Q1 agenda starts on 2026-11-21.
--- setup
. "$DATA/stats-meetings.sh"
fh-meeting plan --quarter 2026Q3 --zone Z2 >/dev/null
--- run
fh-meeting agenda 3 -f json | grep -E '"(since|until)"'
fh-meeting record 3 --held-on 2026-11-21
fh-meeting agenda 3 -f json | grep -E '"(since|until)"'
fh-meeting agenda 3 | grep -E '^\| (消防隐患|走失人员|合计) '
fh-meeting agenda 3 | grep -c 电线私拉乱接 || :
fh-meeting plan --quarter 2027Q1 --zone Z2 --no-header
fh-meeting agenda --zone Z2 --quarter 2027Q1 -f json | grep -E '"(since|until|previous_meeting)"'
--- stdout
    "since": "2026-10-01 00:00",
    "until": "2026-11-23 10:00",
    "since": "2026-10-01 00:00",
    "until": "2026-11-21 00:00",
| 走失人员 | 1 | 1 | 0 | 0 |
| 合计 | 2 | 2 | 0 | 0 |
0
5	Z2	2027Q1		
    "since": "2026-11-21 00:00",
    "until": "2026-11-23 10:00",
    "previous_meeting": 3,
