Per category, per family, and per zone and category, by hand (2026Q4).
dispute: 4 dismissed -> 1 0 0 1 0.0, no median.
fire: 1 2 7 -> found 3, handled 2 (3 h, 24 h), open 1; 66.7; (3+24)/2 = 13.5.
fraud: 5 (1.5 h); lost-person: 6 (2.5 h); traffic: 3 open, 9 (4 h) -> 50.0, 4.0.
hazard (fire, traffic): 1 2 3 7 9 -> 5 found, 3 handled (3, 24, 4 h), 2 open; 60.0; 4.0.
incident (dispute, fraud): 4 5 -> 2, 1, 0 open, 1 dismissed; 50.0; 1.5.
service: 6 -> 1 1 0 0 100.0 2.5.
--- setup
fh init
sqlite3 -cmd ".load $FH_BIGRAM_EXT" fh.db < "$DATA/stats-basic.sql"
--- run
fh-stats summary --period 2026Q4 --by category
fh-stats summary --period 2026Q4 --by family
fh-stats summary --period 2026Q4 --by zone,category
--- stdout
category	found	handled	open	dismissed	handled_pct	median_hours_to_handle
dispute	1	0	0	1		
fire	3	2	1	0	66.7	13.5
fraud	1	1	0	0	100.0	1.5
lost-person	1	1	0	0	100.0	2.5
traffic	2	1	1	0	50.0	4.0
family	found	handled	open	dismissed	handled_pct	median_hours_to_handle
hazard	5	3	2	0	60.0	4.0
incident	2	1	0	1	100.0	1.5
service	1	1	0	0	100.0	2.5
zone	category	found	handled	open	dismissed	handled_pct	median_hours_to_handle
Z1	dispute	1	0	0	1		
Z1	fire	2	2	0	0	100.0	13.5
Z1	traffic	2	1	1	0	50.0	4.0
Z2	fire	1	0	1	0	0.0	
Z2	fraud	1	1	0	0	100.0	1.5
Z2	lost-person	1	1	0	0	100.0	2.5
