leader refuses a member that is not an active member of the group.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
--- run
fh-group leader G001 S0007 --letter-signed 2026-11-01
--- unchanged
--- stderr
fh-group: member 'S0007' is not an active member of group 'G001'
--- exit
1
