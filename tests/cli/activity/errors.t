Bad input is refused with one line saying what and where, and nothing changes.
--- setup
fh init
sqlite3 -cmd ".load $FH_BIGRAM_EXT" fh.db < "$DATA/stats-basic.sql"
--- run
fh-activity add --kind party; echo "exit $?"
fh-activity add --topic law; echo "exit $?"
fh-activity add --kind drill --zone Z9; echo "exit $?"
fh-activity add --kind drill --zone Z1 --group G003; echo "exit $?"
fh-activity add --kind drill --on 2026-02-30; echo "exit $?"
fh-activity add --kind drill --count -1; echo "exit $?"
fh-activity add --kind drill --attendees S0001,S0099; echo "exit $?"
fh-activity add --kind drill --attendees S0001,; echo "exit $?"
fh-activity attend 1 S0003 S0099; echo "exit $?"
fh-activity attend 99 S0001; echo "exit $?"
fh-activity attend 1; echo "exit $?"
fh-activity show x; echo "exit $?"
fh-activity list --kind party; echo "exit $?"
fh-activity list --group G404; echo "exit $?"
--- stdout
exit 1
exit 2
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 2
exit 1
exit 1
exit 1
--- stderr
fh-activity: unknown kind 'party' (valid: training, drill, patrol, publicity, inspection, visit, meeting)
fh-activity: add needs --kind (see 'fh-activity --help')
fh-activity: unknown zone 'Z9'
fh-activity: group 'G003' is not in zone 'Z1'
fh-activity: invalid date '2026-02-30': no such day
fh-activity: invalid value '-1' for --count (a whole number from 0 to 1000000)
fh-activity: unknown member 'S0099'
fh-activity: empty member code in the attendees
fh-activity: unknown member 'S0099'
fh-activity: no activity with id 99
fh-activity: attend needs an ID and at least one MEMBER (see 'fh-activity --help')
fh-activity: invalid value 'x' for ID (a whole number from 1 to 9223372036854775807)
fh-activity: unknown kind 'party' (valid: training, drill, patrol, publicity, inspection, visit, meeting)
fh-activity: unknown group 'G404'
--- unchanged
