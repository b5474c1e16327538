A disk that fills up (here a file size limit of 1 MB, with SIGXFSZ
ignored) during a large roster import, a large report import, a batch
handling of reports or a backup gives a clear error and exit 1, and leaves the good
database as it was: unchanged, and fh check passes; a failed backup leaves
no file behind.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
awk 'BEGIN { print "code,name,zone,address"; for (i = 1; i < 50000; i++) printf "C%06d,商户%d,Z1,北大街%d号\n", i, i, i }' > roster.csv
awk 'BEGIN { for (i = 0; i < 10000; i++) printf "{\"category\":\"fire\",\"by\":\"S0001\",\"text\":\"消防通道堵塞 %d\"}\n", i }' > reports.jsonl
fh-report import reports.jsonl >/dev/null
--- run
# Output goes through a pipe, which the limit does not bound.
(
	trap '' XFSZ
	ulimit -f 1024
	fh-group import roster.csv; echo "roster import exit $?"
	fh-report import reports.jsonl >/dev/null; echo "report import exit $?"
	fh sql --no-header "SELECT id FROM reports" | fh-report handle - --note 已处置 >/dev/null
	echo "batch handling exit ${PIPESTATUS[1]}"
	fh backup copy.db; echo "backup exit $?"
) 2>&1 | cat
ls
fh check && echo "check ok"
fh sql --no-header "SELECT count(*), count(*) FILTER (WHERE status = 'open') FROM reports"
--- stdout
fh-group: cannot commit: cannot write: disk full or file too large
roster import exit 1
fh-report: cannot commit: cannot write: disk full or file too large
report import exit 1
fh-report: cannot change a report: File too large
batch handling exit 1
fh: cannot back up to 'copy.db': File too large
backup exit 1
fh.db
reports.jsonl
roster.csv
check ok
10000	10000
--- unchanged
