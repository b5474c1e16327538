Every latitude and longitude, and fh-report dups --hours/--meters, go through the one strict number parser: a hexadecimal float (0x1p3), a leading blank or an exponent (1e1) is refused (a wrong value: exit 1, fh(1)), naming the option, or the file, line and column of an import; nothing changes.
--- setup
fh init
fh-group zone add Z1 北区块
printf 'members:\n  - {code: S1, name: 一, zone: Z1, lat: 1e1, lon: 121}\n' >exp.yaml
printf 'members:\n  - {code: S1, name: 一, zone: Z1, lat: 30.5, lon: 0x1p3}\n' >hex.yaml
printf 'code,name,zone,lat,lon\nS1,一,Z1, 5,121\n' >blank.csv
--- run
fh-group member add S1 --name 一 --zone Z1 --lat 0x1p3; echo "exit $?"
fh-group member add S1 --name 一 --zone Z1 --lat ' 5'; echo "exit $?"
fh-group member add S1 --name 一 --zone Z1 --lon 1e1; echo "exit $?"
fh-group import exp.yaml; echo "exit $?"
fh-group import hex.yaml; echo "exit $?"
fh-group import blank.csv; echo "exit $?"
fh-report dups --hours 0x1p3; echo "exit $?"
fh-report dups --meters 1e2; echo "exit $?"
fh-report dups --meters ' 5'; echo "exit $?"
--- stdout
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
--- stderr
fh-group: invalid value '0x1p3' for --lat (a number from -90 to 90)
fh-group: invalid value ' 5' for --lat (a number from -90 to 90)
fh-group: invalid value '1e1' for --lon (a number from -180 to 180)
fh-group: exp.yaml:2:40: 'lat' must be a number from -90 to 90, not '1e1'
fh-group: hex.yaml:2:51: 'lon' must be a number from -180 to 180, not '0x1p3'
fh-group: blank.csv:2:4: 'lat' must be a number from -90 to 90, not ' 5'
fh-report: invalid value '0x1p3' for --hours (a positive number)
fh-report: invalid value '1e2' for --meters (a positive number)
fh-report: invalid value ' 5' for --meters (a positive number)
--- unchanged
