fh purge needs something to purge, and a valid date for --left-before and
--reports-before: wrong usage exits 2 and changes nothing.
--- setup
fh init
--- run
fh purge; echo "exit $?"
fh purge --left-before 2025-13-01; echo "exit $?"
fh purge --reports-before; echo "exit $?"
--- stdout
exit 2
exit 2
exit 2
--- stderr
fh: purge needs a MEMBER code, --left-before or --reports-before (see 'fh --help')
fh: invalid date '2025-13-01': no such day
fh: unknown option or missing value for '--reports-before' (see 'fh --help')
--- unchanged
