Phones are stored in one form whatever way they were typed: full-width
digits, spaces, dashes and brackets removed, +86 dropped, a landline with one
dash after its area code.  The masked phone given back unchanged keeps it.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
--- run
fh-group member add S0100 --name 甲 --zone Z1 --phone '１３８００１３７０００'
fh-group member add S0101 --name 乙 --zone Z1 --phone '138 0013 9000'
fh-group member add S0102 --name 丙 --zone Z1 --phone '+86 137-0013-7001'
fh-group member add S0103 --name 丁 --zone Z1 --phone '(0571) 8812 3456'
fh-group member edit S0001 --phone '１３９ ００１３ ９０００'
fh-group member edit S0002 --phone '139****9001'
printf 'code,name,zone,phone\nS0104,戊,Z1,０２１５７３８１２３４\n' > more.csv
fh-group import more.csv
fh sql --reveal "SELECT code, phone FROM members WHERE code IN ('S0001','S0002') OR code >= 'S01' ORDER BY code"
fh sql "SELECT member, phone FROM members_v WHERE member >= 'S01' ORDER BY member"
--- stdout
code	phone
S0001	13900139000
S0002	13900139001
S0100	13800137000
S0101	13800139000
S0102	13700137001
S0103	0571-88123456
S0104	021-57381234
member	phone
S0100	138****7000
S0101	138****9000
S0102	137****7001
S0103	057*-****3456
S0104	021-****1234
--- stderr
