team join of an unknown member adds none of the others.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
--- run
fh-group team add T1 巡逻队 --kind patrol && fh-group team join T1 S0001 S0404
--- stderr
fh-group: unknown member 'S0404'
--- exit
1
