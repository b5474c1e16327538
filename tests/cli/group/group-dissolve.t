dissolve sets dissolved_on, ungroups the members and ends the leader's term; a dissolved group is listed only with --all.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
--- run
fh-group dissolve G001 --on 2026-11-22
fh-group dissolve G001; echo $?
fh-group assign S0009 G001; echo $?
fh-group list
fh-group list --all
fh-group member list --zone Z1 --kind shop
fh sql "SELECT \"group\", member, ended_on FROM leaders_v WHERE \"group\" = 'G001'"
--- stdout
1
1
group	zone	size	leader	letter_signed	leader_name	name	formed_on	dissolved_on
G002	Z1	3	S0005		枫泾豆腐干			
G003	Z2	2				南大街组		
group	zone	size	leader	letter_signed	leader_name	name	formed_on	dissolved_on
G001	Z1	0						2026-11-22
G002	Z1	3	S0005		枫泾豆腐干			
G003	Z2	2				南大街组		
member	kind	name	contact	phone	address	zone	group	lat	lon	joined_on	left_on	letter_signed	trade
S0001	shop	老街茶馆	张三	138****8000	北大街12号	Z1		30.8912	121.0231	2025-06-01			
S0002	shop	阿婆粽子	李四	139****9001	北大街14号	Z1		30.8914	121.0233				
S0003	shop	丁蹄店			北大街16号	Z1							
S0005	shop	枫泾豆腐干		021-****1234	生产街5号	Z1	G002						
group	member	ended_on
G001	S0001	2026-11-22
--- stderr
fh-group: group 'G001' was dissolved on 2026-11-22
fh-group: group 'G001' was dissolved on 2026-11-22
