Without an extension or --format-in, the format is read from the first bytes.
--- setup
fh init
sqlite3 fh.db < "$DATA/report/roster.sql"
printf '{"category":"fire","text":"a"}\n' > j
printf -- '- {category: fire, text: b}\n' > y
printf 'text,category\nc,fire\n' > c
--- run
fh-report import j
fh-report import y
fh-report import c
fh-report import - < y
fh sql "SELECT id, text FROM reports"
--- stdout
1
2
3
4
id	text
1	a
2	b
3	c
4	b
