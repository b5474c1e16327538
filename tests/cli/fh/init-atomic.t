fh init builds the database in a temporary file beside it and renames it
into place when complete; the temporary file a killed init left (its
process gone) is removed, and nothing else is left behind.
--- setup
echo half > fh.db.init-999999999
echo other > fh.db.init-notes
--- run
fh init --station 枫泾派出所
ls
fh check && echo check-ok
fh sql --no-header "PRAGMA application_id"
sqlite3 fh.db "PRAGMA journal_mode"
--- stdout
fh.db
fh.db.init-notes
check-ok
1179136049
wal
