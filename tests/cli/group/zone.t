Zones: add, list with counts, refuse a duplicate code.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
--- run
fh-group zone add Z3 西区块
fh-group zone list -f table
fh-group zone add Z3 另一个; echo $?
fh-group zone add; echo $?
--- stdout
zone  name    groups  members
Z1    北区块       2        7
Z2    南区块       1        4
Z3    西区块       0        0
1
2
--- stderr
fh-group: zone 'Z3' already exists
fh-group: zone add needs CODE and NAME (see 'fh-group --help')
