The station's time zone is a setting (the server's at init) and fh's clock is the station's: on a server kept in UTC, a Beijing time that is not in the future is accepted once the station is set to Asia/Shanghai, and refused before.
--- setup
export TZ=UTC
fh init
sqlite3 fh.db < "$DATA/report/roster.sql"
--- run
unset FH_NOW
export TZ=UTC
fh config get timezone
beijing=$(TZ=Asia/Shanghai date '+%Y-%m-%d %H:%M')
fh-report add --category fire --at "$beijing" 楼道堆放杂物 2>&1 | sed "s/'[^']*'/'TIME'/"
fh config set timezone Asia/Shanghai
fh config get timezone
fh-report add --category fire --at "$beijing" 楼道堆放杂物
fh sql "SELECT reported_at = ?1 FROM reports" "$beijing"
--- stdout
UTC
fh-report: time 'TIME' is in the future
Asia/Shanghai
1
reported_at = ?1
1
--- locales
C.UTF-8
