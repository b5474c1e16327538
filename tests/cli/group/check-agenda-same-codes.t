fh-group check and the agenda's group_issues share one list of group problems: the same codes and the same labels, English under C and Chinese under zh_CN (here G002, whose leader has not signed the letter, a leader who left, and G001, whose member S0002 has not signed its own letter: a row per member in check, per group in the agenda).
--- setup
. "$DATA/stats-meetings.sh"
fh-group member leave S0003 --on 2026-11-01
sqlite3 fh.db "UPDATE leader_terms SET ended_on = NULL WHERE member_id = (SELECT id FROM members WHERE code = 'S0003')"
sqlite3 fh.db "UPDATE members SET letter_signed = NULL WHERE code = 'S0002'"
--- run
for loc in C.UTF-8 zh_CN.UTF-8; do
	export LC_ALL=$loc
	fh-group check --zone Z1 --min 0 --max 99 -f json | grep -o '"problem":"[^"]*"\|"label":"[^"]*"'
	fh-meeting agenda --zone Z1 --quarter 2026Q4 -f json | sed -n '/"group_issues"/,/\]/p' | sed 's/": "/":"/' | grep -o '"issue":"[^"]*"\|"label":"[^"]*"' | sed 's/"issue"/"problem"/'
done
--- stdout
"problem":"leader-left"
"label":"leader has left"
"problem":"letter-unsigned"
"label":"letter not signed"
"problem":"member-unsigned"
"label":"member's letter not signed"
"problem":"member-unsigned"
"label":"member's letter not signed"
"problem":"leader-left"
"label":"leader has left"
"problem":"letter-unsigned"
"label":"letter not signed"
"problem":"leader-left"
"label":"组长已离开"
"problem":"letter-unsigned"
"label":"责任书未签"
"problem":"member-unsigned"
"label":"成员责任书未签"
"problem":"member-unsigned"
"label":"成员责任书未签"
"problem":"leader-left"
"label":"组长已离开"
"problem":"letter-unsigned"
"label":"责任书未签"
--- locales
C.UTF-8
