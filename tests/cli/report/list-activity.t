fh-report list --activity ID lists what one inspection turned up.
--- setup
fh init
sqlite3 fh.db "INSERT INTO zones(code, name) VALUES ('Z1', '北区块')"
fh-activity add --kind inspection --topic fire --zone Z1 --on 2026-11-20 >/dev/null
fh-activity add --kind patrol --zone Z1 --on 2026-11-21 >/dev/null
fh-report add --category fire --zone Z1 --activity 1 --at "2026-11-20 10:00" 灭火器过期 >/dev/null
fh-report add --category safety --zone Z1 --activity 1 --at "2026-11-20 11:00" 电线私拉乱接 >/dev/null
fh-report add --category traffic --zone Z1 --activity 2 --at "2026-11-21 20:00" 路灯不亮 >/dev/null
fh-report add --category fire --zone Z1 --at "2026-11-22 09:00" 消防通道堵塞 >/dev/null
--- run
fh-report list --activity 1 --no-header | cut -f 1,3
fh-report list --activity 0
--- stdout
1	fire
2	safety
--- stderr
fh-report: invalid value '0' for --activity (a whole number from 1 to 9223372036854775807)
--- exit
1
