gen-station prints its usage with --help, and refuses a format it does not
write with exit status 2.
--- run
ex=${FH_BIGRAM_EXT%/fh_bigram}/examples
"$ex/gen-station" --help | head -n 2
"$ex/gen-station" --format xml
--- stdout
usage: gen-station [--members N] [--zones N] [--mobile N] [--seed S]
                   [--format yaml|csv] [--grouped] [--reports N [--handling]]
--- stderr
gen-station: unknown format 'xml' (expected yaml or csv)
--- exit
2
