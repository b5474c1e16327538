The text agenda of a joint meeting of two zones, as fh-meeting agenda -f
text writes it with the default template: its title (the meeting's title
and 议程), the meeting with its zones and teams, and in each data section
one sub-section per zone, then, for the figures (reports by category, the
comparison), the sums of all its zones.  The station is that of
joint-agenda-json.t, whose figures are worked out there; here the meeting
has a title and was held on 2026-11-20, so its span is 2026-10-01 00:00 to
2026-11-20 00:00 (50 days): Z2's reports 6 (11-20 18:00) and 7 (11-21)
fall outside it, leaving report 5 (fraud, handled), and no open report in
Z2; the span before is 2026-08-12 00:00 to 2026-10-01 00:00, with Z1's
reports 11 and 8 (both handled, one a hazard) as in joint-agenda-json.t.
--- setup
. "$DATA/joint-meetings.sh"
fh-meeting plan --joint --zones Z1,Z2 --teams T1,T2 --on 2026-12-05 --title 警网联席会议 >/dev/null
fh-meeting record 4 --held-on 2026-11-20 --chair 李队长
--- run
fh-meeting agenda 4 -f text
--- stdout
警网联席会议议程
================

会议信息
--------

会议：警网联席会议
区块：北区块、南区块（Z1,Z2）
任务队：T1,T2
季度：2026Q4
时间：2026-11-20
地点：派出所二楼会议室
主持：李队长
统计时段：2026-10-01 00:00 至 2026-11-20 00:00

一、开场
--------

通报本期辖区治安形势和隐患处置情况，听取各组组长汇报，落实上次会议事项，部署下季度重点工作。

二、本期发现和处置情况
----------------------

统计时段：2026-10-01 00:00 至 2026-11-20 00:00。

北区块（Z1）
~~~~~~~~~~~~

类别      发现  已处置  不予处理  尚未处置
消防隐患     2       2         0         0
交通隐患     2       1         0         1
矛盾纠纷     1       0         1         0
合计         5       3         1         1

南区块（Z2）
~~~~~~~~~~~~

类别      发现  已处置  不予处理  尚未处置
电信诈骗     1       1         0         0
合计         1       1         0         0

全部区块合计
~~~~~~~~~~~~

类别      发现  已处置  不予处理  尚未处置
消防隐患     2       2         0         0
交通隐患     2       1         0         1
矛盾纠纷     1       0         1         0
电信诈骗     1       1         0         0
合计         6       4         1         1

三、尚未处置的上报（按上报时间）
--------------------------------

北区块（Z1）
~~~~~~~~~~~~

编号  上报时间          类别      小组  地点        内容            状态    已过天数  逾期
   3  2026-10-10 08:00  交通隐患  G002  北大街路口  路口电瓶车乱停  未处置     44 天  逾期

南区块（Z2）
~~~~~~~~~~~~

没有尚未处置的上报，隐患已清零。

四、需要关注的小组
------------------

北区块（Z1）
~~~~~~~~~~~~

小组  名称        问题        组长
G002  北大街二组  责任书未签  S0003

南区块（Z2）
~~~~~~~~~~~~

小组  名称      问题                组长
G004  南栅二组  组长已离开          S0005
G004  南栅二组  本期无上报、无活动  S0005
G005  南栅三组  无组长
G005  南栅三组  本期无上报、无活动

五、培训、演练、巡逻和宣传
--------------------------

北区块（Z1）
~~~~~~~~~~~~

日期        类型  主题      小组  负责人  参加人数
2026-10-15  培训  消防安全        王警官         2
2026-11-10  宣传  反诈骗          王警官         1

南区块（Z2）
~~~~~~~~~~~~

日期        类型  主题  小组  负责人  参加人数
2026-11-05  巡逻        G003  李警官         6

六、以往会议未完成事项
----------------------

以往会议事项均已完成。

七、与上期对比
--------------

北区块（Z1）
~~~~~~~~~~~~

指标      本期  上期  增减
发现上报     5     2    +3
已处置       3     2    +1
尚未处置     1     0    +1
其中隐患     4     1    +3
开展活动     2     0    +2
参加人次     3     0    +3

南区块（Z2）
~~~~~~~~~~~~

指标      本期  上期  增减
发现上报     1     0    +1
已处置       1     0    +1
尚未处置     0     0     0
其中隐患     0     0     0
开展活动     1     0    +1
参加人次     6     0    +6

全部区块合计
~~~~~~~~~~~~

指标      本期  上期  增减
发现上报     6     2    +4
已处置       4     2    +2
尚未处置     1     0    +1
其中隐患     4     1    +3
开展活动     3     0    +3
参加人次     9     0    +9

八、下季度工作重点
------------------

由各组组长讨论确定，会后列入待办事项。

--- locales
C.UTF-8
