Under zh_CN.UTF-8 fh-stats' tables have Chinese headings (a family by its label); the terminal chart's headings are Chinese; the headline is the same Chinese sentence in every locale; errors are Chinese.
--- setup
fh init
sqlite3 -cmd ".load $FH_BIGRAM_EXT" fh.db < "$DATA/stats-basic.sql"
fh init --db b.db
--- run
export LC_ALL=zh_CN.UTF-8
fh-stats summary --by family --period 2026 -f table
fh-stats headline --period 2026Q3
fh-stats trend --period 2026Q4 --chart
LC_ALL=C.UTF-8 fh-stats headline --period 2026Q3
fh-stats trend --by year
fh-stats summary --by colour
fh-stats groups --by zone
--- stdout
类别族  发现  已处置  未处置  已驳回  处置率%  处置用时中位数（小时）
隐患       6       4       2       0     66.7                    14.0
事件       2       1       0       1    100.0                     1.5
服务       3       3       0       0    100.0                     1.0
上季度共发现并处置各类隐患 1 起，返还遗失物品 1 件，解答咨询 1 次。
时段       发现 已处置
2026-10       4      3  ###-
2026-11       4      2  ##--
2026-12       0      0
上季度共发现并处置各类隐患 1 起，返还遗失物品 1 件，解答咨询 1 次。
--- stderr
fh-stats: trend 只能 --by month 或 --by week，不能是 'year'（见 'fh-stats --help'）
fh-stats: 未知的键 'colour'（可用 zone, group, category, family, member, month, week, station, trade）
fh-stats: groups 只能 --by station，不能是 'zone'（见 'fh-stats --help'）
--- exit
2
--- unchanged
