Bad severities, channels, coordinates, times and texts are errors, and nothing is written.
--- setup
fh init
sqlite3 fh.db < "$DATA/report/roster.sql"
--- run
fh-report add --category fire --severity critical x; echo "exit $?"
fh-report add --category fire --via email x; echo "exit $?"
fh-report add --category fire --lat 30.1 x; echo "exit $?"
fh-report add --category fire --lat 95 --lon 121 x; echo "exit $?"
fh-report add --category fire --lat 30 --lon east x; echo "exit $?"
fh-report add --category fire --at 2026-02-30 x; echo "exit $?"
fh-report add --category fire --activity one x; echo "exit $?"
fh-report add --category fire "   "; echo "exit $?"
fh-report add --category fire "$(printf 'bad \377')"; echo "exit $?"
--- stdout
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
--- stderr
fh-report: unknown severity 'critical' (valid: low, normal, high, urgent)
fh-report: unknown channel 'email' (valid: wechat, phone, walk-in, patrol, inspection, app, other)
fh-report: lat and lon go together: lon is missing
fh-report: invalid latitude '95' (a number from -90 to 90)
fh-report: invalid longitude 'east' (a number from -180 to 180)
fh-report: invalid time '2026-02-30': no such day or hour
fh-report: invalid activity 'one' (an activity's id)
fh-report: missing text
fh-report: invalid UTF-8 in text
--- unchanged
