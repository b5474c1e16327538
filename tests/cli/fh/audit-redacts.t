The audit trail never records a personal value: the values of --name,
--contact, --phone, --address, --lat, --lon, --note and the other free-text
options (abbreviated too), and the texts of fh-report add and note, are
kept as *** from the start, in every tool; codes, ids and the other options
stay, so the trail still says who did what, when, on which rows.  Nothing
of the person is in the audit table, so nothing there needs erasing.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
--- run
fh-group member add S9 --name 张三 --address 北大街12号 --zone Z1 --kind household --phone=13812345678 --contact 李四 --lat 30.9 --lon 121.1 --note 独居老人
fh-group member edit S9 --addr 南大街1号 --group G001
fh-report add --category fire --by S9 --where 张三家门口 "张三家门口堆放杂物，身份证110101199003071234"
fh-report note 1 "已联系张三"
fh-report assign 1 王警官 --new
fh-report handle 1 --note "张三已清理"
fh audit --no-header | cut -f 4 | tail -n 6
fh sql --reveal --no-header "SELECT count(*) FROM audit WHERE command LIKE '%张三%' OR command LIKE '%李四%' OR command LIKE '%北大街12号%' OR command LIKE '%1234%' OR command LIKE '%独居%'"
--- stdout
1
fh-group member add S9 --name *** --address *** --zone Z1 --kind household --phone=*** --contact *** --lat *** --lon *** --note ***
fh-group member edit S9 --addr *** --group G001
fh-report add --category fire --by S9 --where *** ***
fh-report note 1 ***
fh-report assign 1 王警官 --new
fh-report handle 1 --note ***
0
