A CSV import error names the line and byte column where the bad field
starts, also when an earlier field of the record spans lines.
--- setup
fh init
sqlite3 fh.db < "$DATA/report/roster.sql"
printf 'category,text,at\nfire,a,2026-11-01 08:00\nfire,"b\n""c""",yesterday\n' > multi.csv
printf 'category,text\n"fir",b\n' > quoted.csv
--- run
fh-report import multi.csv; echo "exit $?"
fh-report import quoted.csv; echo "exit $?"
--- stdout
exit 1
exit 1
--- stderr
fh-report: multi.csv:4:8: invalid time 'yesterday' (expected YYYY-MM-DD HH:MM)
fh-report: quoted.csv:2:1: unknown category 'fir' (valid: fire, traffic, safety, dispute, theft, suspicious, fraud, lost-person, lost-item, consult, lead, other)
--- unchanged
