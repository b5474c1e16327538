Every tool, reading or writing, refuses a file that is not a database, an
SQLite file that is not fh's, a newer schema and a corrupted file with a
clear error and exit 1, and leaves each file as it was.  (The corrupted
file has every page but the first zeroed, so that every command meets the
damage; damage in pages a command does not read goes unseen until fh check.)
--- setup
printf 'hello, this is text\n' > text.db
sqlite3 other.db "CREATE TABLE t(x)"
fh init --db newer.db
sqlite3 newer.db "PRAGMA user_version = 99"
fh init --db bad.db
fh-group zone add --db bad.db Z1 北区块
dd if=/dev/zero of=bad.db bs=4096 seek=1 count=$(( $(stat -c %s bad.db) / 4096 - 1 )) conv=notrunc 2>/dev/null
--- run
sha256sum *.db > before
for db in text.db other.db newer.db bad.db; do
	for c in "fh-group zone list" "fh-group zone add Z2 南区块" "fh-report list" \
		"fh-report add --category fire 井盖缺失" "fh-activity list" "fh-activity add --kind drill" \
		"fh-meeting list" "fh-meeting plan --quarter 2026Q4" "fh-stats summary" "fh audit"; do
		$c --db $db >/dev/null; echo "$db ${c%% *} ${c#* } exit $?"
	done
done 2>errors
sort -u errors
sha256sum -c --quiet before && echo "files unchanged"
--- filter
s/this fh knows ([0-9]*)/this fh knows (N)/
--- stdout
text.db fh-group zone list exit 1
text.db fh-group zone add Z2 南区块 exit 1
text.db fh-report list exit 1
text.db fh-report add --category fire 井盖缺失 exit 1
text.db fh-activity list exit 1
text.db fh-activity add --kind drill exit 1
text.db fh-meeting list exit 1
text.db fh-meeting plan --quarter 2026Q4 exit 1
text.db fh-stats summary exit 1
text.db fh audit exit 1
other.db fh-group zone list exit 1
other.db fh-group zone add Z2 南区块 exit 1
other.db fh-report list exit 1
other.db fh-report add --category fire 井盖缺失 exit 1
other.db fh-activity list exit 1
other.db fh-activity add --kind drill exit 1
other.db fh-meeting list exit 1
other.db fh-meeting plan --quarter 2026Q4 exit 1
other.db fh-stats summary exit 1
other.db fh audit exit 1
newer.db fh-group zone list exit 1
newer.db fh-group zone add Z2 南区块 exit 1
newer.db fh-report list exit 1
newer.db fh-report add --category fire 井盖缺失 exit 1
newer.db fh-activity list exit 1
newer.db fh-activity add --kind drill exit 1
newer.db fh-meeting list exit 1
newer.db fh-meeting plan --quarter 2026Q4 exit 1
newer.db fh-stats summary exit 1
newer.db fh audit exit 1
bad.db fh-group zone list exit 1
bad.db fh-group zone add Z2 南区块 exit 1
bad.db fh-report list exit 1
bad.db fh-report add --category fire 井盖缺失 exit 1
bad.db fh-activity list exit 1
bad.db fh-activity add --kind drill exit 1
bad.db fh-meeting list exit 1
bad.db fh-meeting plan --quarter 2026Q4 exit 1
bad.db fh-stats summary exit 1
bad.db fh audit exit 1
fh-activity: 'other.db' is not an fh database
fh-activity: 'text.db' is not an fh database (file is not a database)
fh-activity: cannot prepare a query: database disk image is malformed
fh-activity: database 'newer.db' has schema version 99, newer than this fh knows (N): upgrade fh
fh-group: 'other.db' is not an fh database
fh-group: 'text.db' is not an fh database (file is not a database)
fh-group: cannot prepare a query: database disk image is malformed
fh-group: database 'newer.db' has schema version 99, newer than this fh knows (N): upgrade fh
fh-meeting: 'other.db' is not an fh database
fh-meeting: 'text.db' is not an fh database (file is not a database)
fh-meeting: cannot prepare a query: database disk image is malformed
fh-meeting: database 'newer.db' has schema version 99, newer than this fh knows (N): upgrade fh
fh-report: 'other.db' is not an fh database
fh-report: 'text.db' is not an fh database (file is not a database)
fh-report: cannot prepare a query: database disk image is malformed
fh-report: database 'newer.db' has schema version 99, newer than this fh knows (N): upgrade fh
fh-stats: 'bad.db': cannot prepare a query: database disk image is malformed
fh-stats: 'other.db' is not an fh database
fh-stats: 'text.db' is not an fh database (file is not a database)
fh-stats: database 'newer.db' has schema version 99, newer than this fh knows (N): upgrade fh
fh: 'other.db' is not an fh database
fh: 'text.db' is not an fh database (file is not a database)
fh: cannot prepare a query: database disk image is malformed
fh: database 'newer.db' has schema version 99, newer than this fh knows (N): upgrade fh
files unchanged
--- locales
C.UTF-8
