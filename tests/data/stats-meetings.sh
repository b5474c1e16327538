# Sourced by the fh-meeting cases' setup: the station of stats-basic.sql,
# a 2026Q3 meeting of zone Z1 held on 2026-09-25 (meeting 1) with two
# action items (1 open, due 2026-10-31; 2 done), and the 2026Q4 meetings
# planned for 2026-12-20 (2 for Z1, 3 for Z2).
fh init
sqlite3 -cmd ".load $FH_BIGRAM_EXT" fh.db < "$DATA/stats-basic.sql"
fh-meeting plan --quarter 2026Q3 --zone Z1 >/dev/null
fh-meeting record 1 --held-on 2026-09-25 --chair 王队长 --attended G001,G002
fh-meeting action add 1 清理北大街消防通道 --owner 张三 --due 2026-10-31 >/dev/null
fh-meeting action add 1 补签责任书 >/dev/null
fh-meeting action done 2 --on 2026-10-10
fh-meeting plan --quarter 2026Q4 --on 2026-12-20 >/dev/null
