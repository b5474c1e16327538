An unknown group in CSV is named at its line and field.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
printf 'code,name,zone,group\nS0100,新店,Z1,G404\n' > r.csv
--- run
fh-group import r.csv
--- unchanged
--- stderr
fh-group: r.csv:2:4: unknown group 'G404'
--- exit
1
