Each tool's subcommands as its --help names them (the lowercase words
after the tool's name on each usage line) are the subcommands of its man
page's SYNOPSIS (the .Cm line after each .Nm in man/TOOL.1), and the other
way round.  Lines start "help only:" or "man only:" for a mismatch.
--- run
for t in fh fh-group fh-report fh-activity fh-meeting fh-stats; do
	"$t" --help | awk -v t="$t" '{ sub(/^usage:/, "") } $1 == t {
		s = ""
		for (i = 2; i <= NF && $i ~ /^[a-z][a-z-]*$/; i++) s = s " " $i
		if (s != "") print t s
	}' | sort -u >help
	awk -v t="$t" '
		/^\.Sh / { syn = ($2 == "SYNOPSIS"); next }
		!syn { next }
		/^\.Nm/ { after = 1; next }
		after && /^\.Cm / {
			s = ""
			for (i = 2; i <= NF && $i ~ /^[a-z][a-z-]*$/; i++) s = s " " $i
			if (s != "") print t s
		}
		{ after = 0 }' "$TOP/man/$t.1" | sort -u >man
	comm -23 help man | sed 's/^/help only: /'
	comm -13 help man | sed 's/^/man only: /'
	echo "$t: $(wc -l <help) subcommands"
done
--- stdout
fh: 9 subcommands
fh-group: 29 subcommands
fh-report: 16 subcommands
fh-activity: 6 subcommands
fh-meeting: 13 subcommands
fh-stats: 7 subcommands
