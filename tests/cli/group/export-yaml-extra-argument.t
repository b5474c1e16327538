export takes no arguments.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
--- run
fh-group export -f yaml extra
--- unchanged
--- stderr
fh-group: export takes no arguments, got 'extra' (see 'fh-group --help')
--- exit
2
