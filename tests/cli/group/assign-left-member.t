assign refuses a member who left.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
--- run
fh-group assign M0002 G003
--- unchanged
--- stderr
fh-group: member 'M0002' left on 2026-10-01
--- exit
1
