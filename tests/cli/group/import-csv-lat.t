A lat that is no number is refused at its field.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
printf 'code,name,zone,lat,lon\nS0100,新店,Z1,30.1,121.2\nS0101,新店二,Z1,abc,121.2\n' > r.csv
--- run
fh-group import r.csv
--- unchanged
--- stderr
fh-group: r.csv:3:4: 'lat' must be a number from -90 to 90, not 'abc'
--- exit
1
