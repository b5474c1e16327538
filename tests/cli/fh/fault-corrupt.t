A corrupted database is reported by fh check as a problem found (exit 3) and by other commands as an error, never a crash.
--- setup
fh init
dd if=/dev/zero of=fh.db bs=4096 seek=5 count=3 conv=notrunc 2>/dev/null
--- run
fh check >/dev/null; echo "check exit $?"
fh sql "SELECT count(*) FROM zones"; echo "sql exit $?"
--- stdout
check exit 3
sql exit 1
--- stderr
fh: database disk image is malformed
