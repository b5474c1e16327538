A station file given twice, by the same path, as ./fh.db, through a
symbolic link or by its full path, is counted once with a warning for each
repeat (files compared by device and inode): fh.db holds fire 1 handled
after 2 h and fire 2 open, so found 2, handled 1, 50.0, whatever the
repeats.  A second, different station (b.db, empty) adds nothing and is
no repeat.
--- setup
fh init
fh init --db b.db
fh-report add --category fire --at "2026-11-23 07:00" 消防通道被堵
fh-report handle 1 --note 已清理 --at "2026-11-23 09:00"
fh-report add --category fire --at "2026-11-23 08:00" 楼道堆放杂物
ln -s fh.db link.db
--- run
fh-stats summary --db fh.db --db fh.db
fh-stats summary --db fh.db --db ./fh.db --db link.db --db b.db --db "$PWD/fh.db" 2>&1 | sed "s|$PWD|DIR|"
fh-stats headline --db link.db --db fh.db
--- stdout
found	handled	open	dismissed	handled_pct	median_hours_to_handle
2	1	1	0	50.0	2.0
fh-stats: './fh.db' is the same file as 'fh.db': counted once
fh-stats: 'link.db' is the same file as 'fh.db': counted once
fh-stats: 'DIR/fh.db' is the same file as 'fh.db': counted once
found	handled	open	dismissed	handled_pct	median_hours_to_handle
2	1	1	0	50.0	2.0
截至目前共发现各类隐患 2 起，已处置 1 起。
--- stderr
fh-stats: 'fh.db' is the same file as 'fh.db': counted once
fh-stats: 'fh.db' is the same file as 'link.db': counted once
--- unchanged
