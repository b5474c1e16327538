leader refuses a member who left.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
--- run
fh-group leader G001 M0002
--- unchanged
--- stderr
fh-group: member 'M0002' is not an active member of group 'G001'
--- exit
1
