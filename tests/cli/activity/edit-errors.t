fh-activity edit and cancel refuse what add refuses (a day in the future,
a group of another zone, an unknown kind or code), an activity that does
not exist or was cancelled, attendees (attend adds them), and a cancel
without a reason; an edit that changes nothing leaves the database as it
was.
--- setup
fh init
sqlite3 -cmd ".load $FH_BIGRAM_EXT" fh.db < "$DATA/stats-basic.sql"
fh-activity cancel 4 --reason 重复录入
--- run
fh-activity edit 1 --on 2026-11-24
fh-activity edit 1 --group G003 --zone Z1
fh-activity edit 1 --kind party
fh-activity edit 1 --team T9
fh-activity edit 9 --note x
fh-activity edit 4 --note x
fh-activity edit 1 --attendees S0001
fh-activity edit --note x
fh-activity cancel 1
fh-activity cancel 1 --reason ''
fh-activity cancel 4 --reason again
fh-activity attend 4 S0001
fh-activity edit 1 --kind training --topic fire --on 2026-10-15 --zone Z1 --led-by 王警官
echo "exit $?"
--- stdout
exit 0
--- unchanged
--- stderr
fh-activity: date '2026-11-24' is in the future
fh-activity: group 'G003' is not in zone 'Z1'
fh-activity: unknown kind 'party' (valid: training, drill, patrol, publicity, inspection, visit, meeting)
fh-activity: unknown team 'T9'
fh-activity: no activity with id 9
fh-activity: activity 4 was cancelled
fh-activity: edit does not change the attendees (use attend) (see 'fh-activity --help')
fh-activity: edit needs one activity ID (see 'fh-activity --help')
fh-activity: cancel needs --reason (see 'fh-activity --help')
fh-activity: cancel needs a --reason (UTF-8 text, not empty)
fh-activity: activity 4 was cancelled
fh-activity: activity 4 was cancelled
