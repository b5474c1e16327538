Endless or oversized input fails fast with a clear line and bounded memory
(under a 300 MB address-space limit): /dev/zero as a roster or a report
import, a line or a whole import over the station's limits, and a report
text over text_max_bytes.  Nothing is written.  (AddressSanitizer reserves
terabytes of address space for its shadow, so a sanitized build runs without
the limit; it still checks the failure.)
--- setup
fh init
printf 'line_max_bytes: 64\nimport_max_bytes: 200\ntext_max_bytes: 20\nfield_max_bytes: 16\n' >limits.yaml
fh init --db small.db --config limits.yaml
printf 'category,text\nfire,%s\n' "$(printf '%070d' 0)" >long-line.csv
for i in 1 2 3 4 5 6 7 8 9 10 11 12; do printf 'fire,楼道堆物\n'; done | sed '1i category,text' >many.csv
printf 'category,text\nfire,一二三四五六七八\n' >long-text.csv
printf 'category,where,text\nfire,北大街十二号老街,堆物\n' >long-field.csv
--- run
lim=300000
ldd "$(command -v fh-report)" | grep -q libasan && lim=unlimited
(ulimit -v $lim; fh-group import --csv /dev/zero; echo "roster zero $?")
(ulimit -v $lim; fh-report import /dev/zero; echo "report zero $?")
(ulimit -v $lim; fh-report import - </dev/zero; echo "report stdin zero $?")
fh-report --db small.db import long-line.csv; echo "line $?"
fh-report --db small.db import many.csv; echo "import $?"
cat many.csv | fh-report --db small.db import -; echo "piped import $?"
fh-report --db small.db import long-text.csv; echo "text $?"
fh-report --db small.db import long-field.csv; echo "field $?"
fh-report --db small.db add --category fire 一二三四五六七八; echo "add text $?"
fh --db small.db sql --no-header "SELECT count(*) FROM reports"
--- stdout
roster zero 1
report zero 1
report stdin zero 1
line 1
import 1
piped import 1
text 1
field 1
add text 1
0
--- stderr
fh-group: /dev/zero:1: line longer than the limit of 1048576 bytes (line_max_bytes in fh-config(5))
fh-report: /dev/zero:1: line longer than the limit of 1048576 bytes (line_max_bytes in fh-config(5))
fh-report: stdin:1: line longer than the limit of 1048576 bytes (line_max_bytes in fh-config(5))
fh-report: long-line.csv:2: line longer than the limit of 64 bytes (line_max_bytes in fh-config(5))
fh-report: 'many.csv' is 230 bytes, over the limit of 200 bytes (import_max_bytes in fh-config(5))
fh-report: 'stdin' is longer than the limit of 200 bytes (import_max_bytes in fh-config(5))
fh-report: long-text.csv:2:6: text is longer than the limit of 20 bytes (text_max_bytes in fh-config(5))
fh-report: long-field.csv:2:6: where is longer than the limit of 16 bytes (field_max_bytes in fh-config(5))
fh-report: text is longer than the limit of 20 bytes (text_max_bytes in fh-config(5))
--- unchanged
