Counts per month and category over 2026Q4, every month and category with
reports in it, zeros included.  2026-10: fire 1 2 (both handled), traffic
3 (open) 9 (handled).  2026-11: dispute 4, fire 7 (open), fraud 5 and
lost-person 6 (handled).  December has nothing yet.  --category keeps one.
--- setup
fh init
sqlite3 -cmd ".load $FH_BIGRAM_EXT" fh.db < "$DATA/stats-basic.sql"
--- run
fh-stats trend --period 2026Q4
fh-stats trend --period 2026Q4 --category fire --no-header
fh-stats trend --by week --since 2026-10-26 --until 2026-11-08 --no-header
fh-stats trend --category fires --period 2026Q4
fh-stats trend --by year
--- stdout
period	category	label	found	handled
2026-10	dispute	矛盾纠纷	0	0
2026-10	fire	消防隐患	2	2
2026-10	fraud	电信诈骗	0	0
2026-10	lost-person	走失人员	0	0
2026-10	traffic	交通隐患	2	1
2026-11	dispute	矛盾纠纷	1	0
2026-11	fire	消防隐患	1	0
2026-11	fraud	电信诈骗	1	1
2026-11	lost-person	走失人员	1	1
2026-11	traffic	交通隐患	0	0
2026-12	dispute	矛盾纠纷	0	0
2026-12	fire	消防隐患	0	0
2026-12	fraud	电信诈骗	0	0
2026-12	lost-person	走失人员	0	0
2026-12	traffic	交通隐患	0	0
2026-10	fire	消防隐患	2	2
2026-11	fire	消防隐患	1	0
2026-12	fire	消防隐患	0	0
2026-W44	dispute	矛盾纠纷	1	0
2026-W44	fraud	电信诈骗	0	0
2026-W45	dispute	矛盾纠纷	0	0
2026-W45	fraud	电信诈骗	1	1
--- stderr
fh-stats: unknown category 'fires' (see 'fh-report categories')
fh-stats: trend goes --by month or --by week, not 'year' (see 'fh-stats --help')
--- exit
2
