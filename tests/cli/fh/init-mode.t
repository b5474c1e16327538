fh init creates the database with mode 0600 and records the station.
--- run
fh init --station 枫泾派出所
stat -c %a fh.db
fh sql "SELECT value FROM settings WHERE key = 'station'"
--- stdout
600
value
枫泾派出所
