Under zh_CN.UTF-8 fh-meeting's lists have Chinese headings and kinds, its help and errors are Chinese; the agenda is Chinese in every locale, the same as under C, the labels of statuses and group problems included (no diff below).
--- setup
. "$DATA/stats-meetings.sh"
--- run
export LC_ALL=zh_CN.UTF-8
fh-meeting list -f table
fh-meeting action list -f table
fh-meeting agenda 1 -f text >zh.txt
LC_ALL=C.UTF-8 fh-meeting agenda 1 -f text >c.txt
diff c.txt zh.txt | sed -n 's/^> //p'
fh-meeting agenda
fh-meeting action done 2
fh-meeting show 42
fh-meeting plan --quarter 2026Q9
--- stdout
编号  类型  区块  季度    计划日期    举行日期    主持人  参会小组   未完成事项
   1  区块  Z1    2026Q3              2026-09-25  王队长  G001,G002           1
   2  区块  Z1    2026Q4  2026-12-20                                          0
   3  区块  Z2    2026Q4  2026-12-20                                          0
编号  会议  区块  季度    文本                负责人  期限        完成日期
   1     1  Z1    2026Q3  清理北大街消防通道  张三    2026-10-31
   2     1  Z1    2026Q3  补签责任书                              2026-10-10
--- stderr
fh-meeting: agenda 需要会议编号 ID，或 --zone 和 --quarter（见 'fh-meeting --help'）
fh-meeting: 事项 2 已于 2026-10-10 完成
fh-meeting: 没有编号为 42 的会议
fh-meeting: 季度 '2026Q9' 无效（应如 2026Q4）
--- exit
1
--- unchanged
