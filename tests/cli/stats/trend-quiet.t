Quiet periods are shown as zeros, so a weekly chart from cron is never
blank.  The clock is Monday 2026-11-23 (W48); the only reports are fire 1
filed 2026-08-10 and handled, and traffic 2 filed 2026-11-17 (W47), open.
W46 (11-09..15) is quiet: the chart draws one zero bar; rows for the two
categories asked for (--category fire,traffic) are zeros.  W47: traffic 1
found, fire asked for and 0.  Without --period the months run from the
first with reports (2026-08) up to now (2026-11), the quiet September and
October included.
--- setup
fh init
fh-report add --category fire --at "2026-08-10 09:00" 楼道堆放杂物
fh-report handle 1 --note 已清理 --at "2026-08-10 10:00"
fh-report add --category traffic --at "2026-11-17 09:00" 井盖缺失
--- run
fh-stats trend --period 2026-W46 --by week --chart
fh-stats trend --period 2026-W46 --by week --category fire,traffic
fh-stats trend --period 2026-W47 --by week --category fire,traffic,fire --no-header
fh-stats trend --category fire --no-header
fh-stats trend --chart
--- stdout
period    found handled
2026-W46      0      0
period	category	label	found	handled
2026-W46	fire	消防隐患	0	0
2026-W46	traffic	交通隐患	0	0
2026-W47	fire	消防隐患	0	0
2026-W47	traffic	交通隐患	1	0
2026-08	fire	消防隐患	1	1
2026-09	fire	消防隐患	0	0
2026-10	fire	消防隐患	0	0
2026-11	fire	消防隐患	0	0
period    found handled
2026-08       1      1  #
2026-09       0      0
2026-10       0      0
2026-11       1      0  -
--- unchanged
