The agenda's 表扬 section lists the zone's active members with the most points earned in the meeting's span (awards count, redemptions do not: S0004 has patrol 1 + award 10 = 11), highest first, as many as points.top (default 5); Z2's lists S0007 alone (lead 2026Q4 5 + report 1 + handled 2 = 8; the cancelled patrol counts nothing); with points.top 0 the section is empty.
--- setup
. "$DATA/points-station.sh"
fh-meeting plan --quarter 2026Q4 >/dev/null
--- run
fh-meeting agenda --zone Z1 --quarter 2026Q4 -f text | sed -n '/^六、/,/^七、/p'
fh-meeting agenda --zone Z2 --quarter 2026Q4 -f md | sed -n '/^## 六、/,/^## 七、/p'
fh config set points.top 2
fh-meeting agenda --zone Z1 --quarter 2026Q4 -f json | sed -n '/"praise"/,/^  \]/p'
fh config set points.top 0
fh-meeting agenda --zone Z1 --quarter 2026Q4 -f text | sed -n '/^六、/,/^七、/p'
--- stdout
六、表扬（本期积分前列）
------------------------

成员   名称        小组  积分
S0004  王家        G002    11
S0001  老街茶馆    G001    10
S0003  丁蹄店      G001     5
S0005  枫泾豆腐干  G002     5
S0002  阿婆粽子    G001     4

七、以往会议未完成事项
## 六、表扬（本期积分前列）

| 成员 | 名称 | 小组 | 积分 |
| --- | --- | --- | ---: |
| S0007 | 南栅书店 | G003 | 8 |

## 七、以往会议未完成事项
  "praise": [
    {
      "member": "S0004",
      "name": "王家",
      "group": "G002",
      "points": 11
    },
    {
      "member": "S0001",
      "name": "老街茶馆",
      "group": "G001",
      "points": 10
    }
  ],
六、表扬（本期积分前列）
------------------------

本期没有成员获得积分。

七、以往会议未完成事项
