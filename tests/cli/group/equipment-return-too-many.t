No more can be returned than the member holds.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
--- run
fh-group equipment return S0001 灭火器 --count 1
--- unchanged
--- stderr
fh-group: member 'S0001' holds 0 '灭火器', cannot return 1
--- exit
1
