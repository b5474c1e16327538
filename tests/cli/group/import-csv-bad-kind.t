A bad kind in CSV.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
printf 'code,kind,name,zone\nS0100,truck,新店,Z1\n' > r.csv
--- run
fh-group import r.csv
--- unchanged
--- stderr
fh-group: r.csv:2:2: invalid kind 'truck' (valid: shop, household, organisation, mobile)
--- exit
1
