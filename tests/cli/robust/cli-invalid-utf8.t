Text typed on the command line that is not UTF-8 is refused by every tool
that stores it, naming the option; nothing is written.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
fh-meeting plan --quarter 2026Q4 --zone Z1
fh-report add --category fire 消防通道堵塞
--- run
bad=$(printf '\377\376')
cut=$(printf '\344\270')
fh-group zone add Z9 "$bad"; echo "exit $?"
fh-group zone add "Z$bad" 九区; echo "exit $?"
fh-group member add S0099 --name "$cut" --zone Z1; echo "exit $?"
fh-group member edit S0001 --note "$bad"; echo "exit $?"
fh-group add G099 --zone Z1 --name "$bad"; echo "exit $?"
fh-group team add T9 "$bad" --kind patrol; echo "exit $?"
fh-activity add --kind drill --led-by "$bad"; echo "exit $?"
fh-meeting record 1 --held-on 2026-11-20 --chair "$cut"; echo "exit $?"
fh-meeting action add 1 清理通道 --owner "$bad"; echo "exit $?"
fh-meeting action add 1 "$bad"; echo "exit $?"
fh-report add --category fire --where "$bad" 井盖缺失; echo "exit $?"
fh-report add --category fire "$cut"; echo "exit $?"
fh-report handle 1 --note "$bad"; echo "exit $?"
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
--- stderr
fh-group: invalid UTF-8 in the zone name
fh-group: invalid UTF-8 in the zone code
fh-group: invalid UTF-8 in --name
fh-group: invalid UTF-8 in --note
fh-group: invalid UTF-8 in --name
fh-group: invalid UTF-8 in the team name
fh-activity: invalid UTF-8 in --topic, --led-by or --note
fh-meeting: invalid UTF-8 in --chair
fh-meeting: invalid UTF-8 in --owner
fh-meeting: the action's text is empty or not UTF-8
fh-report: invalid UTF-8 in where
fh-report: invalid UTF-8 in text
fh-report: invalid UTF-8 in --note
--- unchanged
