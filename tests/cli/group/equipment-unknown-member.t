Equipment for an unknown member is refused.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
--- run
fh-group equipment issue S0404 灭火器
--- unchanged
--- stderr
fh-group: unknown member 'S0404'
--- exit
1
