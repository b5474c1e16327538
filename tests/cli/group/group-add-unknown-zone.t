A group in an unknown zone is refused.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
--- run
fh-group add G009 --zone Z9 --name 新组
--- unchanged
--- stderr
fh-group: unknown zone 'Z9'
--- exit
1
