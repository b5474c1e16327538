The default agenda in Markdown for zone Z2's first meeting: the whole
quarter so far (2026-10-01 00:00 .. now).  Reports 5 (fraud) and 6 (lost
person) handled, 7 (fire) assigned 2 days ago, within its 3-day deadline.
G004's leader left on 2026-10-15 and the group did nothing; G005 has no
leader and did nothing.  Patrol 2 of G003 (6 people).  No earlier
meeting, so no carried actions; the previous span (2026-08-08 14:00 ..
2026-10-01 00:00) holds no Z2 report and the drill of 2026-08-01 is before it.
--- setup
. "$DATA/stats-meetings.sh"
--- run
fh-meeting agenda 3
--- stdout
# 南区块（Z2）2026Q4 十户联防组长例会议程

## 会议信息

- 区块：南区块（Z2）
- 季度：2026Q4
- 时间：2026-12-20
- 地点：派出所二楼会议室
- 主持：社区警务队队长
- 统计时段：2026-10-01 00:00 至 2026-11-23 10:00

## 一、开场

通报本期辖区治安形势和隐患处置情况，听取各组组长汇报，落实上次会议事项，部署下季度重点工作。

## 二、本期发现和处置情况

统计时段：2026-10-01 00:00 至 2026-11-23 10:00。

| 类别 | 发现 | 已处置 | 不予处理 | 尚未处置 |
| --- | ---: | ---: | ---: | ---: |
| 消防隐患 | 1 | 0 | 0 | 1 |
| 电信诈骗 | 1 | 1 | 0 | 0 |
| 走失人员 | 1 | 1 | 0 | 0 |
| 合计 | 3 | 2 | 0 | 1 |

## 三、尚未处置的上报（按上报时间）

| 编号 | 上报时间 | 类别 | 小组 | 地点 | 内容 | 状态 | 已过天数 | 逾期 |
| ---: | --- | --- | --- | --- | --- | --- | ---: | --- |
| 7 | 2026-11-21 09:00 | 消防隐患 | G003 | 南栅街5号 | 电线私拉乱接 | assigned | 2 天 | |

## 四、需要关注的小组

| 小组 | 名称 | 问题 | 组长 |
| --- | --- | --- | --- |
| G004 | 南栅二组 | leader has left | S0005 |
| G004 | 南栅二组 | no reports or activities | S0005 |
| G005 | 南栅三组 | without a leader | |
| G005 | 南栅三组 | no reports or activities | |

## 五、培训、演练、巡逻和宣传

| 日期 | 类型 | 主题 | 小组 | 负责人 | 参加人数 |
| --- | --- | --- | --- | --- | ---: |
| 2026-11-05 | 巡逻 |  | G003 | 李警官 | 6 |

## 六、表扬（本期积分前列）

| 成员 | 名称 | 小组 | 积分 |
| --- | --- | --- | ---: |
| S0004 | 南栅酒家 | G003 | 8 |

## 七、以往会议未完成事项

以往会议事项均已完成。

## 八、与上期对比

| 指标 | 本期 | 上期 | 增减 |
| --- | ---: | ---: | ---: |
| 发现上报 | 3 | 0 | +3 |
| 已处置 | 2 | 0 | +2 |
| 尚未处置 | 1 | 0 | +1 |
| 其中隐患 | 1 | 0 | +1 |
| 开展活动 | 1 | 0 | +1 |
| 参加人次 | 6 | 0 | +6 |

## 九、下季度工作重点

由各组组长讨论确定，会后列入待办事项。

--- locales
C.UTF-8
