The sentence the stories quote, worded from the data and the period (the
clock is Monday 2026-11-23, in ISO week 48).
2026Q4: hazards 1 2 3 7 9 found 5, handled 1 2 9 = 3; lost person 6 found;
fraud 5 stopped.  2026Q3: hazard 11 found and handled; lost item 8
returned; consult 10.  2026 and all time: hazards 1 2 3 7 9 11 = 6, handled 4.
2026-10 (last month): hazards 1 2 3 9, handled 1 2 9.  Last week (W47): 6,
7 (fire, not yet handled).  2026-10-01..05: hazards 1 2 9, all handled.
--- setup
fh init
sqlite3 -cmd ".load $FH_BIGRAM_EXT" fh.db < "$DATA/stats-basic.sql"
--- run
fh-stats headline --period 2026Q4
fh-stats headline --period last-quarter
fh-stats headline --period 2026
fh-stats headline
fh-stats headline --period this-month
fh-stats headline --period 2026-10
fh-stats headline --period this-week
fh-stats headline --period last-week
fh-stats headline --period 2025Q1
fh-stats headline --since 2026-10-01 --until 2026-10-05
--- stdout
本季度共发现各类隐患 5 起，已处置 3 起，找回走失人员 1 名，劝阻电信诈骗 1 起。
上季度共发现并处置各类隐患 1 起，返还遗失物品 1 件，解答咨询 1 次。
本年共发现各类隐患 6 起，已处置 4 起，找回走失人员 1 名，返还遗失物品 1 件，解答咨询 1 次，劝阻电信诈骗 1 起。
截至目前共发现各类隐患 6 起，已处置 4 起，找回走失人员 1 名，返还遗失物品 1 件，解答咨询 1 次，劝阻电信诈骗 1 起。
本月共发现各类隐患 1 起，均在处置中，找回走失人员 1 名，劝阻电信诈骗 1 起。
上月共发现各类隐患 4 起，已处置 3 起。
本周暂无上报。
上周共发现各类隐患 1 起，均在处置中，找回走失人员 1 名。
2025年第一季度暂无上报。
2026年10月1日至2026年10月5日共发现并处置各类隐患 3 起。
