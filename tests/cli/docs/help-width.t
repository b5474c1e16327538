Every tool's --help, and every subcommand's (found in the tool's own
usage lines: the lowercase words after the tool's name, and each prefix of
them, "member" as well as "member add"), fits in 80 display columns (a
CJK character is two).  A wider line is printed as "TOOL SUBCOMMAND: width: start of the line"
and fails the case.
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
