Names holding SQL and shell metacharacters are stored and shown verbatim
in every format: the SQL is bound, never spliced, and nothing runs them.
--- setup
fh init
fh-group zone add Z1 "北区块'); DROP TABLE zones; --"
cat > roster.yaml <<'YAML'
members:
  - code: S0001
    name: "'; DROP TABLE members; --"
    contact: "$(rm -rf /)"
    address: "`touch pwned` & | ; > x"
    zone: Z1
YAML
fh-group import roster.yaml
fh-report add --category fire --by S0001 --where '$HOME "quoted" \n' "Robert'); DROP TABLE reports;-- %s %n"
--- run
fh-group member show S0001
fh-group member list -f csv
fh-group member list -f json
fh-group zone list -f tsv
fh-report list -f json --search "DROP TABLE"
fh sql "SELECT name, contact, address FROM members_v" -f csv --reveal
fh sql "SELECT count(*) FROM members" --no-header
ls
--- stdout
field	value
member	S0001
kind	shop
name	'; DROP TABLE members; --
contact	$(rm -rf /)
phone	
address	`touch pwned` & | ; > x
zone	Z1
zone_name	北区块'); DROP TABLE zones; --
group	
lat	
lon	
joined_on	
left_on	
note	
letter_signed	
trade	

led_group	started_on	ended_on	letter_signed

team	team_name	team_kind	joined_on	left_on

item	count	since
member,kind,name,contact,phone,address,zone,group,lat,lon,joined_on,left_on,letter_signed,trade
S0001,shop,'; DROP TABLE members; --,$(rm -rf /),,`touch pwned` & | ; > x,Z1,,,,,,,
{"member":"S0001","kind":"shop","name":"'; DROP TABLE members; --","contact":"$(rm -rf /)","phone":null,"address":"`touch pwned` & | ; > x","zone":"Z1","group":null,"lat":null,"lon":null,"joined_on":null,"left_on":null,"letter_signed":null,"trade":null}
zone	name	groups	members
Z1	北区块'); DROP TABLE zones; --	0	1
{"id":1,"reported_at":"2026-11-23 10:00","category":"fire","zone":"Z1","group":null,"status":"open","severity":"normal","member":"S0001","place":"$HOME \"quoted\" \\n","text":"Robert'); DROP TABLE reports;-- %s %n","officer":null,"age_days":0}
name,contact,address
'; DROP TABLE members; --,$(rm -rf /),`touch pwned` & | ; > x
1
fh.db
roster.yaml
