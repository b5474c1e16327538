A roster without problems checks clean: no rows, exit 0 (every member of the group signed its letter; the mobile member has no group).
--- setup
fh init
fh-group zone add Z1 北区块
fh-group add G001 --zone Z1
fh-group member add S1 --name 一 --zone Z1 --group G001 --letter-signed 2026-11-01
fh-group member add S2 --name 二 --zone Z1 --group G001 --letter-signed 2026-11-02
fh-group member add M1 --name 骑手 --zone Z1 --kind mobile
fh-group leader G001 S1 --letter-signed 2026-11-01
--- run
fh-group check --min 2 --max 2 --no-header
