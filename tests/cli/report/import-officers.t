import holds an officer to the station's officers list as assign does: an unknown one (a typo, a report id) is refused at its file:line:col and nothing is filed; --new adds it, as assign --new does.
--- setup
fh init
sqlite3 fh.db < "$DATA/report/roster.sql"
fh config set officers 王警官
printf '%s\n' '{"category":"fire","zone":"Z1","at":"2026-11-02 09:00","text":"灭火器过期","status":"assigned","officer":"王警官"}' \
	'{"category":"fire","zone":"Z1","at":"2026-11-02 10:00","text":"通道堵塞","status":"assigned","officer":"王警宫"}' > typo.jsonl
printf '%s\n' '- category: fire' '  zone: Z1' '  at: 2026-11-02 09:00' '  text: 灭火器过期' '  status: assigned' '  officer: 84' > id.yaml
--- run
fh config get officers
fh-report import typo.jsonl
fh-report import id.yaml
--- stdout
王警官
--- stderr
fh-report: typo.jsonl:2:108: unknown officer (see 'fh config get officers'; --new adds one)
fh-report: id.yaml:6:12: unknown officer (see 'fh config get officers'; --new adds one)
--- exit
1
--- unchanged
