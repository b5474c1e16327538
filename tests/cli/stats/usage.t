The three tools print their usage, their version, and refuse a missing or
unknown command with exit status 2; fh runs them as fh TOOL.
--- run
fh-stats --version
fh-activity; echo "exit $?"
fh-meeting frobnicate; echo "exit $?"
fh stats trend --help
fh meeting action --help | head -n 3
fh activity attend --help | head -n 1
--- stdout
fh-stats (fh) 0.1.0
exit 2
exit 2
usage: fh-stats trend [--by month|week] [--category C,...]
                     [--period P | --since TIME --until TIME] [--chart]
                     [--svg FILE [--force]]

Common options: --db PATH, -f FORMAT, --no-header, --reveal, --as NAME.
See fh-stats(1).
usage: fh-meeting action add ID TEXT [--owner X] [--due DATE]
       fh-meeting action done N [--on DATE]
       fh-meeting action edit N [--text TEXT] [--owner X] [--due DATE]
usage: fh-activity attend ID MEMBER ...
--- stderr
fh-activity: missing command (see 'fh-activity --help')
fh-meeting: unknown command 'frobnicate' (see 'fh-meeting --help')
