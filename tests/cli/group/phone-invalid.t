A phone that is neither a mainland mobile number nor a landline with its area
code is refused, in a command and in an import with its place, without
repeating the number; nothing changes.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
--- run
fh-group member add S0100 --name 甲 --zone Z1 --phone 5738123
fh-group member edit S0001 --phone 1380013800
fh-group member edit S0001 --phone 'call 13800138000'
printf 'code,name,zone,phone\nS0104,戊,Z1,12345678901\n' > more.csv
fh-group import more.csv
printf 'members:\n  - {code: S0105, name: 己, zone: Z1, phone: "0000-1234567"}\n' > more.yaml
fh-group import more.yaml
--- stderr
fh-group: invalid phone number: give a mobile number (11 digits starting 13 to 19) or a landline with its area code (0 and 2 or 3 digits, then 7 or 8 digits)
fh-group: invalid phone number: give a mobile number (11 digits starting 13 to 19) or a landline with its area code (0 and 2 or 3 digits, then 7 or 8 digits)
fh-group: invalid phone number: give a mobile number (11 digits starting 13 to 19) or a landline with its area code (0 and 2 or 3 digits, then 7 or 8 digits)
fh-group: more.csv:2:4: invalid phone number: give a mobile number (11 digits starting 13 to 19) or a landline with its area code (0 and 2 or 3 digits, then 7 or 8 digits)
fh-group: more.yaml:2:45: invalid phone number: give a mobile number (11 digits starting 13 to 19) or a landline with its area code (0 and 2 or 3 digits, then 7 or 8 digits)
--- exit
1
--- unchanged
