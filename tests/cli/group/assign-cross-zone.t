assign refuses a member of another zone without --force, and moves none of the others either.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
--- run
fh-group assign S0009 S0010 G001
--- unchanged
--- stderr
fh-group: member 'S0009' is in zone 'Z2' but group 'G001' in zone 'Z1' (use --force to allow it)
--- exit
1
