An id that cannot be written to stdout before the commit undoes the change:
report add, activity add, meeting action add and meeting plan exit 1 with
nothing saved, and say so once.
--- setup
fh init
fh-group zone add Z1 北区块
--- run
fh-report add --category fire 楼道堆物 >/dev/full; echo "report add $?"
fh-activity add --kind patrol >/dev/full; echo "activity add $?"
fh-meeting plan --quarter 2026Q4 >/dev/full; echo "meeting plan $?"
fh-meeting plan --quarter 2026Q4 >/dev/null
fh-meeting action add 1 整改 >/dev/full; echo "action add $?"
sqlite3 fh.db "SELECT (SELECT count(*) FROM reports), (SELECT count(*) FROM activities), (SELECT count(*) FROM meeting_actions)"
--- stdout
report add 1
activity add 1
meeting plan 1
action add 1
0|0|0
--- stderr
fh-report: cannot write output: No space left on device; nothing was changed
fh-activity: cannot write output: No space left on device; nothing was changed
fh-meeting: cannot write output: No space left on device
fh-meeting: cannot write output: No space left on device; nothing was changed
