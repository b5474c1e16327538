A meeting held today (the clock is 2026-11-23 10:00) may be recorded: only later dates are refused.
--- setup
. "$DATA/stats-meetings.sh"
--- run
fh-meeting record 2 --held-on 2026-11-23
fh sql "SELECT held_on FROM meetings WHERE id = 2"
--- stdout
held_on
2026-11-23
