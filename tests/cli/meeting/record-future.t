A meeting cannot be recorded as held, nor an action done, on a date still to come (the clock is 2026-11-23); nothing changes.
--- setup
. "$DATA/stats-meetings.sh"
--- run
fh-meeting record 2 --held-on 2026-11-24 --chair 李队长; echo "exit $?"
fh-meeting action done 1 --on 2026-12-01; echo "exit $?"
--- stdout
exit 1
exit 1
--- stderr
fh-meeting: date '2026-11-24' is in the future
fh-meeting: date '2026-12-01' is in the future
--- unchanged
