A --db name starting with "file:" is a file of that name, not an SQLite URI
that would reach real.db and overwrite its station.
--- setup
fh init --db real.db --station A
--- run
fh init --db file:real.db --station B
fh --db real.db sql --no-header "SELECT value FROM settings WHERE key = 'station'"
fh --db file:real.db sql --no-header "SELECT value FROM settings WHERE key = 'station'"
ls
--- stdout
A
B
file:real.db
real.db
