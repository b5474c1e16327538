A bad date in CSV.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
printf 'code,name,zone,joined\nS0100,新店,Z1,2026-02-30\n' > r.csv
--- run
fh-group import r.csv
--- unchanged
--- stderr
fh-group: r.csv:2:4: invalid date '2026-02-30': no such day
--- exit
1
