fh-report edit checks the new values by the rules of add and keeps the filing time before the handling time; one bad report fails them all and nothing changes.
--- setup
fh init
sqlite3 fh.db < "$DATA/report/roster.sql"
fh-report import "$DATA/report/reports.jsonl" >/dev/null
fh-report handle 4 --note 已处理 --at "2026-11-11 10:00" >/dev/null
--- run
fh-report edit 1 --category lost; echo "exit $?"
fh-report edit 1 --zone Z9; echo "exit $?"
fh-report edit 1 --zone Z2 --group G001; echo "exit $?"
fh-report edit 1 --at "2026-11-24 10:00"; echo "exit $?"
fh-report edit 1 --lat 30; echo "exit $?"
fh-report edit 1 --lat 91 --lon 120; echo "exit $?"
fh-report edit 1 --severity huge; echo "exit $?"
fh-report edit 1 --activity 42; echo "exit $?"
fh-report edit 1 --text ' '; echo "exit $?"
fh-report edit 1 99 --text x; echo "exit $?"
fh-report edit 1 4 --at "2026-11-12 10:00"; echo "exit $?"
fh-report edit 1; echo "exit $?"
fh-report edit --text x; echo "exit $?"
fh-report note 1 ' '; echo "exit $?"
fh-report note 99 x; echo "exit $?"
fh-report note 1; echo "exit $?"
--- stdout
exit 1
exit 1
exit 1
exit 1
exit 2
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 2
exit 2
exit 1
exit 1
exit 2
--- stderr
fh-report: unknown category 'lost' (valid: fire, traffic, safety, dispute, theft, suspicious, fraud, lost-person, lost-item, consult, lead, other)
fh-report: unknown zone 'Z9'
fh-report: group 'G001' is not in zone 'Z2'
fh-report: time '2026-11-24 10:00' is in the future
fh-report: lat and lon go together: lon is missing
fh-report: invalid latitude '91' (a number from -90 to 90)
fh-report: unknown severity 'huge' (valid: low, normal, high, urgent)
fh-report: unknown activity 42
fh-report: missing text
fh-report: no report 99
fh-report: report 4 cannot be filed at 2026-11-12 10:00, after it was handled (2026-11-11 10:00)
fh-report: edit needs a value to change (--category, --text, ...) (see 'fh-report --help')
fh-report: edit needs report ids (or -) (see 'fh-report --help')
fh-report: the note is empty
fh-report: no report 99
fh-report: note needs report ids (or -) and the TEXT (see 'fh-report --help')
--- unchanged
