examples/crontab: every job line has five time fields and a command, and
each command runs against a test database once the crontab's paths point
at it (cron turns \% into %).  The weekly job writes the figures and the
late hazards (no mail(1) here, so to stdout); the backup job makes a copy
that passes fh check; the check job prints the roster's problems and exits 3 (G005 has
no leader, G004's leader has left), as cron would mail them.
--- setup
fh init
sqlite3 -cmd ".load $FH_BIGRAM_EXT" fh.db < "$DATA/stats-basic.sql"
--- run
grep -v -e '^#' -e '^$' -e '^[A-Z_]*=' "$EXAMPLES/crontab" >jobs
f='(\*|[0-9]+(-[0-9]+)?)(/[0-9]+)?'
awk -v f="^$f(,$f)*\$" '
	NF < 6 { print "too few fields: " $0 }
	{ for (i = 1; i <= 5; i++) if ($i !~ f) print "bad time field " $i ": " $0 }
' jobs
echo "$(wc -l <jobs) jobs"
eval "$(grep -e '^FH_' "$EXAMPLES/crontab" | sed -e "s#/srv/fh/station.db#$PWD/fh.db#" -e 's/^/export /')"
mkdir backup
while read -r min hour dom mon dow cmd; do
	cmd=$(printf '%s\n' "$cmd" | sed -e "s#/usr/local/share/fh#$EXAMPLES#g" \
		-e "s#/srv/fh/backup#$PWD/backup#g" -e 's/\\%/%/g')
	echo "== $min $hour $dom $mon $dow"
	sh -c "$cmd"
	echo "exit $?"
done <jobs
for b in backup/*.db; do fh check --db "$b" && echo "backup checked"; done
--- stdout
3 jobs
== 0 7 * * 1
上周共发现各类隐患 1 起，均在处置中，找回走失人员 1 名。

各区块、各类别上报情况（last-week）：
zone  category     found  handled  open  dismissed  handled_pct  median_hours_to_handle
Z2    fire             1        0     1          0          0.0
Z2    lost-person      1        1     0          0        100.0                     2.5

逾期未处置的隐患（超过类别处置时限）：
id  reported_at       category  zone  group  status  severity  member  place       text            officer  age_days
 3  2026-10-10 08:00  traffic   Z1    G002   open    normal    S0003   北大街路口  路口电瓶车乱停                 44
exit 0
== 30 2 * * *
exit 0
== 45 2 * * *
problem	zone	group	member	detail	label
size	Z1	G001		size 2, not within 8..12	size out of bounds
size	Z1	G002		size 1, not within 8..12	size out of bounds
size	Z2	G003		size 1, not within 8..12	size out of bounds
size	Z2	G004		size 0, not within 8..12	size out of bounds
size	Z2	G005		size 0, not within 8..12	size out of bounds
no-leader	Z2	G005		no leader	without a leader
leader-left	Z2	G004	S0005	leader left on 2026-10-15	leader has left
letter-unsigned	Z1	G002	S0003	letter not signed	letter not signed
exit 3
backup checked
--- locales
C.UTF-8
