A backup killed mid-copy leaves DEST.tmp-PID (and its journal): the next
backup to DEST removes those whose process is gone.
--- setup
fh init
echo stale > copy.db.tmp-999999999
echo stale > copy.db.tmp-999999999-journal
--- run
fh backup copy.db
ls
--- stdout
copy.db
fh.db
