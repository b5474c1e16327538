Each tool's usage lines in --help say what its man page's SYNOPSIS says,
line for line (a synopsis wrapped to 80 columns in --help counting as one
line), once both are written the same way: the page rendered by
mandoc on one line per entry, case folded (the page writes arguments in
lower case, as mdoc does), runs of spaces made one, and no spaces around
"|" or before "...".  A difference is printed as diff(1) shows it, "<"
for --help and ">" for the page.
--- run
norm() { tr 'A-Z' 'a-z' | sed -e 's/^ *//' -e '/^$/d' -e 's/  */ /g' -e 's/ *| */|/g' -e 's/ \.\.\./.../g'; }
for t in fh fh-group fh-report fh-activity fh-meeting fh-stats; do
	# A long synopsis wraps in --help; its continuation lines join the line they continue.
	"$t" --help | sed -n '/^usage:/,/^$/p' | sed 's/^usage://' |
		awk -v t="$t" '$1 == t { if (l != "") print l; l = $0; next } /^ *$/ { next } { l = l " " $0 } END { if (l != "") print l }' | norm >help
	mandoc -T ascii -O width=1000 "$TOP/man/$t.1" | sed 's/.\x08//g' |
		sed -n '/^SYNOPSIS/,/^[A-Z]/p' | sed '1d;$d' | norm >man
	diff help man >d && echo "$t: $(wc -l <help) usage lines agree" || { echo "$t:"; cat d; }
done
--- stdout
fh: 10 usage lines agree
fh-group: 29 usage lines agree
fh-report: 16 usage lines agree
fh-activity: 6 usage lines agree
fh-meeting: 13 usage lines agree
fh-stats: 7 usage lines agree
