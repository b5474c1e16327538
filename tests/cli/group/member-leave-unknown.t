Leaving an unknown member is an error.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
--- run
fh-group member leave S0404 --on 2026-11-01
--- unchanged
--- stderr
fh-group: unknown member 'S0404'
--- exit
1
