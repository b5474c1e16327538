Refusals of plan --joint, and nothing changes: an unknown zone or team,
--zones with --all (or neither), no date, a team of a zone the meeting does
not cover, the joint options without --joint, --quarter with --joint, and a
second joint meeting of the same zones on the same date.
--- setup
. "$DATA/joint-meetings.sh"
fh-meeting plan --joint --zones Z1,Z2 --on 2026-12-05 >/dev/null
--- run
fh-meeting plan --joint --zones Z1,Z9 --on 2026-12-06; echo "exit $?"
fh-meeting plan --joint --zones Z1 --all --on 2026-12-06; echo "exit $?"
fh-meeting plan --joint --on 2026-12-06; echo "exit $?"
fh-meeting plan --joint --zones Z1; echo "exit $?"
fh-meeting plan --joint --zones Z1 --teams T9 --on 2026-12-06; echo "exit $?"
fh-meeting plan --joint --zones Z1,Z2 --teams T3 --on 2026-12-06; echo "exit $?"
fh-meeting plan --quarter 2026Q4 --zones Z1; echo "exit $?"
fh-meeting plan --joint --quarter 2026Q4 --zones Z1 --on 2026-12-06; echo "exit $?"
fh-meeting plan --joint --zones Z2,Z1 --on 2026-12-05; echo "exit $?"
fh-meeting plan --joint --zones Z1 --on 2026-12-32; echo "exit $?"
--- stdout
exit 1
exit 2
exit 2
exit 2
exit 1
exit 1
exit 2
exit 2
exit 1
exit 1
--- stderr
fh-meeting: unknown zone 'Z9'
fh-meeting: plan --joint takes --zones or --all, not both (see 'fh-meeting --help')
fh-meeting: plan --joint needs --zones or --all (see 'fh-meeting --help')
fh-meeting: plan --joint needs --on DATE (see 'fh-meeting --help')
fh-meeting: unknown team 'T9'
fh-meeting: team 'T3' is not of a zone of the meeting
fh-meeting: --zones, --all, --teams and --title are for plan --joint (see 'fh-meeting --help')
fh-meeting: plan --joint takes no --quarter or --zone (use --on and --zones) (see 'fh-meeting --help')
fh-meeting: meeting 4 is already a joint meeting of these zones on 2026-12-05
fh-meeting: invalid date '2026-12-32': no such day
--- unchanged
