A row with more or fewer fields than the header is refused.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
printf 'code,name,zone\nS0100,新店,Z1\nS0101,新店二\n' > r.csv
--- run
fh-group import r.csv
--- unchanged
--- stderr
fh-group: r.csv:3: the row has 2 fields, the header 3
--- exit
1
