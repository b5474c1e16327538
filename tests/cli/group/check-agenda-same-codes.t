fh-group check and the agenda's group_issues share one list of group problems: the same codes and the same labels (here G002, whose leader has not signed the letter, and a leader who left).
--- setup
. "$DATA/stats-meetings.sh"
fh-group member leave S0003 --on 2026-11-01
sqlite3 fh.db "UPDATE leader_terms SET ended_on = NULL WHERE member_id = (SELECT id FROM members WHERE code = 'S0003')"
--- run
fh-group check --zone Z1 --min 0 --max 99 -f json | grep -o '"problem":"[^"]*"\|"label":"[^"]*"' | tr -d ' '
fh-meeting agenda --zone Z1 --quarter 2026Q4 -f json | sed -n '/"group_issues"/,/\]/p' | grep -o '"issue": "[^"]*"\|"label": "[^"]*"' | sed 's/"issue"/"problem"/' | tr -d ' '
--- stdout
"problem":"leader-left"
"label":"组长已离开"
"problem":"letter-unsigned"
"label":"责任书未签"
"problem":"leader-left"
"label":"组长已离开"
"problem":"letter-unsigned"
"label":"责任书未签"
