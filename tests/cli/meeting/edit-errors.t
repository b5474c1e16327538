fh-meeting edit, cancel, action edit and action cancel refuse what plan,
record and action add refuse (a planned day outside the quarter, a held
day in the future, a group of another zone, an empty text, a bad date),
a meeting or item that does not exist or was cancelled, and a cancel
without a reason; record takes no --on; nothing changes.
--- setup
. "$DATA/stats-meetings.sh"
fh-meeting cancel 3 --reason 改期
fh-meeting action cancel 2 --reason 重复
--- run
fh-meeting edit 2 --on 2027-01-05
fh-meeting edit 2 --held-on 2026-11-24
fh-meeting edit 2 --attended G001,G003
fh-meeting edit 9 --place x
fh-meeting edit 3 --place x
fh-meeting edit 2 --chair "$(printf '\377')"
fh-meeting record 2 --held-on 2026-11-20 --on 2026-11-20
fh-meeting cancel 2
fh-meeting cancel 3 --reason again
fh-meeting action edit 1 --text ''
fh-meeting action edit 1 --due 2026-13-01
fh-meeting action edit 2 --owner x
fh-meeting action edit 7 --owner x
fh-meeting action cancel 2 --reason again
fh-meeting action done 2
fh-meeting action add 3 新事项
fh-meeting edit 2 --on 2026-12-20
echo "exit $?"
--- stdout
exit 0
--- unchanged
--- stderr
fh-meeting: date '2027-01-05' is not in quarter 2026Q4
fh-meeting: date '2026-11-24' is in the future
fh-meeting: group 'G003' is not in zone 'Z1' of the meeting
fh-meeting: no meeting with id 9
fh-meeting: meeting 3 was cancelled
fh-meeting: invalid UTF-8 in --chair
fh-meeting: record takes no --on, --place or --title (use edit) (see 'fh-meeting --help')
fh-meeting: cancel needs --reason (see 'fh-meeting --help')
fh-meeting: meeting 3 was cancelled
fh-meeting: the action's text is empty or not UTF-8
fh-meeting: invalid date '2026-13-01': no such day
fh-meeting: action 2 was cancelled
fh-meeting: no action with number 7
fh-meeting: action 2 was cancelled
fh-meeting: action 2 was cancelled
fh-meeting: meeting 3 was cancelled
