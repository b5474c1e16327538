A template chooses the sections, their order, titles and fixed text, with
{placeholders} filled in; -f json has the same sections as keys, in order.
The template gives no chair and the meeting has none yet, so {chair} is empty.
--- setup
. "$DATA/stats-meetings.sh"
cat > t.yaml <<'YAML'
title: "{zone} 例会 {date}"
place: 南栅社区活动室
sections:
  - key: open_reports
    title: 待办隐患
  - key: text
    title: 其他
    text: "主持：{chair}，地点：{place}"
  - {key: open_actions, title: 遗留事项}
YAML
--- run
fh-meeting agenda 2 --template t.yaml
fh-meeting agenda 2 --template - -f json < t.yaml | grep -E '^  "|"text"'
LC_ALL=zh_CN.UTF-8 fh-meeting agenda 2 --template t.yaml | grep 路口电瓶车乱停
--- stdout
# Z1 例会 2026-12-20

## 待办隐患

| 编号 | 上报时间 | 类别 | 小组 | 地点 | 内容 | 状态 | 已过天数 | 逾期 |
| ---: | --- | --- | --- | --- | --- | --- | ---: | --- |
| 3 | 2026-10-10 08:00 | 交通隐患 | G002 | 北大街路口 | 路口电瓶车乱停 | 未处置 | 44 天 | 逾期 |

## 其他

主持：，地点：南栅社区活动室

## 遗留事项

| 编号 | 会议 | 事项 | 负责人 | 期限 | 逾期 |
| ---: | --- | --- | --- | --- | --- |
| 1 | 2026Q3 | 清理北大街消防通道 | 张三 | 2026-10-31 | 逾期 |

  "title": "Z1 例会 2026-12-20",
  "meeting": {
  "open_reports": [
      "text": "路口电瓶车乱停",
  "open_actions": [
      "text": "清理北大街消防通道",
  "texts": [
      "text": "主持：，地点：南栅社区活动室"
| 3 | 2026-10-10 08:00 | 交通隐患 | G002 | 北大街路口 | 路口电瓶车乱停 | 未处置 | 44 天 | 逾期 |
--- locales
C.UTF-8
