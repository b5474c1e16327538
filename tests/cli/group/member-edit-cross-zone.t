Moving a member into a group of another zone is refused without --force, and nothing changes.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
--- run
fh-group member edit S0009 --group G001 --phone 13800000000
--- unchanged
--- stderr
fh-group: member 'S0009' is in zone 'Z2' but group 'G001' in zone 'Z1' (use --force to allow it)
--- exit
1
