plan refuses bounds that do not hold the size.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
--- run
fh-group plan --size 10 --min 12 --max 14
--- unchanged
--- stderr
fh-group: sizes must satisfy min <= size <= max, got 12 <= 10 <= 14 (see 'fh-group --help')
--- exit
2
