The agenda's own formats are md, text and json; a meeting must exist.
--- setup
. "$DATA/stats-meetings.sh"
--- run
fh-meeting agenda 2 -f tsv; echo "exit $?"
fh-meeting agenda --zone Z1 --quarter 2027Q1; echo "exit $?"
fh-meeting agenda --zone Z9 --quarter 2026Q4; echo "exit $?"
fh-meeting agenda --zone Z1; echo "exit $?"
fh-meeting agenda 2 --zone Z1 --quarter 2026Q4; echo "exit $?"
fh-meeting agenda 99; echo "exit $?"
--- stdout
exit 2
exit 1
exit 1
exit 2
exit 2
exit 1
--- stderr
fh-meeting: unknown agenda format 'tsv' (use md, text or json) (see 'fh-meeting --help')
fh-meeting: no meeting of zone 'Z1' in 2027Q1 (plan it with 'fh-meeting plan --quarter 2027Q1')
fh-meeting: unknown zone 'Z9'
fh-meeting: agenda needs a meeting ID, or --zone and --quarter (see 'fh-meeting --help')
fh-meeting: agenda needs a meeting ID, or --zone and --quarter (see 'fh-meeting --help')
fh-meeting: no meeting with id 99
--- unchanged
