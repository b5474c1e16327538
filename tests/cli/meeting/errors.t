Wrong meetings, actions, dates and quarters are refused, and nothing changes.
--- setup
. "$DATA/stats-meetings.sh"
printf '\377\376bad' > bad.txt
--- run
fh-meeting plan --quarter 2026Q5; echo "exit $?"
fh-meeting plan; echo "exit $?"
fh-meeting plan --quarter 2027Q1 --zone Z9; echo "exit $?"
fh-meeting record 9 --held-on 2026-11-20; echo "exit $?"
fh-meeting record 2 --held-on 2026-13-01; echo "exit $?"
fh-meeting record 2; echo "exit $?"
fh-meeting record 2 --held-on 2026-11-20 --attended G001,G404; echo "exit $?"
fh-meeting record 2 --held-on 2026-11-20 --minutes bad.txt; echo "exit $?"
fh-meeting record 2 --held-on 2026-11-20 --minutes missing.txt; echo "exit $?"
fh-meeting action add 9 事项; echo "exit $?"
fh-meeting action add 2 ''; echo "exit $?"
fh-meeting action done 2; echo "exit $?"
fh-meeting action done 7; echo "exit $?"
fh-meeting action undo 1; echo "exit $?"
fh-meeting show 9; echo "exit $?"
--- stdout
exit 1
exit 2
exit 1
exit 1
exit 1
exit 2
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 2
exit 1
--- stderr
fh-meeting: invalid quarter '2026Q5' (expected e.g. 2026Q4)
fh-meeting: plan needs --quarter (see 'fh-meeting --help')
fh-meeting: unknown zone 'Z9'
fh-meeting: no meeting with id 9
fh-meeting: invalid date '2026-13-01': no such day
fh-meeting: record needs --held-on (see 'fh-meeting --help')
fh-meeting: unknown group 'G404'
fh-meeting: the minutes are not valid UTF-8 text
fh-meeting: cannot open 'missing.txt': No such file or directory
fh-meeting: no meeting with id 9
fh-meeting: the action's text is empty or not UTF-8
fh-meeting: action 2 was already done on 2026-10-10
fh-meeting: no action with number 7
fh-meeting: unknown action command 'undo' (use add, done, edit, cancel or list) (see 'fh-meeting --help')
fh-meeting: no meeting with id 9
--- unchanged
