The headline's filters (--zone, --family, --category, comma lists), the
combined 隐患和事件 figure, -f json (the counts and the sentence), and
every phrasing the stories use, each from its category's config: 2026Q4
of stats-basic.sql (hazards 1 2 3 7 9, handled 1 2 9; dispute 4
dismissed; fraud 5, lost person 6 handled) and, handled here, a lead
(Z1), a dispute (Z2) and two consultations (Z1, Z2).  Combined: hazards
5 and incidents 3 = 8 found, 1 dismissed, 3 + 2 = 5 handled.  Z2 only:
fire 7 still in hand, fraud 5, lost person 6, dispute and consultation
handled.  A station's config words consultation its own way (提供咨询服务,
人次).  -f tsv is refused: a headline is a sentence.
--- setup
fh init
sqlite3 -cmd ".load $FH_BIGRAM_EXT" fh.db < "$DATA/stats-basic.sql"
fh-report add --category lead --zone Z1 --at "2026-11-03 09:00" 提供线索
fh-report handle 12 --note 已核实 --at "2026-11-03 10:00"
fh-report add --category dispute --zone Z2 --at "2026-11-04 09:00" 邻里纠纷
fh-report handle 13 --note 已调解 --at "2026-11-04 10:00"
fh-report add --category consult --zone Z2 --at "2026-11-06 09:00" 问路
fh-report handle 14 --note 已解答 --at "2026-11-06 10:00"
fh-report add --category consult --zone Z1 --at "2026-11-07 09:00" 问路
fh-report handle 15 --note 已解答 --at "2026-11-07 10:00"
printf 'categories:\n  - code: consult\n    family: service\n    label: 咨询求助\n    headline: 提供咨询服务\n    unit: 人次\n' > consult.yaml
--- run
fh-stats headline --period 2026Q4
fh-stats headline --period 2026Q4 --combined
fh-stats headline --period 2026Q4 --zone Z2
fh-stats headline --period 2026Q4 --family service
fh-stats headline --period 2026Q4 --category lead,consult --zone Z1
fh-stats headline --period 2026Q4 --family incident --combined -f json
cp fh.db own.db
fh config set --db own.db --file consult.yaml
fh-stats headline --db own.db --period 2026Q4 --family service
fh-stats headline --period 2026Q4 -f tsv
--- stdout
本季度共发现各类隐患 5 起，已处置 3 起，找回走失人员 1 名，解答咨询 2 次，提供线索 1 条，化解矛盾纠纷 1 起，劝阻电信诈骗 1 起。
本季度共发现各类隐患和事件 8 起，其中重复或不予处理 1 起，已处置 5 起，找回走失人员 1 名，解答咨询 2 次，提供线索 1 条，化解矛盾纠纷 1 起，劝阻电信诈骗 1 起。
本季度共发现各类隐患 1 起，均在处置中，找回走失人员 1 名，解答咨询 1 次，化解矛盾纠纷 1 起，劝阻电信诈骗 1 起。
本季度找回走失人员 1 名，解答咨询 2 次，提供线索 1 条。
本季度解答咨询 1 次，提供线索 1 条。
{
  "since": "2026-10-01 00:00",
  "until": "2027-01-01 00:00",
  "reports": 3,
  "dismissed": 1,
  "hazards": {
    "found": 0,
    "dismissed": 0,
    "handled": 0
  },
  "incidents": {
    "found": 3,
    "dismissed": 1,
    "handled": 2
  },
  "hazards_and_incidents": {
    "found": 3,
    "dismissed": 1,
    "handled": 2
  },
  "quoted": [
    {
      "category": "lost-person",
      "phrase": "找回走失人员",
      "unit": "名",
      "handled": 0
    },
    {
      "category": "lost-item",
      "phrase": "返还遗失物品",
      "unit": "件",
      "handled": 0
    },
    {
      "category": "consult",
      "phrase": "解答咨询",
      "unit": "次",
      "handled": 0
    },
    {
      "category": "lead",
      "phrase": "提供线索",
      "unit": "条",
      "handled": 0
    },
    {
      "category": "dispute",
      "phrase": "化解矛盾纠纷",
      "unit": "起",
      "handled": 1
    },
    {
      "category": "fraud",
      "phrase": "劝阻电信诈骗",
      "unit": "起",
      "handled": 1
    }
  ],
  "sentence": "本季度共发现各类隐患和事件 3 起，其中重复或不予处理 1 起，其余 2 起均已处置，化解矛盾纠纷 1 起，劝阻电信诈骗 1 起。"
}
本季度找回走失人员 1 名，提供咨询服务 2 人次，提供线索 1 条。
--- stderr
fh-stats: headline writes a sentence, or -f json (see 'fh-stats --help')
--- exit
2
