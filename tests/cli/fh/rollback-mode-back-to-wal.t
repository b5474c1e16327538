A database found in rollback-journal mode (copied, or restored by hand) is
switched back to WAL by the first command that opens it for writing, so
that one long reader cannot make every writer fail.
--- setup
fh init
sqlite3 fh.db "PRAGMA journal_mode = DELETE" >/dev/null
--- run
sqlite3 fh.db "PRAGMA journal_mode"
fh-report add --category fire 楼道堆物
sqlite3 fh.db "PRAGMA journal_mode"
--- stdout
delete
1
wal
