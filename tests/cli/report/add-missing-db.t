Without a database fh-report says to run fh init.
--- run
fh-report add --category fire x
--- stderr
fh-report: database 'fh.db' does not exist: run 'fh init' to create it
--- exit
1
