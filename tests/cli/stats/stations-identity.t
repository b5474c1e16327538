Each station's database carries an identity made at fh init and kept by
fh backup: a backup given beside its original is the same station,
counted once with a warning, whatever its path.  Two different stations
that share a name stay apart under --by station, labelled "NAME (PATH)".
A --db named file:x is the file of that name, not a SQLite URI (which
would open x).  fh.db: fire handled after 2 h; other.db (also 枫泾派出所):
fire open; file:x (新城派出所): one lead handled after 1 h.
--- setup
fh init --station 枫泾派出所
fh-report add --category fire --at "2026-11-23 07:00" 消防通道被堵
fh-report handle 1 --note 已清理 --at "2026-11-23 09:00"
fh backup copy.db
fh init --db other.db --station 枫泾派出所
fh-report add --db other.db --category fire --at "2026-11-23 08:00" 楼道堆放杂物
fh init --db ./file:x --station 新城派出所
fh-report add --db ./file:x --category lead --at "2026-11-23 08:00" 提供线索
fh-report handle --db ./file:x 1 --note 已转交 --at "2026-11-23 09:00"
--- run
fh-stats summary --db fh.db --db copy.db
fh-stats summary --db copy.db --db other.db --db fh.db --by station
fh-stats summary --db file:x --db fh.db --by station --no-header
test ! -e x && echo no file x
fh-stats headline --db fh.db --db copy.db --db other.db --db file:x
sqlite3 fh.db "SELECT length(value) FROM settings WHERE key = 'station_id'"
test "$(sqlite3 fh.db "SELECT value FROM settings WHERE key = 'station_id'")" != \
     "$(sqlite3 other.db "SELECT value FROM settings WHERE key = 'station_id'")" && echo two identities
--- stdout
found	handled	open	dismissed	handled_pct	median_hours_to_handle
1	1	0	0	100.0	2.0
station	found	handled	open	dismissed	handled_pct	median_hours_to_handle
枫泾派出所 (copy.db)	1	1	0	0	100.0	2.0
枫泾派出所 (other.db)	1	0	1	0	0.0	
新城派出所	1	1	0	0	100.0	1.0
枫泾派出所	1	1	0	0	100.0	2.0
no file x
截至目前共发现各类隐患 2 起，已处置 1 起，提供线索 1 条。
32
two identities
--- stderr
fh-stats: 'copy.db' is the same station as 'fh.db' (a copy): counted once
fh-stats: 'fh.db' is the same station as 'copy.db' (a copy): counted once
fh-stats: 'copy.db' is the same station as 'fh.db' (a copy): counted once
