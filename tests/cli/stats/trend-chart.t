Terminal bars of plain characters, readable in a cron mail: per month the
reports found and handled, '#' handled and '-' the rest.  No colour codes
when stdout is not a terminal.  2026-10: 4 found, 3 handled; 2026-11: 4, 2.
A quarter without reports (2025Q4) draws its three months as zero bars,
not nothing.
--- setup
fh init
sqlite3 -cmd ".load $FH_BIGRAM_EXT" fh.db < "$DATA/stats-basic.sql"
--- run
NO_COLOR= fh-stats trend --period 2026Q4 --chart
fh-stats trend --period 2025Q4 --chart
--- stdout
period    found handled
2026-10       4      3  ###-
2026-11       4      2  ##--
2026-12       0      0
period    found handled
2025-10       0      0
2025-11       0      0
2025-12       0      0
