Report batches with NUL bytes, control characters, keys given twice, deep
nesting, aliases or impossible dates are refused naming file, line (and
column where the format has one); nothing is written.
--- setup
fh init
sqlite3 fh.db < "$DATA/report/roster.sql"
printf -- '- category: fire\n  text: 正常\n- category: fire\n  text: a\0b\n' > nul.yaml
printf -- '- category: fire\n  text: "\033[2J"\n' > esc.yaml
printf '{"category":"fire","text":"a\\u0000b"}\n' > nul.jsonl
printf '{"category":"fire","text":"a"}\n\0\n' > nulraw.jsonl
printf 'category,text\nfire,a\0b\n' > nul.csv
printf -- '- category: fire\n  text: a\n  text: b\n' > dup.yaml
printf '{"category":"fire","text":"a","text":"b"}\n' > dup.jsonl
printf 'category,text,text\nfire,a,b\n' > dup.csv
awk 'BEGIN { for (i = 0; i < 5000; i++) printf "- "; print "x" }' > deep.yaml
awk 'BEGIN { for (i = 0; i < 5000; i++) printf "["; print "" }' > deep.jsonl
printf -- '- &a {category: fire, text: x}\n- *a\n' > alias.yaml
printf -- '- category: fire\n  at: 2026-02-30\n  text: x\n' > date.yaml
printf 'category,at,text\nfire,2026-02-30 08:00,x\n' > date.csv
printf '{"category":"fire","at":"2026-02-29","text":"x"}\n' > date.jsonl
--- run
for f in nul.yaml esc.yaml nul.jsonl nulraw.jsonl nul.csv dup.yaml dup.jsonl dup.csv deep.yaml deep.jsonl alias.yaml date.yaml date.csv date.jsonl; do
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
exit 1
exit 1
exit 1
--- stderr
fh-report: nul.yaml:4:10: control characters are not allowed
fh-report: esc.yaml:2:10: control characters are not allowed
fh-report: nul.jsonl:1:36: invalid JSON: \u0000 is not allowed without JSON_ALLOW_NUL near '"a\u0000b"'
fh-report: nulraw.jsonl:2:1: NUL byte in the line
fh-report: nul.csv:2: 'text' holds a NUL character
fh-report: dup.yaml:3:3: key 'text' given twice
fh-report: dup.jsonl:1:36: invalid JSON: duplicate object key near '"text"'
fh-report: dup.csv:1: column 'text' given twice
fh-report: deep.yaml:1:3: a report must be a mapping, not a list
fh-report: deep.jsonl:1:2049: invalid JSON: maximum parsing depth reached near '['
fh-report: alias.yaml:2:3: aliases are not allowed in a report batch
fh-report: date.yaml:2:7: invalid time '2026-02-30': no such day or hour
fh-report: date.csv:2:6: invalid time '2026-02-30 08:00': no such day or hour
fh-report: date.jsonl:1:25: invalid time '2026-02-29': no such day or hour
--- unchanged
