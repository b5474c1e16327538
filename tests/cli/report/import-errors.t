A bad report anywhere in a batch is an error naming file, line, column (where the field starts, in every format) and the problem; nothing is written.
--- setup
fh init
sqlite3 fh.db < "$DATA/report/roster.sql"
fh-report import "$DATA/report/reports.jsonl" >/dev/null
printf '{"category":"fire","text":"a"}\n{"category":"fir","text":"b"}\n' > cat.jsonl
printf '{"category":"fire","text":"a"}\n{"category":"fire","by":"S9","text":"b"}\n' > member.jsonl
printf '{"category":"fire","text":"a","at":"2026-02-30"}\n' > time.jsonl
printf '{"category":"fire","text":["a"]}\n' > type.jsonl
printf '{"category":"fire","text":"a\377"}\n' > utf8.jsonl
printf '{"category":"fire","where":"x"}\n' > notext.jsonl
printf '{"category":"fire","text":"a","colour":"x"}\n' > key.jsonl
printf -- '- category: fire\n  text: a\n- category: fire\n  zone: Z7\n  text: b\n' > zone.yaml
printf -- '- category: fire\n  text: a\n  colour: red\n' > key.yaml
printf 'category,text,at\nfire,a,2026-11-01\nfire,b,yesterday\n' > time.csv
printf '{"category":"fire","text":"a","photo":"none.jpg"}\n' > photo.jsonl
--- run
for f in cat.jsonl member.jsonl time.jsonl type.jsonl utf8.jsonl notext.jsonl key.jsonl zone.yaml key.yaml time.csv photo.jsonl; do
	fh-report import $f; echo "exit $?"
done
--- stdout
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
--- stderr
fh-report: cat.jsonl:2:13: unknown category 'fir' (valid: fire, traffic, safety, dispute, theft, suspicious, fraud, lost-person, lost-item, consult, lead, other)
fh-report: member.jsonl:2:25: unknown member 'S9'
fh-report: time.jsonl:1:36: invalid time '2026-02-30': no such day or hour
fh-report: type.jsonl:1:27: 'text' must be a string, not a list
fh-report: utf8.jsonl:1:29: invalid UTF-8
fh-report: notext.jsonl:1: missing text
fh-report: key.jsonl:1: unknown key 'colour' (valid: category, by, zone, group, at, where, lat, lon, severity, via, activity, photo, text, status, officer, handled_at, note, reason, duplicate_of)
fh-report: zone.yaml:4:9: unknown zone 'Z7'
fh-report: key.yaml:3:3: unknown key 'colour' (valid: category, by, zone, group, at, where, lat, lon, severity, via, activity, photo, text, status, officer, handled_at, note, reason, duplicate_of)
fh-report: time.csv:3:8: invalid time 'yesterday' (expected YYYY-MM-DD HH:MM)
fh-report: photo.jsonl:1:39: cannot open photo 'none.jpg': No such file or directory
--- unchanged
