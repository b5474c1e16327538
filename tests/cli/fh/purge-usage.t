fh purge needs something to purge, and a valid date for --left-before and
--reports-before: wrong usage exits 2, a wrong date 1 (fh(1)), and nothing changes.
--- setup
fh init
--- run
fh purge; echo "exit $?"
fh purge --left-before 2025-13-01; echo "exit $?"
fh purge --reports-before; echo "exit $?"
--- stdout
exit 2
exit 1
exit 2
--- stderr
fh: purge needs a MEMBER code, --left-before or --reports-before (see 'fh --help')
fh: invalid date '2025-13-01': no such day
fh: option '--reports-before' needs a value (see 'fh --help')
--- unchanged
