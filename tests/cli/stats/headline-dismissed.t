Dismissed hazards (a duplicate, or not the station's to handle) are named
in the headline and leave handled_pct's denominator, so two reports of one
blocked exit, one dismissed as a duplicate and one handled, no longer read
as one still open.  Clock Monday 2026-11-23 10:00 (W48).
W48: fire 1 handled after 1.5 h, fire 2 its duplicate: found 2, dismissed
1, handled 1 = all of the 2 - 1 left: 100.0.
W47 (11-16..22): traffic 3 dismissed, traffic 4 handled, safety 5 open:
found 3, dismissed 1, handled 1 of 2: 50.0, median 24.0 h (11-17 09:00 to
11-18 09:00).
W46 (11-09..15): fire 6 dismissed, safety 7 open: the rest in hand, 0.0.
W45 (11-02..08): fire 8 dismissed alone: nothing left to handle, so
handled_pct is empty and the headline ends at the dismissed one.
--- setup
fh init
fh-report add --category fire --at "2026-11-23 08:00" 北门消防通道被堵
fh-report add --category fire --at "2026-11-23 08:30" 北门消防通道被杂物堵住
fh-report dismiss 2 --reason 重复上报 --duplicate-of 1
fh-report handle 1 --note 已清理 --at "2026-11-23 09:30"
fh-report add --category traffic --at "2026-11-16 09:00" 路口信号灯不亮
fh-report dismiss 3 --reason 不属本所
fh-report add --category traffic --at "2026-11-17 09:00" 井盖缺失
fh-report handle 4 --note 已补 --at "2026-11-18 09:00"
fh-report add --category safety --at "2026-11-18 09:00" 围墙开裂
fh-report add --category fire --at "2026-11-10 09:00" 楼道堆放杂物
fh-report dismiss 6 --reason 不属本所
fh-report add --category safety --at "2026-11-11 09:00" 广告牌松动
fh-report add --category fire --at "2026-11-03 09:00" 电动车楼内充电
fh-report dismiss 8 --reason 误报
--- run
fh-stats headline --period this-week
fh-stats headline --period last-week
fh-stats headline --period 2026-W46
fh-stats headline --period 2026-W45
fh-stats summary --by week --since 2026-11-02
--- stdout
本周共发现各类隐患 2 起，其中重复或不予处理 1 起，其余 1 起均已处置。
上周共发现各类隐患 3 起，其中重复或不予处理 1 起，已处置 1 起。
2026年11月9日起的一周共发现各类隐患 2 起，其中重复或不予处理 1 起，其余均在处置中。
2026年11月2日起的一周共发现各类隐患 1 起，其中重复或不予处理 1 起。
week	found	handled	open	dismissed	handled_pct	median_hours_to_handle
2026-W45	1	0	0	1		
2026-W46	2	0	1	1	0.0	
2026-W47	3	1	1	1	50.0	24.0
2026-W48	2	1	0	1	100.0	1.5
--- unchanged
