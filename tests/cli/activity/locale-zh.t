Under zh_CN.UTF-8 fh-activity's list shows Chinese headings and the kinds and topics by their labels; its errors are Chinese.
--- setup
. "$DATA/stats-meetings.sh"
--- run
export LC_ALL=zh_CN.UTF-8
fh-activity list -f table
fh-activity show 1 -f table | head -n 3
fh-activity add --kind party
fh-activity show 99
fh-activity attend 1
--- stdout
编号  举行日期    类型  主题      区块  小组  队伍  负责人  参加人次  备注
   4  2026-08-01  演练  应急处置  Z2                李警官        10
   1  2026-10-15  培训  消防安全  Z1                王警官         2  灭火器使用培训
   2  2026-11-05  巡逻            Z2    G003        李警官         6
   3  2026-11-10  宣传  反诈骗    Z1                王警官         1  反诈宣传
项目      内容
编号      1
举行日期  2026-10-15
--- stderr
fh-activity: 未知活动类型 'party'（可用：training, drill, patrol, publicity, inspection, visit, meeting）
fh-activity: 没有编号为 99 的活动
fh-activity: attend 需要一个编号 ID 和至少一个成员 MEMBER（见 'fh-activity --help'）
--- exit
2
--- unchanged
