Per group and per member (2026Q4), by hand:
G001: 1 2 4 9 -> found 4, handled 1 2 9 (3, 24, 4 h), dismissed 4, open 0;
75.0; median 4.0.  G002: 3 -> 1 0 1 0 0.0.  G003: 5 6 7 -> 3 2 1 0 66.7,
(1.5 + 2.5) / 2 = 2.0.
S0001: 1 4 9 -> found 3, handled 2 (3, 4 h), dismissed 1: 66.7, 3.5.
S0002: 2 -> 24.0.  S0003: 3 open.  S0004: 5 6 7 as G003.
--- setup
fh init
sqlite3 -cmd ".load $FH_BIGRAM_EXT" fh.db < "$DATA/stats-basic.sql"
--- run
fh-stats summary --period 2026Q4 --by group --no-header
fh-stats summary --period 2026Q4 --by member,group --no-header
--- stdout
G001	4	3	0	1	100.0	4.0
G002	1	0	1	0	0.0	
G003	3	2	1	0	66.7	2.0
S0001	G001	3	2	0	1	100.0	3.5
S0002	G001	1	1	0	0	100.0	24.0
S0003	G002	1	0	1	0	0.0	
S0004	G003	3	2	1	0	66.7	2.0
