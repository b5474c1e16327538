fh sql refuses every kind of write, attach and pragma change; the database is unchanged.
--- setup
fh init
--- run
fh sql "DELETE FROM zones"; echo $?
fh sql "INSERT INTO zones(code, name) VALUES ('Z1', 'x')"; echo $?
fh sql "ATTACH 'x.db' AS x"; echo $?
fh sql "PRAGMA journal_mode = DELETE"; echo $?
fh sql "SELECT load_extension('x')"; echo $?
fh sql "CREATE TABLE t(x)"; echo $?
fh sql "SELECT 1; DELETE FROM zones"; echo $?
ls
--- stdout
1
1
1
1
1
1
2
fh.db
--- stderr
fh: fh sql only reads: 'DELETE FROM zones' is not allowed (change data with the fh tools)
fh: fh sql only reads: 'INSERT INTO zones(code, name) VALUES ('Z1', 'x')' is not allowed (change data with the fh tools)
fh: fh sql only reads: 'ATTACH 'x.db' AS x' is not allowed (change data with the fh tools)
fh: fh sql only reads: 'PRAGMA journal_mode = DELETE' is not allowed (change data with the fh tools)
fh: fh sql only reads: 'SELECT load_extension('x')' is not allowed (change data with the fh tools)
fh: fh sql only reads: 'CREATE TABLE t(x)' is not allowed (change data with the fh tools)
fh: one query at a time, but more follows: 'DELETE FROM zones'
--- unchanged
