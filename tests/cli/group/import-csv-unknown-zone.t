CSV errors name the line and the field number.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
printf 'code,name,zone,group\nS0100,新店,Z1,G001\nS0101,新店二,Z9,\n' > r.csv
--- run
fh-group import r.csv
--- unchanged
--- stderr
fh-group: r.csv:3:3: unknown zone 'Z9'
--- exit
1
