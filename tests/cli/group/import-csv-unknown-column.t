A header column that is no member key is refused.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
printf 'code,name,zone,colour\nS0100,新店,Z1,red\n' > r.csv
--- run
fh-group import r.csv
--- unchanged
--- stderr
fh-group: r.csv:1:4: unknown column 'colour' in the header
--- exit
1
