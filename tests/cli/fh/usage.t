Wrong usage exits 2 with one line naming the problem; --help and --version print to stdout.
--- run
fh; echo $?
fh init --bogus; echo $?
fh -f yaml sql "SELECT 1"; echo $?
fh backup; echo $?
fh --version
fh sql --help
--- stdout
2
2
1
2
fh (fh) 0.1.0
usage: fh sql QUERY [PARAM ...]

Common options: --db PATH, -f FORMAT, --no-header, --reveal, --as NAME.
See fh(1).
--- stderr
fh: missing command (see 'fh --help')
fh: unknown option '--bogus' (see 'fh --help')
fh: unknown format 'yaml' (use table, tsv, csv or json)
fh: backup needs one DEST file (see 'fh --help')
