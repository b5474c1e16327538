A missing database is an error that says to run fh init; nothing is created.
--- run
ls
fh sql "SELECT 1"
--- stderr
fh: database 'fh.db' does not exist: run 'fh init' to create it
--- exit
1
