member leave keeps the row, sets left_on, ends a leader term and team memberships; left members are listed only with --all.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
fh-group team add T1 北区巡逻队 --kind patrol --zone Z1
fh-group team join T1 S0001 S0002 --on 2026-01-01
--- run
fh-group member leave S0001 --on 2026-11-20
fh-group member leave S0001; echo $?
fh-group member list --group G001
fh-group member list --group G001 --all
fh sql "SELECT * FROM leaders_v WHERE \"group\" = 'G001'"
fh-group team show T1
--- stdout
1
member	kind	name	contact	phone	address	zone	group	lat	lon	joined_on	left_on	letter_signed	trade
S0002	shop	阿婆粽子	李四	139****9001	北大街14号	Z1	G001	30.8914	121.0233				
S0003	shop	丁蹄店			北大街16号	Z1	G001						
member	kind	name	contact	phone	address	zone	group	lat	lon	joined_on	left_on	letter_signed	trade
S0001	shop	老街茶馆	张三	138****8000	北大街12号	Z1	G001	30.8912	121.0231	2025-06-01	2026-11-20		
S0002	shop	阿婆粽子	李四	139****9001	北大街14号	Z1	G001	30.8914	121.0233				
S0003	shop	丁蹄店			北大街16号	Z1	G001						
group	member	name	started_on	ended_on	letter_signed	current	group_name
G001	S0001	老街茶馆	2026-01-01	2026-11-20	2026-03-01	0	
field	value
team	T1
name	北区巡逻队
kind	patrol
zone	Z1
size	1

member	name	kind	zone	group	phone	joined_on
S0002	阿婆粽子	shop	Z1	G001	139****9001	2026-01-01
--- stderr
fh-group: member 'S0001' already left on 2026-11-20
