The everyday spreadsheet round trip: export without --reveal (phones, and
numbers written in notes and addresses, masked), change one cell, import
the file back: exactly that cell changes, and every masked value keeps the
full one stored.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
fh-group member edit S0006 --note '安全办 值班电话0573-84561234'
--- run
fh-group export -f csv > roster.csv
grep -c '\*\*\*\*' roster.csv
sed -i 's/,阿婆粽子,/,阿婆粽子店,/' roster.csv
fh sql --reveal "SELECT member, name, phone, note FROM members_v ORDER BY member" > before
fh-group import roster.csv
fh sql --reveal "SELECT member, name, phone, note FROM members_v ORDER BY member" > after
diff before after
--- stdout
6
5c5
< S0002	阿婆粽子	13900139001	
---
> S0002	阿婆粽子店	13900139001	
--- exit
1
