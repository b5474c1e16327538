Each group's record in 2026Q4, and the inactive ones (no report filed and
no part in any activity).  G001: reports 1 2 4 9 (1 2 9 handled), training
1 attended by S0001 and S0002.  G002: report 3, publicity 3 attended by
S0003.  G003: 5 6 7 (5 6 handled), patrol 2 held by the group (a head
count, no names).  G004 and G005: nothing.  members_unsigned: S0002 of
G001 has not signed its own letter; S0005 of G004 has not either, but it
left, so it does not count.
--- setup
fh init
sqlite3 -cmd ".load $FH_BIGRAM_EXT" fh.db < "$DATA/stats-basic.sql"
sqlite3 fh.db "UPDATE members SET letter_signed = NULL WHERE code IN ('S0002', 'S0005')"
--- run
fh-stats groups --period 2026Q4 -f table
--- stdout
group  zone  leader  found  handled  activities  attendance  inactive  members_unsigned
G001   Z1    S0001       4        3           1           2         0                 1
G002   Z1    S0003       1        0           1           1         0                 0
G003   Z2    S0004       3        2           1           0         0                 0
G004   Z2    S0005       0        0           0           0         1                 0
G005   Z2                0        0           0           0         1                 0
