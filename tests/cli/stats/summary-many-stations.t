Twelve stations, more than SQLite attaches at once (10): read in batches.
Station sNN (NN = 01..12) has one fire report in 2026Q4 handled after NN
hours; s12 also has an open one.  Found 13, handled 12, open 1, 12/13 =
92.3%, median of 1..12 hours = (6 + 7) / 2 = 6.5.  A station without a name
is known by its file name.
--- setup
for i in 01 02 03 04 05 06 07 08 09 10 11 12; do
  if [ $i = 12 ]; then fh init --db s$i.db; else fh init --db s$i.db --station "站$i"; fi
  sqlite3 -cmd ".load $FH_BIGRAM_EXT" s$i.db "INSERT INTO reports (category, reported_at, text, status, handled_at) VALUES ('fire', '2026-11-01 00:00', '隐患', 'handled', printf('2026-11-01 %02d:00', $i))"
done
sqlite3 -cmd ".load $FH_BIGRAM_EXT" s12.db "INSERT INTO reports (category, reported_at, text) VALUES ('fire', '2026-11-02 08:00', '隐患')"
--- run
dbs=; for i in 01 02 03 04 05 06 07 08 09 10 11 12; do dbs="$dbs --db s$i.db"; done
fh-stats summary $dbs --period 2026Q4
fh-stats summary $dbs --period 2026Q4 --by station --no-header
--- stdout
found	handled	open	dismissed	handled_pct	median_hours_to_handle
13	12	1	0	92.3	6.5
s12.db	2	1	1	0	50.0	12.0
站01	1	1	0	0	100.0	1.0
站02	1	1	0	0	100.0	2.0
站03	1	1	0	0	100.0	3.0
站04	1	1	0	0	100.0	4.0
站05	1	1	0	0	100.0	5.0
站06	1	1	0	0	100.0	6.0
站07	1	1	0	0	100.0	7.0
站08	1	1	0	0	100.0	8.0
站09	1	1	0	0	100.0	9.0
站10	1	1	0	0	100.0	10.0
站11	1	1	0	0	100.0	11.0
