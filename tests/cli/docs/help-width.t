Every tool's --help, and every subcommand's (found in the tool's own
usage lines: the lowercase words after the tool's name, and each prefix of
them, "member" as well as "member add"), fits in 80 display columns (a
CJK character is two).  The expected output lists the lines wider than
that today, as "TOOL SUBCOMMAND: width: start of the line"; it must only
shrink: a new wide line fails, and each help text fixed is taken out of
the list.
--- run
for t in fh fh-group fh-report fh-activity fh-meeting fh-stats; do
	"$t" --help >help || echo "$t --help: exit $?"
	awk -v t="$t" '{ sub(/^usage:/, "") } $1 == t {
		s = ""
		for (i = 2; i <= NF && $i ~ /^[a-z][a-z-]*$/; i++) { s = s " " $i; print s }
	}' help | sort -u >subs
	printf '\n' | cat - subs | while IFS= read -r s; do
		# shellcheck disable=SC2086
		"$t" $s --help >out 2>&1 || echo "$t$s --help: exit $?"
		while IFS= read -r l; do
			w=$(printf '%s\n' "$l" | wc -L)
			[ "$w" -le 80 ] || printf '%s%s: %s: %.40s\n' "$t" "$s" "$w" "$l"
		done <out
	done
done
--- stdout
fh-group: 195:        fh-group member add CODE --name N
fh-group: 214:        fh-group member edit CODE [--name
fh-group: 104:        fh-group member list [--zone ZONE
fh-group member: 195: usage: fh-group member add CODE --name N
fh-group member: 214:        fh-group member edit CODE [--name
fh-group member: 104:        fh-group member list [--zone ZONE
fh-group member add: 195: usage: fh-group member add CODE --name N
fh-group member add: 214:        fh-group member edit CODE [--name
fh-group member add: 104:        fh-group member list [--zone ZONE
fh-group member edit: 195: usage: fh-group member add CODE --name N
fh-group member edit: 214:        fh-group member edit CODE [--name
fh-group member edit: 104:        fh-group member list [--zone ZONE
fh-group member leave: 195: usage: fh-group member add CODE --name N
fh-group member leave: 214:        fh-group member edit CODE [--name
fh-group member leave: 104:        fh-group member list [--zone ZONE
fh-group member list: 195: usage: fh-group member add CODE --name N
fh-group member list: 214:        fh-group member edit CODE [--name
fh-group member list: 104:        fh-group member list [--zone ZONE
fh-group member show: 195: usage: fh-group member add CODE --name N
fh-group member show: 214:        fh-group member edit CODE [--name
fh-group member show: 104:        fh-group member list [--zone ZONE
fh-report: 208: usage: fh-report add --category CAT [--b
fh-report: 173:        fh-report list [--status S] [--ca
fh-report add: 208: usage: fh-report add --category CAT [--b
fh-report list: 173: usage: fh-report list [--status S] [--ca
fh-activity: 162: usage: fh-activity add --kind KIND [--to
fh-activity: 114:        fh-activity list [--kind KIND] [-
fh-activity add: 162: usage: fh-activity add --kind KIND [--to
fh-activity list: 114: usage: fh-activity list [--kind KIND] [-
fh-meeting: 88:        fh-meeting agenda (ID | --zone Z 
fh-meeting: 97:        fh-meeting record ID --held-on DA
fh-meeting agenda: 88: usage: fh-meeting agenda (ID | --zone Z 
fh-meeting record: 97: usage: fh-meeting record ID --held-on DA
fh-stats: 118:        fh-stats trend [--by month|week] 
fh-stats trend: 118: usage: fh-stats trend [--by month|week] 
