A published bulletin's figures come out exactly: 立案 996, 应结案 972,
结案 911, 按期结案 737 give 结案率 911 / 972 = 93.72% and 按期结案率
737 / 972 = 75.82%.  The generator below files 996 fire reports (deadline
3 days) in 2026Q3: 1-972 from 2026-07-01, one a day over 88 days, so
each is due by 2026-09-29, before the quarter's end; 973-996 on
2026-09-30, due 2026-10-03, after it.  1-737 are handled a day after
filing (on time), 738-911 five days after (late), the rest are open.
Mean hours to handle: (737 x 24 + 174 x 120) / 911 = 42.3.
--- setup
fh init
sqlite3 -cmd ".load $FH_BIGRAM_EXT" fh.db <<'SQL'
WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < 996),
r AS (SELECT i, CASE WHEN i <= 972
        THEN strftime('%Y-%m-%d %H:%M', '2026-07-01 09:00', '+' || ((i - 1) % 88) || ' days')
        ELSE '2026-09-30 09:00' END AS at,
      CASE WHEN i <= 737 THEN '+1 day' WHEN i <= 911 THEN '+5 days' END AS took FROM s)
INSERT INTO reports (id, category, reported_at, text, status, handled_at, closed_at)
SELECT i, 'fire', at, '消防隐患', CASE WHEN took IS NULL THEN 'open' ELSE 'handled' END,
  strftime('%Y-%m-%d %H:%M', at, took), strftime('%Y-%m-%d %H:%M', at, took) FROM r;
SQL
--- run
fh-stats indicators --period 2026Q3
fh-stats indicators --period 2026Q3 -f json
--- stdout
filed	dismissed	due	closed	closed_on_time	handled	reworked	extended	closed_pct	on_time_pct	rework_pct	extension_pct	mean_hours_to_handle
996	0	972	911	737	911	0	0	93.72	75.82	0.00	0.00	42.3
{"filed":996,"dismissed":0,"due":972,"closed":911,"closed_on_time":737,"handled":911,"reworked":0,"extended":0,"closed_pct":93.72,"on_time_pct":75.82,"rework_pct":0.00,"extension_pct":0.00,"mean_hours_to_handle":42.3}
--- unchanged
