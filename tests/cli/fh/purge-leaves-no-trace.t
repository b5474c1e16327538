fh purge leaves no trace of the person in the file: after it, none of
their name, contact, phone (nor the one it replaced), address, note, or
the ID number they typed into a report is anywhere in the raw database
file or its write-ahead log, which is empty (another connection keeps it
from being deleted here), while each of them was there before (the phone
it replaced in the file, the new one in the log).  The copies in other
texts (reports, activities, meetings, action items, and the corrections'
history of activities and meetings) are erased, the
search index forgets them, the statistics stay the same, and it says
what it changed, per table, without values; the audit names each changed
row once, though several statements changed it.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
fh-group member add S9 --kind household --name 赵六一 --contact 赵小明 --phone 13698765432 --address 西大街88号 --zone Z1 --group G001 --lat 30.9 --lon 121.1 --note 独居老人
fh-report add --category dispute --by S9 --where 西大街88号门口 --at "2026-11-01 09:00" "赵六一与邻居纠纷，身份证110101199003071234"
fh-report add --category fire --by S0001 --at "2026-11-02 09:00" "西大街88号门口堆放杂物，赵六一反映"
fh-activity add --kind patrol --on 2026-11-03 --led-by 赵六一 --zone Z1 --attendees S9,S0001
fh-meeting plan --quarter 2026Q4 --zone Z1 --on 2026-11-05
fh-meeting record 1 --held-on 2026-11-05 --chair 赵六一
fh-meeting action add 1 "请赵小明清理门口" --owner 赵小明 --due 2026-12-01
fh-activity edit 1 --led-by 王警官 --note 原由赵六一带队
fh-meeting edit 1 --chair 王警官
--- run
strings="赵六一 赵小明 13698765432 13712345678 西大街88号 110101199003071234 独居老人"
found() {
	for s in $strings; do
		printf '%s %s\n' "$s" "$(cat fh.db fh.db-wal 2>/dev/null | LC_ALL=C grep -a -c -F "$s")"
	done
}
# A second connection, open but idle, keeps the -wal file after each fh exits.
mkfifo ctl
sqlite3 fh.db <ctl >ready &
exec 3>ctl
echo "SELECT 'ready' FROM settings LIMIT 1;" >&3
while ! grep -q ready ready; do sleep 0.1; done
fh-group member edit S9 --phone 13712345678
found | awk '$2 == 0 { print "missing before the purge:", $1 }'
fh-stats summary --period 2026 --by zone,group,member,category > before
fh purge S9
echo "wal bytes: $(stat -c %s fh.db-wal)"
found
exec 3>&-
wait
fh-stats summary --period 2026 --by zone,group,member,category | cmp - before && echo "same statistics"
fh-report list --search 赵六一 --no-header | wc -l
fh sql --reveal --no-header "SELECT text FROM reports ORDER BY id"
fh audit --no-header | tail -n 1 | cut -f 4,5
--- stdout
table	rows
members	1
activities	1
activity_events	1
meeting_actions	1
meeting_events	1
reports	2
wal bytes: 0
赵六一 0
赵小明 0
13698765432 0
13712345678 0
西大街88号 0
110101199003071234 0
独居老人 0
same statistics
0
已删除与邻居纠纷，身份证110***********1234
已删除门口堆放杂物，已删除反映
fh purge S9	update members 13; update activities 1; update activity_events 1 (edited: led-by '已删除' -> '王警官'; note '' -> '原由已删除带队'); update meeting_actions 1; update meeting_events 1 (edited: chair '已删除' -> '王警官'); update reports 1-2
