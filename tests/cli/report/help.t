fh-report --help lists every subcommand; each subcommand has its own --help; unknown commands are wrong usage.
--- run
fh-report --help
fh-report handle --help
fh-report frobnicate; echo "exit $?"
fh-report; echo "exit $?"
fh report categories --db none.db; echo "exit $?"
--- stdout
usage: fh-report add --category CAT [--by MEMBER] [--zone Z] [--group G]
                    [--at TIME] [--where TEXT] [--lat X --lon Y]
                    [--severity low|normal|high|urgent] [--via CHANNEL]
                    [--activity ID] [--photo FILE]... TEXT
       fh-report import [--format-in yaml|jsonl|csv] [--new] FILE|-
       fh-report list [--status S] [--category C] [--family F] [--zone Z]
                     [--group G] [--by M] [--activity ID] [--since D]
                     [--until D] [--period P] [--overdue DAYS] [--late]
                     [--search TEXT]
       fh-report show ID
       fh-report assign [--new] ID... OFFICER
       fh-report handle ID... --note TEXT [--at TIME]
       fh-report dismiss ID... --reason TEXT [--duplicate-of ID2]
       fh-report reopen ID...
       fh-report verify ID... [--reject] [--note TEXT]
       fh-report extend ID... --days N --reason TEXT
       fh-report edit ID... [--category CAT] [--by MEMBER] [--zone Z]
                     [--group G] [--at TIME] [--where TEXT] [--lat X --lon Y]
                     [--severity S] [--via CHANNEL] [--activity ID]
                     [--text TEXT]
       fh-report note ID... TEXT
       fh-report dups [--hours H] [--meters M]
       fh-report categories [--open311]
       fh-report export --open311 [--since D] [--until D] [--period P]
                       [-f json|xml]
       fh-report photo ID [N] [-o FILE [--force]]

Reports of hazards, incidents and services, tracked until handled.
Common options: --db PATH, -f table|tsv|csv|json, --no-header, --reveal,
--as NAME, --help, --version.  See fh-report(1) and fh-report-import(5).
usage: fh-report handle ID... --note TEXT [--at TIME]

Common options: --db PATH, -f FORMAT, --no-header, --reveal, --as NAME.
See fh-report(1).
exit 2
exit 2
exit 1
--- stderr
fh-report: unknown command 'frobnicate' (see 'fh-report --help')
fh-report: missing command (see 'fh-report --help')
fh-report: database 'none.db' does not exist: run 'fh init' to create it
