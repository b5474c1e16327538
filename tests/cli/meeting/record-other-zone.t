A zone meeting is attended by the groups of its zone: --attended naming a group of another zone is refused, and nothing changes.
--- setup
. "$DATA/stats-meetings.sh"
--- run
fh-meeting record 2 --held-on 2026-11-20 --attended G001,G003; echo "exit $?"
--- stdout
exit 1
--- stderr
fh-meeting: group 'G003' is not in zone 'Z1' of the meeting
--- unchanged
