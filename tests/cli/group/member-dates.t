member add takes --left (it used to say "unknown option" about the date); dates of things that happened are not in the future, and a member does not leave before joining.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
--- run
fh-group member add S0100 --name 旧店 --zone Z1 --joined 2020-01-01 --left 2024-05-01
fh-group member show S0100 -f tsv | grep -E '^(joined_on|left_on)'
fh-group member add S0101 --name 新店 --zone Z1 --joined 2099-01-01; echo $?
fh-group member add S0101 --name 新店 --zone Z1 --joined 2024-01-01 --left 2023-01-01; echo $?
fh-group member edit S0001 --left 2025-01-01; echo $?
fh-group member leave S0002 --on 2027-01-01; echo $?
fh-group equipment issue S0003 灭火器 --on 2099-01-01; echo $?
fh-group leader G003 S0007 --letter-signed 2099-01-01; echo $?
--- stdout
joined_on	2020-01-01
left_on	2024-05-01
1
1
1
1
1
1
--- stderr
fh-group: --joined: date '2099-01-01' is in the future
fh-group: left on 2023-01-01, before joining on 2024-01-01
fh-group: left on 2025-01-01, before joining on 2025-06-01
fh-group: --on: date '2027-01-01' is in the future
fh-group: --on: date '2099-01-01' is in the future
fh-group: --letter-signed: date '2099-01-01' is in the future
