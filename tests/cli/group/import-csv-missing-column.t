The header must have code, name and zone.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
printf 'code,name\nS0100,新店\n' > r.csv
--- run
fh-group import r.csv
--- unchanged
--- stderr
fh-group: r.csv:1: the header has no 'zone' column
--- exit
1
