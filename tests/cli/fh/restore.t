fh restore BACKUP brings the backup's data back into the database, which
stays in WAL mode with its station; it refuses to replace a database
without --force, and restores into a new file too.
--- setup
fh init --station 枫泾派出所
fh-report add --category fire 楼道堆物
fh backup nightly.db
fh-report add --category theft 电瓶车被盗
--- run
sqlite3 nightly.db "PRAGMA journal_mode"
fh restore nightly.db; echo $?
fh restore --force nightly.db; echo $?
fh sql --no-header "SELECT count(*) FROM reports"
fh sql --no-header "SELECT value FROM settings WHERE key = 'station'"
sqlite3 fh.db "PRAGMA journal_mode"
fh --db new.db restore nightly.db; echo $?
sqlite3 new.db "PRAGMA journal_mode"
stat -c %a new.db
fh --db new.db check && echo check-ok
ls
--- stdout
delete
2
0
1
枫泾派出所
wal
0
wal
600
check-ok
fh.db
new.db
nightly.db
--- stderr
fh: 'fh.db' already exists: use --force to replace its data with the backup's (see 'fh --help')
