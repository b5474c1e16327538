attend adds members to an activity's attendance; one already there stays once.
--- setup
fh init
sqlite3 -cmd ".load $FH_BIGRAM_EXT" fh.db < "$DATA/stats-basic.sql"
--- run
fh-activity attend 1 S0003 S0001
fh-activity show 1 --no-header | awk 'NF == 0 { b++; next } b == 1'
fh sql "SELECT count(*) FROM activity_attendance WHERE activity_id = 1"
--- stdout
S0001	老街茶馆
S0002	状元糕点
S0003	丁蹄老店
count(*)
3
