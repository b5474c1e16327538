A long import shows its progress on stderr when stderr is a terminal (here a pseudo-terminal made by script(1)), and nothing in a pipe.
--- setup
fh init
"$FH_BUILD/examples/gen-station" --members 3000 --zones 2 > roster.yaml
--- run
FH_PROGRESS_DELAY=0 script -qec "fh-group import roster.yaml" /dev/null > tty.out
grep -c 'fh-group: read [0-9]*%' tty.out | awk '{ print ($1 > 0) ? "progress shown on a terminal" : "no progress on a terminal" }'
fh init --db piped.db
FH_PROGRESS_DELAY=0 fh-group import --db piped.db roster.yaml 2>&1 | wc -c
fh sql --no-header "SELECT count(*) FROM members"
--- stdout
progress shown on a terminal
0
3050
