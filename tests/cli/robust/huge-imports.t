Files of 200,000 lines (a roster as YAML, a roster as CSV, a report batch
as YAML) import whole, read as streams: peak memory stays under 100 MB
(most of it SQLite's 64 MiB page cache for big batches), whatever the
size.  Memory is measured with /usr/bin/time when it is installed and the
build has no sanitizer (which inflates it); otherwise it is not checked.
--- setup
fh init
fh-group zone add Z1 北区块
awk 'BEGIN { print "members:"; for (i = 1; i <= 50000; i++) printf "  - code: Y%06d\n    name: 住户%d\n    zone: Z1\n    address: 南大街%d号\n", i, i, i }' > roster.yaml
awk 'BEGIN { print "code,name,zone,address"; for (i = 1; i < 200000; i++) printf "C%06d,商户%d,Z1,北大街%d号\n", i, i, i }' > roster.csv
awk 'BEGIN { for (i = 0; i < 50000; i++) printf "- category: fire\n  by: C%06d\n  where: 北大街%d号\n  text: 消防通道堵塞 %d\n", i % 1000 + 1, i, i }' > reports.yaml
--- run
wc -l roster.yaml roster.csv reports.yaml | sed 's/^ *//'
peak() {
	if [ -x /usr/bin/time ] && [ "${FH_BUILD%-san}" = "$FH_BUILD" ]; then
		/usr/bin/time -o mem -f %M "$@" >out || return 1
		[ "$(cat mem)" -lt 100000 ] || echo "$1: $(cat mem) KB at peak"
	else
		"$@" >out || return 1
	fi
}
peak fh-group import roster.yaml && echo "roster.yaml imported"
peak fh-group import roster.csv && echo "roster.csv imported"
peak fh-report import reports.yaml && echo "reports.yaml imported: $(wc -l <out) ids"
fh sql --no-header "SELECT count(*) FROM members"
fh sql --no-header "SELECT count(*), max(text) FROM reports"
fh check
--- stdout
200001 roster.yaml
200000 roster.csv
200000 reports.yaml
600001 total
roster.yaml imported
roster.csv imported
reports.yaml imported: 50000 ids
249999
50000	消防通道堵塞 9999
--- locales
C.UTF-8
