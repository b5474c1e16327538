attend adds members to an activity's attendance; one already there stays once.
--- setup
fh init
sqlite3 -cmd ".load $FH_BIGRAM_EXT" fh.db < "$DATA/stats-basic.sql"
--- run
fh-activity attend 1 S0003 S0001
fh-activity show 1 --no-header | tail -n 5
fh sql "SELECT count(*) FROM activity_attendance WHERE activity_id = 1"
--- stdout
attendance	3
note	灭火器使用培训
attendee	S0001 老街茶馆
attendee	S0002 状元糕点
attendee	S0003 丁蹄老店
count(*)
3
