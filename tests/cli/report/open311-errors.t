Open311 usage: export needs --open311 and takes no arguments, the formats
are json and xml only (exit 2, a malformed command line); a wrong period is
a wrong value (exit 1); categories keeps its own formats without --open311.
--- setup
fh init
--- run
fh-report export; echo "exit $?"
fh-report export --open311 extra; echo "exit $?"
fh-report export --open311 -f csv; echo "exit $?"
fh-report categories --open311 -f table; echo "exit $?"
fh-report export --open311 --period 2026Q5; echo "exit $?"
fh-report categories -f xml; echo "exit $?"
fh-report export --open311 -f xml
fh-report export --open311
--- stdout
exit 2
exit 2
exit 2
exit 2
exit 1
exit 1
<?xml version="1.0" encoding="utf-8"?>
<service_requests>
</service_requests>
[]
--- stderr
fh-report: export needs --open311, the one format it writes (see 'fh-report --help')
fh-report: export takes no arguments, got 'extra' (see 'fh-report --help')
fh-report: unknown Open311 format 'csv' (use json or xml) (see 'fh-report --help')
fh-report: unknown Open311 format 'table' (use json or xml) (see 'fh-report --help')
fh-report: --period: invalid period '2026Q5' (expected e.g. 2026, 2026Q4, 2026-11, 2026-W47, 2026-11-23 or this-month)
fh-report: unknown format 'xml' (use table, tsv, csv or json)
