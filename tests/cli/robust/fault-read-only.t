A database the user cannot write (run as nobody; the case's directory made
traversable): with its directory read-only too, every tool says it cannot
read it for want of room for its -wal and -shm files; in a writable
directory it reads, and every writing command fails with a clear error.
Exit 1 each time; the database is unchanged.  Skipped (the same output
printed) where neither setpriv nor su can run a command as nobody.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
fh-report add --category fire 消防通道堵塞 >/dev/null
printf '{"category":"fire","text":"x"}\n' > one.jsonl
--- run
as_nobody() {
	if command -v setpriv >/dev/null; then
		setpriv --reuid=nobody --regid=nogroup --clear-groups "$@"
	else
		su nobody -s /bin/sh -c '"$0" "$@"' -- "$@"
	fi
}
tools() {
	for c in "fh-group zone list" "fh-report list" "fh-stats summary" "fh sql SELECT\ 1" \
		"fh-group zone add Z9 九区" "fh-report import one.jsonl" "fh-report handle 1 --note 已处置" \
		"fh-activity add --kind drill" "fh-meeting plan --quarter 2026Q4" "fh purge S0001"; do
		eval "as_nobody $c" >/dev/null; echo "${c%% *} exit $?"
	done 2>&1
}
if [ "$(id -u)" = 0 ] && { command -v setpriv || command -v su; } >/dev/null && id nobody >/dev/null 2>&1; then
	d=$PWD
	while [ "$d" != / ]; do chmod o+x "$d"; d=$(dirname "$d"); done
	chmod 644 fh.db one.jsonl
	chmod 755 .
	echo "== read-only directory"
	tools
	chmod 1777 .
	echo "== read-only file"
	tools
	chmod 755 .
	rm -f fh.db-wal fh.db-shm
else
	cat <<'OUT'
== read-only directory
fh-group: cannot read 'fh.db': its directory is read-only, and SQLite must make the files 'fh.db-wal' and 'fh.db-shm' beside it
fh-group exit 1
fh-report: cannot read 'fh.db': its directory is read-only, and SQLite must make the files 'fh.db-wal' and 'fh.db-shm' beside it
fh-report exit 1
fh-stats: cannot read 'fh.db': its directory is read-only, and SQLite must make the files 'fh.db-wal' and 'fh.db-shm' beside it
fh-stats exit 1
fh: cannot read 'fh.db': its directory is read-only, and SQLite must make the files 'fh.db-wal' and 'fh.db-shm' beside it
fh exit 1
fh-group: cannot read 'fh.db': its directory is read-only, and SQLite must make the files 'fh.db-wal' and 'fh.db-shm' beside it
fh-group exit 1
fh-report: cannot read 'fh.db': its directory is read-only, and SQLite must make the files 'fh.db-wal' and 'fh.db-shm' beside it
fh-report exit 1
fh-report: cannot read 'fh.db': its directory is read-only, and SQLite must make the files 'fh.db-wal' and 'fh.db-shm' beside it
fh-report exit 1
fh-activity: cannot read 'fh.db': its directory is read-only, and SQLite must make the files 'fh.db-wal' and 'fh.db-shm' beside it
fh-activity exit 1
fh-meeting: cannot read 'fh.db': its directory is read-only, and SQLite must make the files 'fh.db-wal' and 'fh.db-shm' beside it
fh-meeting exit 1
fh: cannot read 'fh.db': its directory is read-only, and SQLite must make the files 'fh.db-wal' and 'fh.db-shm' beside it
fh exit 1
== read-only file
fh-group exit 0
fh-report exit 0
fh-stats exit 0
fh exit 0
fh-group: cannot change the roster: database 'fh.db' is read-only
fh-group exit 1
fh-report: database error: database 'fh.db' is read-only
fh-report exit 1
fh-report: cannot change a report: database 'fh.db' is read-only
fh-report exit 1
fh-activity: cannot add the activity: database 'fh.db' is read-only
fh-activity exit 1
fh-meeting: cannot change the meetings: database 'fh.db' is read-only
fh-meeting exit 1
fh: cannot purge a member: database 'fh.db' is read-only
fh exit 1
OUT
fi
--- stdout
== read-only directory
fh-group: cannot read 'fh.db': its directory is read-only, and SQLite must make the files 'fh.db-wal' and 'fh.db-shm' beside it
fh-group exit 1
fh-report: cannot read 'fh.db': its directory is read-only, and SQLite must make the files 'fh.db-wal' and 'fh.db-shm' beside it
fh-report exit 1
fh-stats: cannot read 'fh.db': its directory is read-only, and SQLite must make the files 'fh.db-wal' and 'fh.db-shm' beside it
fh-stats exit 1
fh: cannot read 'fh.db': its directory is read-only, and SQLite must make the files 'fh.db-wal' and 'fh.db-shm' beside it
fh exit 1
fh-group: cannot read 'fh.db': its directory is read-only, and SQLite must make the files 'fh.db-wal' and 'fh.db-shm' beside it
fh-group exit 1
fh-report: cannot read 'fh.db': its directory is read-only, and SQLite must make the files 'fh.db-wal' and 'fh.db-shm' beside it
fh-report exit 1
fh-report: cannot read 'fh.db': its directory is read-only, and SQLite must make the files 'fh.db-wal' and 'fh.db-shm' beside it
fh-report exit 1
fh-activity: cannot read 'fh.db': its directory is read-only, and SQLite must make the files 'fh.db-wal' and 'fh.db-shm' beside it
fh-activity exit 1
fh-meeting: cannot read 'fh.db': its directory is read-only, and SQLite must make the files 'fh.db-wal' and 'fh.db-shm' beside it
fh-meeting exit 1
fh: cannot read 'fh.db': its directory is read-only, and SQLite must make the files 'fh.db-wal' and 'fh.db-shm' beside it
fh exit 1
== read-only file
fh-group exit 0
fh-report exit 0
fh-stats exit 0
fh exit 0
fh-group: cannot change the roster: database 'fh.db' is read-only
fh-group exit 1
fh-report: database error: database 'fh.db' is read-only
fh-report exit 1
fh-report: cannot change a report: database 'fh.db' is read-only
fh-report exit 1
fh-activity: cannot add the activity: database 'fh.db' is read-only
fh-activity exit 1
fh-meeting: cannot change the meetings: database 'fh.db' is read-only
fh-meeting exit 1
fh: cannot purge a member: database 'fh.db' is read-only
fh exit 1
--- unchanged
