A zone code that exists is refused and nothing changes.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
--- run
fh-group zone add Z1 又一个北区
--- unchanged
--- stderr
fh-group: zone 'Z1' already exists
--- exit
1
