A group lends its zone; a given zone wins over the member's, which then lends no group; a group outside the zone is an error.
--- setup
fh init
sqlite3 fh.db < "$DATA/report/roster.sql"
--- run
fh-report add --category fire --group G101 a
fh-report add --category fire --by S0001 --zone Z2 b
fh-report add --category fire --by S0001 --group G002 c
fh sql "SELECT id, zone, \"group\", member FROM reports_v ORDER BY id"
fh-report add --category fire --zone Z1 --group G101 d; echo "exit $?"
--- stdout
1
2
3
id	zone	group	member
1	Z2	G101	
2	Z2		S0001
3	Z1	G002	S0001
exit 1
--- stderr
fh-report: group 'G101' is not in zone 'Z1'
