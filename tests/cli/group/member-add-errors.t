member add refuses a duplicate code, unknown zone or group, a group in another zone, bad values, missing options.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
--- run
fh-group member add S0001 --name 重复 --zone Z1; echo $?
fh-group member add S0100 --name 新店 --zone Z9; echo $?
fh-group member add S0100 --name 新店 --zone Z1 --group G404; echo $?
fh-group member add S0100 --name 新店 --zone Z1 --group G003; echo $?
fh-group member add S0100 --name 新店 --zone Z1 --kind car; echo $?
fh-group member add S0100 --name 新店 --zone Z1 --lat 91; echo $?
fh-group member add S0100 --name 新店 --zone Z1 --joined 2026-02-30; echo $?
fh-group member add S0100 --name 新店; echo $?
fh-group member add S0100 --name 新店 --zone Z1 --bogus; echo $?
--- unchanged
--- stdout
1
1
1
1
1
1
1
2
2
--- stderr
fh-group: member 'S0001' already exists
fh-group: unknown zone 'Z9'
fh-group: unknown group 'G404'
fh-group: member 'S0100' is in zone 'Z1' but group 'G003' in zone 'Z2' (use --force to allow it)
fh-group: invalid kind 'car' (valid: shop, household, organisation, mobile)
fh-group: invalid value '91' for --lat (a number from -90 to 90)
fh-group: --joined: invalid date '2026-02-30': no such day
fh-group: member add needs --name and --zone (see 'fh-group --help')
fh-group: unknown option '--bogus' (see 'fh-group --help')
