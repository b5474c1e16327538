A bad --on date is wrong usage.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
--- run
fh-group member leave S0001 --on 2026-11-31
--- unchanged
--- stderr
fh-group: --on: invalid date '2026-11-31': no such day
--- exit
1
