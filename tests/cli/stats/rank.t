The league table from the indicators of indicators.t (report 2 reopened,
7 extended): Z1 closed 50.00, on time 50.00, rework 33.33, extension
0.00; Z2 100.00, 100.00, 0.00, 33.33.  Default weights 40 30 15 15:
Z1 (40 x 50 + 30 x 50 + 15 x 66.67 + 15 x 100) / 100 = 60.00, Z2
(4000 + 3000 + 1500 + 15 x 66.67) / 100 = 95.00.  --min 4 lists Z2 (3
reports) apart, unranked.  By officer, reports with no officer are no
unit.  A config that weighs only the closed rate makes the score equal
it.  rank needs --by zone, group or officer; the weights are checked.
--- setup
fh init
sqlite3 -cmd ".load $FH_BIGRAM_EXT" fh.db < "$DATA/stats-basic.sql"
fh-report reopen 2
fh-report extend 7 --days 3 --reason 等待配件
printf 'rank:\n  closed: 100\n  on_time: 0\n  rework: 0\n  extension: 0\n' > closed-only.yaml
printf 'rank:\n  speed: 10\n' > bad.yaml
--- run
fh-stats rank --by zone --period 2026Q4
fh-stats rank --by zone --period 2026Q4 --min 4 --no-header
fh-stats rank --by officer --period 2026Q4 --no-header
fh-stats rank --by group --period 2026Q4 --no-header
cp fh.db w.db
fh config set --db w.db --file closed-only.yaml
fh-stats rank --db w.db --by zone --period 2026Q4 --no-header
fh config set --db w.db --file bad.yaml
fh-stats rank --by category
--- stdout
rank	zone	filed	closed_pct	on_time_pct	rework_pct	extension_pct	score
1	Z2	3	100.00	100.00	0.00	33.33	95.00
2	Z1	5	50.00	50.00	33.33	0.00	60.00
1	Z1	5	50.00	50.00	33.33	0.00	60.00
	Z2	3	100.00	100.00	0.00	33.33	95.00
1	王警官	2	100.00	100.00	0.00	0.00	100.00
2	李警官	3	100.00	100.00	0.00	33.33	95.00
		3	0.00	0.00	100.00	0.00	15.00
1	G003	3	100.00	100.00	0.00	33.33	95.00
2	G001	4	66.67	66.67	33.33	0.00	71.67
3	G002	1	0.00	0.00		0.00	17.65
1	Z2	3	100.00	100.00	0.00	33.33	100.00
2	Z1	5	50.00	50.00	33.33	0.00	50.00
--- stderr
fh: bad.yaml:2:3: unknown key 'speed'
fh-stats: rank goes --by zone, group or officer (see 'fh-stats --help')
--- exit
2
