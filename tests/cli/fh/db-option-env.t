--db wins over $FH_DB, which wins over ./fh.db; --db may follow the subcommand.
--- run
fh --db a.db init --station A
FH_DB=b.db fh init --station B
FH_DB=b.db fh sql "SELECT value FROM settings WHERE key = 'station'" --db a.db --no-header
FH_DB=b.db fh sql --no-header "SELECT value FROM settings WHERE key = 'station'"
--- stdout
A
B
