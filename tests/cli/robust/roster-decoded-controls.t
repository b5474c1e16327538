Control characters are refused in a roster after YAML's escapes are
decoded, with file:line:col, as reports already are: "\e" and "\x07" in a
name, "\e" in a code, "\a" in the station's name, "\u009b" (a C1 control)
in a note, and a raw ESC inside a CSV field.  A tab or newline stays
allowed in free text (name, address, note), not in a code.  Nothing is
written.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
printf 'members:\n  - code: S0100\n    name: "老街\\e[2J茶馆"\n    zone: Z1\n' >esc.yaml
printf 'zones:\n  - {code: Z1, name: "北区块\\x07"}\n' >bel.yaml
printf 'zones:\n  - {code: "Z\\e9", name: 北区块}\n' >code.yaml
printf 'station: "枫泾\\a派出所"\n' >station.yaml
printf 'groups:\n  - {code: G001, zone: Z1, note: "a\\u009bb"}\n' >c1.yaml
printf 'code,name,zone\nS0100,"新\033]0;x\007店",Z1\n' >esc.csv
printf 'zones:\n  - {code: "Z\\t9", name: 北区块}\n' >tab-code.yaml
printf 'members:\n  - {code: S0100, name: "新\\t店", address: "一\\n二", zone: Z1, note: "a\\tb"}\n' >tab.yaml
--- run
for f in esc.yaml bel.yaml code.yaml station.yaml c1.yaml esc.csv tab-code.yaml; do
	fh-group import $f; echo "$f $?"
done
fh-group import --dry-run tab.yaml 2>/dev/null; echo "tab.yaml $?"
--- stdout
esc.yaml 1
bel.yaml 1
code.yaml 1
station.yaml 1
c1.yaml 1
esc.csv 1
tab-code.yaml 1
tab.yaml 0
--- stderr
fh-group: esc.yaml:3:11: name contains a control character
fh-group: bel.yaml:2:22: name contains a control character
fh-group: code.yaml:2:12: code contains a control character
fh-group: station.yaml:1:10: station contains a control character
fh-group: c1.yaml:2:34: note contains a control character
fh-group: esc.csv:2:2: name contains a control character
fh-group: tab-code.yaml:2:12: code contains a control character
--- unchanged
