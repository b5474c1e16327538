fh backup writes a consistent copy with the database's mode, and refuses to overwrite without --force.
--- setup
fh init --station 枫泾派出所
--- run
fh backup copy.db
stat -c %a copy.db
fh --db copy.db check && echo check-ok
fh --db copy.db sql --no-header "SELECT value FROM settings WHERE key = 'station'"
fh backup copy.db; echo $?
fh backup --force copy.db; echo $?
ls
--- stdout
600
check-ok
枫泾派出所
2
0
copy.db
fh.db
--- stderr
fh: 'copy.db' already exists: use --force to replace it (see 'fh --help')
