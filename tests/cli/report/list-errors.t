Unknown filter values are errors naming them; bad options are wrong usage.
--- setup
fh init
sqlite3 fh.db < "$DATA/report/roster.sql"
fh-report import "$DATA/report/reports.jsonl" >/dev/null
--- run
fh-report list --status verified; echo "exit $?"
fh-report list --family hazards; echo "exit $?"
fh-report list --category fires; echo "exit $?"
fh-report list --zone Z9; echo "exit $?"
fh-report list --group G9; echo "exit $?"
fh-report list --by S9; echo "exit $?"
fh-report list --since soon; echo "exit $?"
fh-report list --period 2026-13; echo "exit $?"
fh-report list --overdue -1; echo "exit $?"
fh-report list --search "   "; echo "exit $?"
fh-report list extra; echo "exit $?"
fh-report list -f xml; echo "exit $?"
--- stdout
exit 2
exit 2
exit 1
exit 1
exit 1
exit 1
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
--- stderr
fh-report: unknown status 'verified' (valid: open, assigned, handled, closed, dismissed)
fh-report: unknown family 'hazards' (valid: hazard, incident, service, other)
fh-report: unknown category 'fires' (valid: fire, traffic, safety, dispute, theft, suspicious, fraud, lost-person, lost-item, consult, lead, other)
fh-report: unknown zone 'Z9'
fh-report: unknown group 'G9'
fh-report: unknown member 'S9'
fh-report: invalid value 'soon' for --since (a date, a time or a period such as 2026-11 or 2026Q4) (see 'fh-report --help')
fh-report: invalid period '2026-13': no such month
fh-report: invalid value '-1' for --overdue (a whole number from 0 to 36500)
fh-report: the search text has no word
fh-report: list takes no arguments, got 'extra' (see 'fh-report --help')
fh-report: unknown format 'xml' (use table, tsv, csv or json)
