A code twice in a CSV file is refused at the second.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
printf 'code,name,zone\nS0100,新店,Z1\nS0100,新店二,Z1\n' > r.csv
--- run
fh-group import r.csv
--- unchanged
--- stderr
fh-group: r.csv:3:1: duplicate member code 'S0100'
--- exit
1
