The agenda as one JSON object, checked whole.  Zone Z1's previous meeting
was held 2026-09-25, so the agenda covers 2026-09-25 00:00 to now
(2026-11-23 10:00).  By hand from tests/data/stats-basic.sql:
- reports found: 1 2 (fire, handled), 3 (traffic, open) 9 (traffic,
  handled), 4 (dispute, dismissed), 8 (lost-item filed 09-30 23:59, handled);
- open: 3 alone (filed 10-10 08:00, 44 days 2 hours ago > traffic's 3-day
  deadline: overdue);
- groups: G001 is in order; G002's leader has not signed the letter;
- trainings/publicity in Z1: 1 (10-15, 2 attended) and 3 (11-10, 1);
- action 1 of the 2026Q3 meeting is open (due 10-31: overdue), 2 is done;
- the previous span of the same length (59 days 10 hours) is 2026-07-27
  14:00 .. 2026-09-25 00:00: report 11 (fire, handled), no activity.
--- setup
. "$DATA/stats-meetings.sh"
--- run
fh-meeting agenda --zone Z1 --quarter 2026Q4 -f json
--- stdout
{
  "title": "北区块（Z1）2026Q4 十户联防组长例会议程",
  "meeting": {
    "id": 2,
    "zone": "Z1",
    "zone_name": "北区块",
    "quarter": "2026Q4",
    "planned_on": "2026-12-20",
    "held_on": null,
    "chair": "社区警务队队长",
    "place": "派出所二楼会议室",
    "since": "2026-09-25 00:00",
    "until": "2026-11-23 10:00",
    "previous_meeting": 1,
    "previous_since": "2026-07-27 14:00",
    "previous_until": "2026-09-25 00:00"
  },
  "opening": "通报本期辖区治安形势和隐患处置情况，听取各组组长汇报，落实上次会议事项，部署下季度重点工作。",
  "reports_by_category": [
    {
      "category": "fire",
      "label": "消防隐患",
      "family": "hazard",
      "found": 2,
      "handled": 2,
      "dismissed": 0,
      "open": 0
    },
    {
      "category": "traffic",
      "label": "交通隐患",
      "family": "hazard",
      "found": 2,
      "handled": 1,
      "dismissed": 0,
      "open": 1
    },
    {
      "category": "dispute",
      "label": "矛盾纠纷",
      "family": "incident",
      "found": 1,
      "handled": 0,
      "dismissed": 1,
      "open": 0
    },
    {
      "category": "lost-item",
      "label": "遗失物品",
      "family": "service",
      "found": 1,
      "handled": 1,
      "dismissed": 0,
      "open": 0
    }
  ],
  "open_reports": [
    {
      "id": 3,
      "reported_at": "2026-10-10 08:00",
      "category": "traffic",
      "label": "交通隐患",
      "group": "G002",
      "place": "北大街路口",
      "text": "路口电瓶车乱停",
      "status": "open",
      "days_open": 44,
      "deadline_days": 3,
      "overdue": true
    }
  ],
  "group_issues": [
    {
      "group": "G002",
      "name": "北大街二组",
      "issue": "letter-unsigned",
      "label": "letter not signed",
      "leader": "S0003"
    }
  ],
  "activities": [
    {
      "id": 1,
      "held_on": "2026-10-15",
      "kind": "training",
      "topic": "fire",
      "group": null,
      "led_by": "王警官",
      "attendance": 2,
      "note": "灭火器使用培训"
    },
    {
      "id": 3,
      "held_on": "2026-11-10",
      "kind": "publicity",
      "topic": "anti-fraud",
      "group": null,
      "led_by": "王警官",
      "attendance": 1,
      "note": "反诈宣传"
    }
  ],
  "praise": [
    {
      "member": "S0001",
      "name": "老街茶馆",
      "group": "G001",
      "points": 13
    },
    {
      "member": "S0003",
      "name": "丁蹄老店",
      "group": "G002",
      "points": 7
    },
    {
      "member": "S0002",
      "name": "状元糕点",
      "group": "G001",
      "points": 5
    }
  ],
  "open_actions": [
    {
      "id": 1,
      "meeting": 1,
      "quarter": "2026Q3",
      "text": "清理北大街消防通道",
      "owner": "张三",
      "due_on": "2026-10-31",
      "overdue": true
    }
  ],
  "comparison": [
    {
      "figure": "found",
      "label": "发现上报",
      "current": 6,
      "previous": 1,
      "change": 5
    },
    {
      "figure": "handled",
      "label": "已处置",
      "current": 4,
      "previous": 1,
      "change": 3
    },
    {
      "figure": "open",
      "label": "尚未处置",
      "current": 1,
      "previous": 0,
      "change": 1
    },
    {
      "figure": "hazards",
      "label": "其中隐患",
      "current": 4,
      "previous": 1,
      "change": 3
    },
    {
      "figure": "activities",
      "label": "开展活动",
      "current": 2,
      "previous": 0,
      "change": 2
    },
    {
      "figure": "attendance",
      "label": "参加人次",
      "current": 3,
      "previous": 0,
      "change": 3
    }
  ],
  "texts": [
    {
      "title": "九、下季度工作重点",
      "text": "由各组组长讨论确定，会后列入待办事项。"
    }
  ]
}
--- locales
C.UTF-8
