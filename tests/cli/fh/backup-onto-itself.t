A backup onto the database itself, by any name (./fh.db, a symbolic link,
a hard link), is refused before anything is written: it used to replace
the live database, losing writes and leaving it in rollback mode.
--- setup
fh init --station 枫泾派出所
fh-report add --category fire 楼道堆物
ln -s fh.db sym.db
ln fh.db hard.db
--- run
fh backup --force ./fh.db; echo $?
fh backup --force sym.db; echo $?
fh backup --force hard.db; echo $?
fh backup --force "$PWD/fh.db"; echo $?
ls
sqlite3 fh.db "PRAGMA journal_mode"
--- stdout
1
1
1
1
fh.db
hard.db
sym.db
wal
--- filter
s|'/.*/fh.db'|'ABS/fh.db'|
--- stderr
fh: './fh.db' is the database itself: back up to another file
fh: 'sym.db' is the database itself: back up to another file
fh: 'hard.db' is the database itself: back up to another file
fh: 'ABS/fh.db' is the database itself: back up to another file
--- unchanged
