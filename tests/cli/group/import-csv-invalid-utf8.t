Invalid UTF-8 in a CSV field.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
printf 'code,name,zone\nS0100,"\xe6\x96\xb0\xff",Z1\n' > r.csv
--- run
fh-group import r.csv
--- unchanged
--- stderr
fh-group: r.csv:2:2: invalid UTF-8
--- exit
1
