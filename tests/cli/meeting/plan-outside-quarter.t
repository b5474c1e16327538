A quarter's meeting is planned on a day of that quarter: --on outside it is refused, and nothing changes.
--- setup
. "$DATA/stats-meetings.sh"
--- run
fh-meeting plan --quarter 2026Q4 --zone Z1 --on 2027-01-05; echo "exit $?"
fh-meeting plan --quarter 2027Q1 --on 2026-12-31; echo "exit $?"
--- stdout
exit 1
exit 1
--- stderr
fh-meeting: date '2027-01-05' is not in quarter 2026Q4
fh-meeting: date '2026-12-31' is not in quarter 2027Q1
--- unchanged
