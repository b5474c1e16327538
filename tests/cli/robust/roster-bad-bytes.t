Roster files with NUL bytes, control characters or keys given twice are
refused with file, line and column (for CSV, the field's number); nothing
is written.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
printf 'zones:\n  - {code: Z1, name: "a\0b"}\n' > nul.yaml
printf 'members:\n  - code: S0001\n    name: "a\033[31m"\n    zone: Z1\n' > esc.yaml
printf 'code,name,zone\nS0001,a\0b,Z1\n' > nul.csv
printf 'zones:\n  - {code: Z1, name: a, name: b}\n' > dup.yaml
printf 'code,name,zone,name\nS0001,a,Z1,b\n' > dup.csv
printf 'station: 一所\nstation: 二所\n' > dup-top.yaml
--- run
for f in nul.yaml esc.yaml nul.csv dup.yaml dup.csv dup-top.yaml; do
	fh-group import $f; echo "exit $?"
done
--- stdout
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
--- stderr
fh-group: nul.yaml:2:24: control character 0x00 is not allowed
fh-group: esc.yaml:3:13: control character 0x1b is not allowed
fh-group: nul.csv:2:2: NUL byte in a value
fh-group: dup.yaml:2:25: duplicate key 'name'
fh-group: dup.csv:1:4: duplicate column 'name' in the header
fh-group: dup-top.yaml:2:1: duplicate key 'station'
--- unchanged
