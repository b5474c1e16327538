tsv, csv and json are for scripts: every tool writes them byte for byte the same under zh_CN.UTF-8 as under C.UTF-8 (English keys, codes not labels), while its table differs; fh-group check's label column alone follows the locale, as its table does.
--- setup
. "$DATA/stats-meetings.sh"
--- run
check() {
	for f in tsv csv json; do
		LC_ALL=C.UTF-8 "$@" -f $f >c.out 2>&1
		LC_ALL=zh_CN.UTF-8 "$@" -f $f >zh.out 2>&1
		cmp -s c.out zh.out && echo "same $f ($(wc -l <c.out) lines): $*" ||
			{ echo "DIFFERENT $f: $*"; diff c.out zh.out; }
	done
	LC_ALL=C.UTF-8 "$@" -f table >c.out 2>&1
	LC_ALL=zh_CN.UTF-8 "$@" -f table >zh.out 2>&1
	cmp -s c.out zh.out && echo "SAME table: $*" || echo "differs table: $*"
}
check fh-group member list
check fh-group list
for f in tsv csv json; do
	LC_ALL=C.UTF-8 fh-group check -f $f | sed 's/[\t,][^\t,]*$//; s/,"label":"[^"]*"//' >c.out
	LC_ALL=zh_CN.UTF-8 fh-group check -f $f | sed 's/[\t,][^\t,]*$//; s/,"label":"[^"]*"//' >zh.out
	cmp -s c.out zh.out && echo "same $f but the labels ($(wc -l <c.out) lines): fh-group check" ||
		{ echo "DIFFERENT $f: fh-group check"; diff c.out zh.out; }
done
check fh-group member show S0001
check fh-report list
check fh-report show 1
check fh-report categories
check fh-activity list
check fh-meeting list
check fh-meeting action list
check fh-stats summary --by category
check fh-stats trend --by month --period 2026
check fh audit
check fh sql "SELECT code, family, label FROM categories"
LC_ALL=zh_CN.UTF-8 fh-report list -f json | head -n 1
--- stdout
same tsv (5 lines): fh-group member list
same csv (5 lines): fh-group member list
same json (4 lines): fh-group member list
differs table: fh-group member list
same tsv (6 lines): fh-group list
same csv (6 lines): fh-group list
same json (5 lines): fh-group list
differs table: fh-group list
same tsv but the labels (9 lines): fh-group check
same csv but the labels (9 lines): fh-group check
same json but the labels (8 lines): fh-group check
same tsv (24 lines): fh-group member show S0001
same csv (24 lines): fh-group member show S0001
same json (1 lines): fh-group member show S0001
differs table: fh-group member show S0001
same tsv (12 lines): fh-report list
same csv (12 lines): fh-report list
same json (11 lines): fh-report list
differs table: fh-report list
same tsv (31 lines): fh-report show 1
same csv (31 lines): fh-report show 1
same json (1 lines): fh-report show 1
differs table: fh-report show 1
same tsv (13 lines): fh-report categories
same csv (13 lines): fh-report categories
same json (12 lines): fh-report categories
differs table: fh-report categories
same tsv (5 lines): fh-activity list
same csv (5 lines): fh-activity list
same json (4 lines): fh-activity list
differs table: fh-activity list
same tsv (4 lines): fh-meeting list
same csv (4 lines): fh-meeting list
same json (3 lines): fh-meeting list
differs table: fh-meeting list
same tsv (3 lines): fh-meeting action list
same csv (3 lines): fh-meeting action list
same json (2 lines): fh-meeting action list
differs table: fh-meeting action list
same tsv (8 lines): fh-stats summary --by category
same csv (8 lines): fh-stats summary --by category
same json (7 lines): fh-stats summary --by category
differs table: fh-stats summary --by category
same tsv (85 lines): fh-stats trend --by month --period 2026
same csv (85 lines): fh-stats trend --by month --period 2026
same json (84 lines): fh-stats trend --by month --period 2026
differs table: fh-stats trend --by month --period 2026
same tsv (8 lines): fh audit
same csv (8 lines): fh audit
same json (7 lines): fh audit
differs table: fh audit
same tsv (13 lines): fh sql SELECT code, family, label FROM categories
same csv (13 lines): fh sql SELECT code, family, label FROM categories
same json (12 lines): fh sql SELECT code, family, label FROM categories
differs table: fh sql SELECT code, family, label FROM categories
{"id":10,"reported_at":"2026-07-15 10:00","category":"consult","zone":"Z2","group":null,"status":"handled","severity":"normal","member":null,"place":"南栅码头","text":"游客问路","officer":"李警官","age_days":0}
