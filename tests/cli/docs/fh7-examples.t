The walk through a station's year in fh(7) is run as written: every
command line ("$ " and its "\e" continuations) of the page's literal
displays, in order, in one directory, the page's own files prepared first
(a roster from gen-station, the station's configuration, a photo, minutes,
a neighbouring station's database).  Where the page shows output after a
command, the command's output (standard output and error, as a terminal
shows them) must be the same, but for the width of the spaces between
columns (tables on a terminal, TSV here); where it shows none, the command
must succeed, or exit 3 with nothing on standard error (it found what it
was asked about: late reports, roster problems).  Mismatches are printed with the page's line.
--- setup
"$FH_BUILD/examples/gen-station" --members 40 --zones 2 --mobile 3 --seed 3 >roster.yaml
cp "$EXAMPLES/station.yaml" station.yaml
printf '\377\330\377\340JFIF-exit' >exit.jpg
printf '会议通报了第三季度隐患处置情况。\n' >minutes.txt
fh init --db xinbang.db --station 新浜派出所
sed '/^station:/d' roster.yaml | fh-group import --db xinbang.db -
fh-report add --db xinbang.db --category fire --zone Z1 --at "2026-10-08 09:00" 电动车楼道充电 >/dev/null
fh-report add --db xinbang.db --category lost-person --zone Z2 --at "2026-11-02 16:00" 走失老人已送回 >/dev/null
--- run
mkdir .fh7
awk -v dir="$PWD/.fh7" '
	function unescape(s) { gsub(/\\e/, "\\", s); gsub(/\\&/, "", s); gsub(/\\-/, "-", s); return s }
	/^\.Bd -literal/ { lit = 1; cont = 0; cur = 0; next }
	/^\.Ed/ { lit = 0; cont = 0; next }
	!lit { next }
	{ line = unescape($0) }
	cont { print line >> (dir "/cmd." n); cont = (line ~ /\\$/); next }
	/^\$ / { n++; print NR > (dir "/line." n); print substr(line, 3) > (dir "/cmd." n)
		printf "" > (dir "/want." n); cur = 1; cont = (line ~ /\\$/); next }
	cur { print line >> (dir "/want." n) }
	END { print n + 0 > (dir "/count") }' "$TOP/man/fh.7"
n=$(cat .fh7/count)
# One shell runs them all, so that a variable set by one command line
# (id=$(fh-report add ...)) is there for the next.
i=0
while [ "$i" -lt "$n" ]; do
	i=$((i + 1))
	printf '{\n%s\n} >.fh7/out.%d 2>.fh7/err.%d </dev/null\necho $? >.fh7/rc.%d\n' \
		"$(cat .fh7/cmd.$i)" "$i" "$i" "$i"
done >.fh7/script
bash .fh7/script
norm() { sed -e 's/[[:space:]][[:space:]]*/ /g' -e 's/^ //' -e 's/ $//' "$1"; }
shown=0 i=0
while [ "$i" -lt "$n" ]; do
	i=$((i + 1))
	line=$(cat .fh7/line.$i) rc=$(cat .fh7/rc.$i) first=$(head -n 1 .fh7/cmd.$i)
	if [ -s .fh7/want.$i ]; then
		shown=$((shown + 1))
		cat .fh7/err.$i >>.fh7/out.$i
		if ! norm .fh7/want.$i | cmp -s - <(norm .fh7/out.$i); then
			echo "fh.7:$line: $first: output differs:"
			diff <(norm .fh7/want.$i) <(norm .fh7/out.$i) | head -n 10
		fi
	elif [ "$rc" != 0 ] && { [ "$rc" != 3 ] || [ -s .fh7/err.$i ]; }; then
		echo "fh.7:$line: $first: exit $rc: $(head -n 2 .fh7/err.$i)"
	fi
done
echo "fh(7): $n commands, $shown with their output"
--- stdout
fh(7): 49 commands, 31 with their output
--- locales
C.UTF-8
