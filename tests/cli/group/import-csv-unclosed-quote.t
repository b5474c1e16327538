A quoted field never closed is malformed CSV.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
printf 'code,name,zone\nS0100,"新店,Z1\nS0101,新店二,Z1\n' > r.csv
--- run
fh-group import r.csv
--- unchanged
--- stderr
fh-group: r.csv:2:2: malformed CSV: a quoted field is not closed
--- exit
1
