Under zh_CN.UTF-8 every fh-stats table shows the keys that are codes (category, family, activity kind and topic) by their labels, whatever the subcommand (summary, indicators, activities); zones, groups and members keep their codes, and machine formats keep the codes.
--- locales
zh_CN.UTF-8
--- setup
fh init
sqlite3 -cmd ".load $FH_BIGRAM_EXT" fh.db < "$DATA/stats-basic.sql"
--- run
fh-stats summary --by category,zone --period 2026 -f table
fh-stats indicators --by category --period 2026Q4 -f table | head -n 3
fh-stats activities --by kind,topic --period 2026 -f table
fh-stats summary --by category --period 2026 | head -n 2
fh-stats activities --by kind --period 2026 -f csv | head -n 2
--- stdout
类别      区块  发现  已处置  未处置  已驳回  处置率%  处置用时中位数（小时）
咨询求助  Z2       1       1       0       0    100.0                     1.0
矛盾纠纷  Z1       1       0       0       1
消防隐患  Z1       3       3       0       0    100.0                    24.0
消防隐患  Z2       1       0       1       0      0.0
电信诈骗  Z2       1       1       0       0    100.0                     1.5
遗失物品  Z1       1       1       0       0    100.0                     1.0
走失人员  Z2       1       1       0       0    100.0                     2.5
交通隐患  Z1       2       1       1       0     50.0                     4.0
类别      立案  已驳回  应结案  结案  按期结案  处置  返工  延期  结案率  按期结案率  返工率  延期率  平均处置时长
矛盾纠纷     1       1       0     0         0     0     0     0
消防隐患     3       0       2     2         2     2     0     0  100.00      100.00    0.00    0.00          13.5
类型  主题      活动数  参加人次
演练  应急处置       1        10
巡逻                 1         6
宣传  反诈骗         1         1
培训  消防安全       1         2
category	found	handled	open	dismissed	handled_pct	median_hours_to_handle
consult	1	1	0	0	100.0	1.0
kind,activities,attendance
drill,1,10
--- unchanged
