A report cannot be filed, imported or handled at a time still to come; nothing changes.
--- setup
fh init
sqlite3 fh.db "INSERT INTO zones(code, name) VALUES ('Z1', '北区块')"
fh-report add --category fire --zone Z1 消防通道堵塞 >/dev/null
printf '{"category":"fire","zone":"Z1","at":"2027-01-01 00:00","text":"x"}\n' > future.jsonl
--- run
fh-report add --category fire --zone Z1 --at "2026-11-23 10:01" 未来的上报; echo "exit $?"
fh-report import future.jsonl; echo "exit $?"
fh-report handle 1 --note 已清理 --at "2026-12-01"; echo "exit $?"
--- stdout
exit 1
exit 1
exit 1
--- stderr
fh-report: time '2026-11-23 10:01' is in the future
fh-report: future.jsonl:1:37: time '2027-01-01 00:00' is in the future
fh-report: time '2026-12-01' is in the future
--- unchanged
