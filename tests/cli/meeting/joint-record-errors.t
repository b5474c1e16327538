Attendance of a joint meeting from a zone it does not cover is refused: a
unit or team of Z3 at a meeting of Z1 and Z2; so is a member who is not a
unit (a shop), and nothing changes.
--- setup
. "$DATA/joint-meetings.sh"
fh-meeting plan --joint --zones Z1,Z2 --on 2026-11-20 >/dev/null
--- run
fh-meeting record 4 --held-on 2026-11-20 --attended G001,U002; echo "exit $?"
fh-meeting record 4 --held-on 2026-11-20 --attended T3; echo "exit $?"
fh-meeting record 4 --held-on 2026-11-20 --attended G001,S0001; echo "exit $?"
fh-meeting record 4 --held-on 2026-11-20 --attended G404; echo "exit $?"
fh-meeting record 2 --held-on 2026-11-20 --attended U001; echo "exit $?"
--- stdout
exit 1
exit 1
exit 1
exit 1
exit 1
--- stderr
fh-meeting: unit 'U002' is not in the meeting's zones (Z1,Z2)
fh-meeting: team 'T3' is not in the meeting's zones (Z1,Z2)
fh-meeting: member 'S0001' is not a unit (of kind organisation)
fh-meeting: unknown group 'G404'
fh-meeting: unit 'U001' is not in zone 'Z1' of the meeting
--- unchanged
