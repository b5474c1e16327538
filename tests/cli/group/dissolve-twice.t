A dissolved group cannot be dissolved again.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
--- run
fh-group dissolve G003 --on 2026-11-01 && fh-group dissolve G003
--- stderr
fh-group: group 'G003' was dissolved on 2026-11-01
--- exit
1
