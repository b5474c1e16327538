Phone numbers are masked in every format (table, tsv, csv, json) of every
output that shows them (member show, list and export, group show, team
show, fh sql of members_v; in fh sql the raw column reads as NULL under
any alias or in any expression, so nothing computed from it shows digits)
unless --reveal.  The audit trail keeps command lines with
the numbers masked, so they stay masked even with --reveal.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
fh-group team add T1 巡逻队 --kind patrol
fh-group team join T1 S0001
fh-group member edit S0002 --phone 13912345678
--- run
for f in table tsv csv json; do
	echo "== $f"
	fh-group member show S0001 -f $f | grep -a 138
	fh-group member list --group G001 -f $f | grep -a 138
	fh-group export -f $f | grep -a 138
	fh-group show G001 -f $f | grep -a 138
	fh-group team show T1 -f $f | grep -a 138
	fh sql -f $f "SELECT member, phone FROM members_v WHERE member = 'S0001'" | grep -a 138
done
echo "== fh sql"
fh sql --no-header "SELECT phone AS p, phone || '' AS x, substr(phone, 1, 11), group_concat(phone, ';') OVER () FROM members WHERE id = 1"
fh sql --no-header "SELECT count(*), count(phone) FROM members"
fh sql --no-header "SELECT group_concat(member || ' ' || coalesce(phone, '-'), '; ') FROM members_v WHERE \"group\" = 'G001'"
fh audit | grep -a 'member edit'
echo "== --reveal"
fh-group member show S0001 --reveal | grep 138
fh sql --no-header --reveal "SELECT phone || '' FROM members WHERE id = 1"
fh audit --reveal | grep -a 'member edit'
--- stdout
== table
phone          138****8000
S0001   shop  老街茶馆  张三     138****8000  北大街12号  Z1    G001   30.8912  121.0231  2025-06-01
S0001  shop          老街茶馆    张三     138****8000   北大街12号  Z1    G001   30.8912  121.0231  2025-06-01                      T1
S0001   老街茶馆  shop  张三     138****8000  北大街12号  2025-06-01
S0001   老街茶馆  shop  Z1    G001   138****8000  2026-11-23
S0001   138****8000
== tsv
phone	138****8000
S0001	shop	老街茶馆	张三	138****8000	北大街12号	Z1	G001	30.8912	121.0231	2025-06-01			
S0001	shop	老街茶馆	张三	138****8000	北大街12号	Z1	G001	30.8912	121.0231	2025-06-01			T1		
S0001	老街茶馆	shop	张三	138****8000	北大街12号	2025-06-01
S0001	老街茶馆	shop	Z1	G001	138****8000	2026-11-23
S0001	138****8000
== csv
phone,138****8000
S0001,shop,老街茶馆,张三,138****8000,北大街12号,Z1,G001,30.8912,121.0231,2025-06-01,,,
S0001,shop,老街茶馆,张三,138****8000,北大街12号,Z1,G001,30.8912,121.0231,2025-06-01,,,T1,,
S0001,老街茶馆,shop,张三,138****8000,北大街12号,2025-06-01
S0001,老街茶馆,shop,Z1,G001,138****8000,2026-11-23
S0001,138****8000
== json
{"member":"S0001","kind":"shop","name":"老街茶馆","contact":"张三","phone":"138****8000","address":"北大街12号","zone":"Z1","zone_name":"北区块","group":"G001","lat":30.8912,"lon":121.0231,"joined_on":"2025-06-01","left_on":null,"note":null,"letter_signed":null,"trade":null,"led_groups":[{"led_group":"G001","started_on":"2026-01-01","ended_on":null,"letter_signed":"2026-03-01"}],"teams":[{"team":"T1","team_name":"巡逻队","team_kind":"patrol","joined_on":"2026-11-23","left_on":null}],"equipment":[]}
{"member":"S0001","kind":"shop","name":"老街茶馆","contact":"张三","phone":"138****8000","address":"北大街12号","zone":"Z1","group":"G001","lat":30.8912,"lon":121.0231,"joined_on":"2025-06-01","left_on":null,"letter_signed":null,"trade":null}
{"code":"S0001","kind":"shop","name":"老街茶馆","contact":"张三","phone":"138****8000","address":"北大街12号","zone":"Z1","group":"G001","lat":30.8912,"lon":121.0231,"joined":"2025-06-01","left":null,"note":null,"teams":"T1","letter_signed":null,"trade":null}
{"group":"G001","zone":"Z1","name":null,"size":3,"leader":"S0001","leader_name":"老街茶馆","letter_signed":"2026-03-01","formed_on":null,"dissolved_on":null,"note":null,"members":[{"member":"S0001","name":"老街茶馆","kind":"shop","contact":"张三","phone":"138****8000","address":"北大街12号","joined_on":"2025-06-01"},{"member":"S0002","name":"阿婆粽子","kind":"shop","contact":"李四","phone":"139****5678","address":"北大街14号","joined_on":null},{"member":"S0003","name":"丁蹄店","kind":"shop","contact":null,"phone":null,"address":"北大街16号","joined_on":null}],"leaders":[{"leader":"S0001","name":"老街茶馆","started_on":"2026-01-01","ended_on":null,"letter_signed":"2026-03-01"}]}
{"team":"T1","name":"巡逻队","kind":"patrol","zone":null,"size":1,"members":[{"member":"S0001","name":"老街茶馆","kind":"shop","zone":"Z1","group":"G001","phone":"138****8000","joined_on":"2026-11-23"}]}
{"member":"S0001","phone":"138****8000"}
== fh sql
			
12	0
S0001 138****8000; S0002 139****5678; S0003 -
5	2026-11-23 10:00	tester	fh-group member edit S0002 --phone ***	update members 2
== --reveal
phone	13800138000
13800138000
5	2026-11-23 10:00	tester	fh-group member edit S0002 --phone ***	update members 2
--- locales
C.UTF-8
