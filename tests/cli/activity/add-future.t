An activity is recorded once it has happened: --on a date still to come (the clock is 2026-11-23) is refused, and nothing changes.
--- setup
fh init
sqlite3 -cmd ".load $FH_BIGRAM_EXT" fh.db < "$DATA/stats-basic.sql"
--- run
fh-activity add --kind drill --zone Z1 --on 2026-11-24; echo "exit $?"
--- stdout
exit 1
--- stderr
fh-activity: date '2026-11-24' is in the future
--- unchanged
