SIGKILL at several points of a roster import, a report import, a batch
handling of reports from stdin, a purge of every member, a group plan
applied to every zone, fh init and fh backup: each write is whole or
absent, never torn, leaves no file behind, and fh check passes after
every kill (tests/stress/crash.sh, kept small; make stress runs it large).
--- run
GEN=${FH_BIGRAM_EXT%/fh_bigram}/examples/gen-station bash "$TOP/tests/stress/crash.sh" 8 3000 2>crash.log
--- stdout
roster import: 0 torn of 8 (all or nothing)
report import: 0 torn of 8 (all or nothing)
batch handling: 0 torn of 8 (all or nothing)
purge: 0 torn of 8 (all or nothing)
group plan: 0 torn of 8 (all or nothing)
fh init: 0 torn of 8 (whole or absent, next run clean)
fh backup: 0 torn of 8 (whole or absent, next run clean)
