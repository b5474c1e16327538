A member's letter is signed on a date not in the future (the one date rule), and its trade is one of fh's or the station's; both refusals name the value and change nothing, as does an unknown trade in member list's filter.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
--- run
fh-group member edit S0001 --letter-signed 2026-11-24; echo $?
fh-group member edit S0001 --letter-signed 2026-02-30; echo $?
fh-group member add S0100 --name 新店 --zone Z1 --letter-signed 2099-01-01; echo $?
fh-group member edit M0001 --trade pilot; echo $?
fh-group member add M0003 --name 孙师傅 --zone Z1 --kind mobile --trade 飞行员; echo $?
fh-group member list --trade rider,pilot; echo $?
--- stdout
1
1
1
1
1
1
--- stderr
fh-group: --letter-signed: date '2026-11-24' is in the future
fh-group: --letter-signed: invalid date '2026-02-30': no such day
fh-group: --letter-signed: date '2099-01-01' is in the future
fh-group: unknown trade 'pilot' (valid: rider, courier, driver, sanitation, security, other)
fh-group: unknown trade '飞行员' (valid: rider, courier, driver, sanitation, security, other)
fh-group: unknown trade 'pilot' (valid: rider, courier, driver, sanitation, security, other)
--- unchanged
