--search finds any substring of text, place or notes, Chinese included; several words must all occur.
--- setup
fh init
sqlite3 fh.db < "$DATA/report/roster.sql"
fh-report import "$DATA/report/reports.jsonl" >/dev/null
fh-report handle 5 --note 钱包已还给失主 >/dev/null
--- run
echo "-- 纠纷"; fh-report list --no-header --search 纠纷 | cut -f1,10
echo "-- 电动车"; fh-report list --no-header --search 电动车 | cut -f1,10
echo "-- 电 (one character)"; fh-report list --no-header --search 电 | cut -f1
echo "-- 电动车 楼道"; fh-report list --no-header --search "电动车 楼道" | cut -f1
echo "-- 北大街 (place)"; fh-report list --no-header --search 北大街 | cut -f1
echo "-- 失主 (notes)"; fh-report list --no-header --search 失主 | cut -f1
echo "-- 电动车 with zone Z2"; fh-report list --no-header --search 电动车 --zone Z2 | cut -f1
echo "-- 火灾 (nowhere)"; fh-report list --no-header --search 火灾 | wc -l
echo "-- quote"; fh-report list --no-header --search '"' | wc -l
--- stdout
-- 纠纷
3	邻里因占道经营发生纠纷
-- 电动车
4	楼道里有人给电动车充电
2	电动车乱停放影响通行
-- 电 (one character)
4
2
6
-- 电动车 楼道
4
-- 北大街 (place)
1
4
-- 失主 (notes)
5
-- 电动车 with zone Z2
2
-- 火灾 (nowhere)
0
-- quote
0
