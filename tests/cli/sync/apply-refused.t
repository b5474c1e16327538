fh bureau apply refuses, and leaves the bureau's file as it was: a file
altered or cut short (its checksum), a file from another schema version
(checksum made right), a gap in a station's sequence (naming the station
and the missing file), a station whose sequence goes back (its database
restored from an older backup, then changed), and another station bearing
the name of one the bureau knows.  The same file again changes nothing and
exits 0 with a note.
--- setup
fh init --db s1.db --station 站1
sed 's/枫泾派出所/站1/' "$DATA/roster-small.yaml" > r.yaml
fh-group import --db s1.db r.yaml
fh --db s1.db sync export -o 1.fhsync
fh --db s1.db backup old.db
fh-report add --db s1.db --category fire --by S0001 --where 北大街路口 通道堵塞
fh --db s1.db sync export -o 2.fhsync
fh-report add --db s1.db --category theft --by S0002 --where 北大街路口 电瓶被盗
fh --db s1.db sync export -o 3.fhsync
fh-report add --db old.db --category consult --by S0003 --where 南大街 咨询
fh --db old.db sync export -o old-2.fhsync
fh init --db other.db --station 站1
fh --db other.db sync export -o other-1.fhsync
fh bureau init fh.db
fh bureau apply 1.fhsync 2.fhsync
n=$(($(stat -c %s 3.fhsync) - 73))
head -c $n 3.fhsync | LC_ALL=C sed 's/^schema: [0-9]*$/schema: 99/' > body
{ cat body; printf 'sha256: %s\n' "$(sha256sum body | cut -c 1-64)"; } > schema.fhsync
head -c $n 3.fhsync > cut.fhsync
cp 3.fhsync altered.fhsync
printf 'Z' | dd of=altered.fhsync bs=1 seek=$((n - 20)) conv=notrunc 2>/dev/null
--- run
fh bureau apply 2.fhsync; echo "exit $?"
fh bureau apply cut.fhsync; echo "exit $?"
fh bureau apply altered.fhsync; echo "exit $?"
fh bureau apply schema.fhsync; echo "exit $?"
fh bureau apply old-2.fhsync; echo "exit $?"
fh bureau apply other-1.fhsync; echo "exit $?"
fh bureau apply nothing.fhsync; echo "exit $?"
fh bureau apply --db s1.db 3.fhsync; echo "exit $?"
fh bureau apply; echo "exit $?"
--- stdout
exit 0
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 2
--- stderr
fh: '2.fhsync' (station '站1', file 2) was applied before: nothing changed
fh: 'cut.fhsync' is not an fh changeset, or is cut short
fh: 'altered.fhsync' does not match its checksum: it was cut short or altered
fh: 'schema.fhsync' comes from schema version 99, this fh knows N: the station and the bureau need the same version of fh
fh: station '站1': 'old-2.fhsync' is file 2 again, with other changes than the one applied (the bureau has up to 2): the station's database went back, restored from an older backup; export with 'fh sync export --full' there to replace its rows
fh: station '站1' in 'other-1.fhsync' has another identity than the station of that name the bureau knows (XXXXXXXX): a copy or a new database of a station cannot feed the bureau as another one
fh: cannot open 'nothing.fhsync': No such file or directory
fh: 's1.db' is not a bureau's file (see 'fh bureau init')
fh: bureau needs init FILE or apply FILE ... (see 'fh --help')
--- filter
s/knows ([0-9a-f]\{8\})/knows (XXXXXXXX)/
s/this fh knows [0-9][0-9]*:/this fh knows N:/
--- unchanged
