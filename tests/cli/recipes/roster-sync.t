examples/roster-sync.sh keeps the roster in step with a spreadsheet
exported as CSV with a UTF-8 byte order mark and CRLF line ends.  The
first sheet brings four members; the second drops S0002 (who leads G001),
adds S0005 and changes S0003's phone: the dry run tells so and changes
nothing, the real run imports and marks S0002 as left on the given date,
a second run changes nothing more, and a third sheet with S0002 back
brings S0002 back.  A sheet with an unknown zone (and without S0002)
changes nothing at all: nobody is marked as left.  Last, the command
lines of the cookbook's section on the roster, taken from it, with the
second sheet: S0002 leaves again and the hand comparison finds no one
missing after that.
--- setup
fh init
fh-group zone add Z1 北区块
fh-group add G001 --zone Z1
bom=$(printf '\357\273\277')
{
	printf '%s\r\n' "${bom}code,kind,name,contact,phone,address,zone,group"
	printf '%s\r\n' 'S0001,shop,老街茶馆,张三,13800138000,北大街12号,Z1,G001'
	printf '%s\r\n' 'S0002,shop,"福源书画店, 二楼",李四,13800138001,北大街14号,Z1,G001'
	printf '%s\r\n' 'S0003,household,王五家,王五,13800138002,和平街3号,Z1,G001'
	printf '%s\r\n' 'M001,mobile,赵六,,13800138003,外卖骑手,Z1,'
} >v1.csv
{
	printf '%s\r\n' "${bom}code,kind,name,contact,phone,address,zone,group"
	printf '%s\r\n' 'S0001,shop,老街茶馆,张三,13800138000,北大街12号,Z1,G001'
	printf '%s\r\n' 'S0003,household,王五家,王五,13900139002,和平街3号,Z1,G001'
	printf '%s\r\n' 'S0005,shop,同福理发店,孙七,13800138005,和平街9号,Z1,G001'
	printf '%s\r\n' 'M001,mobile,赵六,,13800138003,外卖骑手,Z1,'
} >v2.csv
cat v2.csv >v3.csv
printf '%s\r\n' 'S0002,shop,"福源书画店, 二楼",李四,13800138001,北大街14号,Z1,G001' >>v3.csv
sed 's/^S0001,shop,老街茶馆,张三,13800138000,北大街12号,Z1/S0001,shop,老街茶馆,张三,13800138000,北大街12号,Z9/' v2.csv >bad.csv
--- run
sh "$EXAMPLES/roster-sync.sh" v1.csv
fh-group leader G001 S0002 --letter-signed 2026-03-01
echo "== dry run"
fh sql "SELECT count(*) AS changes FROM audit" >before
sh "$EXAMPLES/roster-sync.sh" --dry-run v2.csv
fh sql "SELECT count(*) AS changes FROM audit" | cmp - before && echo unchanged
echo "== for real"
sh "$EXAMPLES/roster-sync.sh" --on 2026-11-20 v2.csv
fh-group member list --all -f tsv | cut -f 1,3,5,8,12
fh-group list | cut -f 1-5
echo "== again"
sh "$EXAMPLES/roster-sync.sh" --on 2026-11-20 v2.csv
echo "== back"
sh "$EXAMPLES/roster-sync.sh" v3.csv
fh-group member list --active --no-header | cut -f 1 | tr '\n' ' '; echo
echo "== bad sheet"
fh sql "SELECT count(*) AS changes FROM audit" >before
sh "$EXAMPLES/roster-sync.sh" bad.csv
echo "exit $?"
fh sql "SELECT count(*) AS changes FROM audit" | cmp - before && echo unchanged
sh "$EXAMPLES/roster-sync.sh" --on
echo "exit $?"
echo "== the cookbook's lines, with v2.csv for roster.csv"
awk '/^## / { s = ($0 ~ /^## Keeping the roster/) }
	s && /^```sh$/ { c = 1; next }
	s && c && /^```$/ { c = 0 }
	s && c && /^\$ / { print substr($0, 3) }' "$EXAMPLES/cookbook.md" |
	sed -e "s#examples/#$EXAMPLES/#" -e 's/roster\.csv/v2.csv/g' >lines
while IFS= read -r c; do bash -c "$c" </dev/null; echo "exit $?"; done <lines
--- stdout
new M001
new S0001
new S0002
new S0003
== dry run
new S0005
leave S0002
unchanged
== for real
new S0005
leave S0002
member	name	phone	group	left_on
M001	赵六	138****8003		
S0001	老街茶馆	138****8000	G001	
S0002	福源书画店, 二楼	138****8001	G001	2026-11-20
S0003	王五家	139****9002	G001	
S0005	同福理发店	138****8005	G001	
group	zone	size	leader	letter_signed
G001	Z1	3		
== again
== back
rejoin S0002
M001 S0001 S0002 S0003 S0005 
== bad sheet
exit 1
unchanged
exit 2
== the cookbook's lines, with v2.csv for roster.csv
leave S0002
exit 0
leave S0002
exit 0
exit 0
exit 0
--- stderr
fh-group: dry run, nothing changed: zones 0 new 0 updated, groups 0 new 0 updated, members 1 new 3 updated, teams 0 new 0 updated, leaders 0 new
fh-group: bad.csv:2:7: unknown zone 'Z9'
usage: roster-sync.sh [--dry-run] [--on DATE] SHEET.csv
fh-group: dry run, nothing changed: zones 0 new 0 updated, groups 0 new 0 updated, members 0 new 4 updated, teams 0 new 0 updated, leaders 0 new
