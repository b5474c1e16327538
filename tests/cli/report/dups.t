dups pairs open or assigned reports of one category near in time and place: by distance where both have lat/lon, else by the same place.
--- setup
fh init
sqlite3 fh.db < "$DATA/report/roster.sql"
fh-report import "$DATA/report/reports.jsonl" >/dev/null
fh-report add --category fire --at "2026-11-11 08:00" --where 北大街12号 --lat 30.8914 --lon 121.0233 消防通道又被堵 >/dev/null
fh-report add --category traffic --at "2026-11-19 09:00" --where 南街路口 电动车乱停 >/dev/null
fh-report add --category traffic --at "2026-11-22 09:00" --where 南街路口 电动车乱停 >/dev/null
fh-report add --category lost-item --at "2026-11-22 21:00" --where 北大街12号 钱包 >/dev/null
--- run
fh-report dups
echo "-- --meters 10"; fh-report dups --meters 10 --no-header
echo "-- --hours 12"; fh-report dups --hours 12 --no-header
fh-report handle 7 --note 已清理 >/dev/null
echo "-- after handling 7"; fh-report dups --no-header
fh-report dups --hours 0; echo "exit $?"
fh-report dups --meters far; echo "exit $?"
--- stdout
id	duplicate_of	category	hours_apart	meters_apart	place
4	1	fire	6	15	北大街14号
7	1	fire	23	29	北大街12号
7	4	fire	17	15	北大街12号
8	2	traffic	14.5		南街路口
-- --meters 10
8	2	traffic	14.5		南街路口
-- --hours 12
4	1	fire	6	15	北大街14号
-- after handling 7
4	1	fire	6	15	北大街14号
8	2	traffic	14.5		南街路口
exit 1
exit 1
--- stderr
fh-report: invalid value '0' for --hours (a positive number)
fh-report: invalid value 'far' for --meters (a positive number)
