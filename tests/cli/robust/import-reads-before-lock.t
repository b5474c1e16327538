An import from a slow pipe is read whole before the write transaction
begins, so other writers are not locked out while it waits for input
(before, BEGIN IMMEDIATE came first and every other writer failed after
30 s).
--- setup
fh init
fh-group zone add Z1 北区块
--- run
( sleep 2; printf 'category,text\nfire,楼道堆物\n' ) | fh-report import - >ids &
( sleep 2; printf 'code,name,zone\nS0001,老街茶馆,Z1\n' ) | fh-group import --csv - &
sleep 1
sqlite3 -cmd ".timeout 300" fh.db "BEGIN IMMEDIATE; ROLLBACK;" && echo "another writer got the lock"
wait
cat ids
fh sql --no-header "SELECT count(*) FROM members"
--- stdout
another writer got the lock
1
1
