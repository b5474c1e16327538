Dates that do not exist (2026-02-30, 2025-02-29, 2026-04-31, month 13,
hour 24) are refused by every tool, naming the value; nothing is written.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
fh-meeting plan --quarter 2026Q4 --zone Z1
fh-report add --category fire 消防通道堵塞
--- run
fh-report add --category fire --at 2026-02-30 x; echo "exit $?"
fh-report add --category fire --at "2026-11-23 24:00" x; echo "exit $?"
fh-report handle 1 --at 2026-04-31; echo "exit $?"
fh-report list --since 2025-02-29; echo "exit $?"
fh-group member add S0099 --name 新店 --zone Z1 --joined 2026-02-30; echo "exit $?"
fh-group member leave S0001 --on 2026-13-01; echo "exit $?"
fh-group add G099 --zone Z1 --formed 2026-00-10; echo "exit $?"
fh-activity add --kind drill --on 2026-02-30; echo "exit $?"
fh-activity list --since 2026-02-30; echo "exit $?"
fh-meeting record 1 --held-on 2026-02-30; echo "exit $?"
fh-meeting action add 1 清理通道 --due 2026-06-31; echo "exit $?"
fh-stats summary --period 2026-02-30; echo "exit $?"
fh-stats summary --since 2026-02-30 --until 2026-03-01; echo "exit $?"
fh audit --since 2026-02-30; echo "exit $?"
--- stdout
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
--- stderr
fh-report: invalid time '2026-02-30': no such day or hour
fh-report: invalid time '2026-11-23 24:00': no such day or hour
fh-report: invalid time '2026-04-31': no such day or hour
fh-report: --since: invalid date '2025-02-29': no such day
fh-group: --joined: invalid date '2026-02-30': no such day
fh-group: --on: invalid date '2026-13-01': no such day
fh-group: --formed: invalid date '2026-00-10': no such day
fh-activity: invalid date '2026-02-30': no such day
fh-activity: --since: invalid date '2026-02-30': no such day
fh-meeting: invalid date '2026-02-30': no such day
fh-meeting: invalid date '2026-06-31': no such day
fh-stats: --period: invalid date '2026-02-30': no such day
fh-stats: --since: invalid date '2026-02-30': no such day
fh: --since: invalid date '2026-02-30': no such day
--- unchanged
