fh sync export leaves personal data out of the changeset by default: no
member's name, contact, phone or address, and numbers in free texts masked;
--with-personal-data keeps them, and the export after it, without, takes
them out again without quoting them (a patchset: an update carries only the
new values).  Exports are numbered from 1 and print
their number; --again writes the last one again, byte for byte; an existing
file is never overwritten.
--- setup
fh init --station 枫泾派出所
fh-group import "$DATA/roster-small.yaml"
fh-report add --category fire --by S0001 --where 北大街路口 "通道堵塞，店主电话13800138000"
--- run
fh sync export -o 1.fhsync
grep -a -c -e 13800138000 -e 老街茶馆 -e 张三 -e 北大街12号 -e 13900139001 1.fhsync
grep -a -c '138\*\*\*\*8000' 1.fhsync
head -n 9 1.fhsync
fh sync export -o 1.fhsync; echo "exit $?"
fh sync export --again -o again.fhsync
cmp 1.fhsync again.fhsync && echo "the same bytes"
fh sync export --with-personal-data -o 2.fhsync
grep -a -c -e 13900139001 2.fhsync
grep -a -e '^personal-data' -e '^changes' 2.fhsync
fh sync export -o 3.fhsync
grep -a -c -e 13900139001 3.fhsync
fh sync -o x.fhsync; echo "exit $?"
--- stdout
1
0
1
fh-sync 1
station-id: X
station: 枫泾派出所
schema: N
sequence: 1
exported-at: 2026-11-23 10:00
full: no
personal-data: no
photos: no
exit 1
1
the same bytes
2
1
personal-data: yes
changes: 13
3
0
exit 2
--- filter
s/^station-id: [0-9a-f]\{32\}$/station-id: X/
s/^schema: [0-9][0-9]*$/schema: N/
--- stderr
fh: '1.fhsync' already exists: not overwriting it
fh: sync needs: export -o FILE (see 'fh --help')
