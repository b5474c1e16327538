Every member's own letter and a member's trade (issue 17): member add and edit take --letter-signed DATE and --trade (a code or its label, fh's own or the station's), member show and list give both, list filters by --trade (a comma list, labels too), and an empty value clears either.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
fh config set trades.porter.label 搬运工
--- run
fh-group member add M0003 --name 孙快递 --zone Z2 --kind mobile --trade 快递员 --letter-signed 2026-05-01
fh-group member edit M0001 --trade rider
fh-group member edit M0002 --trade porter
fh-group member edit S0001 --letter-signed 2026-03-01 --trade 搬运工
fh-group member show M0003 -f tsv | grep -E '^(letter_signed|trade)'
fh-group member list --trade courier,外卖配送员 -f tsv | cut -f 1,13,14
fh-group member list --all --trade 搬运工 -f tsv | cut -f 1,13,14
fh-group member edit S0001 --trade '' --letter-signed ''
fh sql --no-header "SELECT member, letter_signed, trade FROM members_v WHERE member IN ('S0001', 'M0003') ORDER BY 1"
--- stdout
letter_signed	2026-05-01
trade	courier
member	letter_signed	trade
M0001		rider
M0003	2026-05-01	courier
member	letter_signed	trade
M0002		porter
S0001	2026-03-01	porter
M0003	2026-05-01	courier
S0001		
