A value the import would refuse, put into the database with the sqlite3
shell (joined '2026-13-45', a zone's name holding ESC), makes the export
refuse in one line naming the record's code and the key, in YAML and in
CSV, before anything is written: never a file that cannot be imported
again.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
--- run
sqlite3 fh.db "UPDATE members SET joined_on = '2026-13-45' WHERE code = 'S0004'"
fh-group export -f yaml; echo "yaml $?"
fh-group export -f csv; echo "csv $?"
sqlite3 fh.db "UPDATE members SET joined_on = NULL WHERE code = 'S0004'; UPDATE zones SET name = '北' || char(27) || '[2J' WHERE code = 'Z2'"
fh-group export -f yaml; echo "yaml $?"
fh-group export -f csv | wc -l
--- stdout
yaml 1
csv 1
yaml 1
13
--- stderr
fh-group: cannot export member 'S0004', key 'joined': invalid date '2026-13-45': no such day
fh-group: cannot export member 'S0004', key 'joined': invalid date '2026-13-45': no such day
fh-group: cannot export zone 'Z2', key 'name': name contains a control character
