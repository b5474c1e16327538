Station configs and agenda templates (small YAML documents) with bad
UTF-8, control characters, aliases, deep nesting, keys given twice or a
list for text are refused with file, line and column; fh init leaves no
database behind and fh-meeting changes nothing.
--- setup
fh init
fh-group zone add Z1 北区块
fh-meeting plan --quarter 2026Q4
printf 'title: "a\377"\nsections:\n  - key: meeting\n' > utf8.yaml
printf 'title: x\nsections:\n  - key: text\n    text: "a\0b"\n' > nul.yaml
printf 'title: &x a\nsections:\n  - key: text\n    title: *x\n    text: y\n' > alias.yaml
awk 'BEGIN { printf "title: x\nsections: "; for (i = 0; i < 3000; i++) printf "["; print "" }' > deep.yaml
printf 'title: x\ntitle: y\nsections:\n  - key: meeting\n' > dup.yaml
printf 'title: [x]\nsections:\n  - key: meeting\n' > type.yaml
printf 'station: "a\377"\n' > c-utf8.yaml
printf 'station: x\ncategories:\n  - {code: gas, family: "a\0b"}\n' > c-nul.yaml
printf 'station: &x a\ncategories:\n  - {code: *x, family: hazard}\n' > c-alias.yaml
awk 'BEGIN { printf "station: x\ncategories: "; for (i = 0; i < 3000; i++) printf "["; print "" }' > c-deep.yaml
printf 'station: x\nstation: y\n' > c-dup.yaml
printf 'station: [x]\n' > c-type.yaml
--- run
for f in utf8 nul alias deep dup type; do
	fh-meeting agenda 1 --template $f.yaml; echo "exit $?"
	fh init --db new.db --config c-$f.yaml; echo "exit $?"
done
[ -e new.db ] || echo "no database"
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
no database
--- stderr
fh-meeting: utf8.yaml:1:10: invalid leading UTF-8 octet
fh: c-utf8.yaml:1:12: invalid leading UTF-8 octet
fh-meeting: nul.yaml:4:13: control characters are not allowed
fh: c-nul.yaml:3:27: control characters are not allowed
fh-meeting: alias.yaml:4:12: aliases are not allowed here
fh: c-alias.yaml:3:12: aliases are not allowed here
fh-meeting: deep.yaml:2:74: nested too deeply (over 64 levels)
fh: c-deep.yaml:2:76: nested too deeply (over 64 levels)
fh-meeting: dup.yaml:2:1: duplicate key 'title'
fh: c-dup.yaml:2:1: duplicate key 'station'
fh-meeting: type.yaml:1:8: the title must be text, not a list
fh: c-type.yaml:1:10: station must be text, not a list
--- unchanged
