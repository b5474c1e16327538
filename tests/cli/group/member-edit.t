member edit changes any field; moving a leader to another group ends the term; a group in another zone needs --force.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
--- run
fh-group member edit S0002 --phone 13011112222 --address '' --kind household
fh-group member edit S0001 --group G002
fh-group member edit S0005 --group G003; echo $?
fh-group member edit S0005 --group G003 --force
fh-group member list --group G002 --reveal
fh sql "SELECT \"group\", member, started_on, ended_on FROM leaders_v ORDER BY 1, 2"
fh-group member edit S0002; echo $?
fh-group member edit S0999 --name 谁; echo $?
--- stdout
1
member	kind	name	contact	phone	address	zone	group	lat	lon	joined_on	left_on	letter_signed	trade
S0001	shop	老街茶馆	张三	13800138000	北大街12号	Z1	G002	30.8912	121.0231	2025-06-01			
S0004	household	王家			生产街3号	Z1	G002						
S0006	organisation	古镇管委会			友好路1号	Z1	G002						
group	member	started_on	ended_on
G001	S0001	2026-01-01	2026-11-23
G002	S0005	2026-01-15	2026-11-23
2
1
--- stderr
fh-group: member 'S0005' is in zone 'Z1' but group 'G003' in zone 'Z2' (use --force to allow it)
fh-group: nothing to change: give at least one field option
fh-group: unknown member 'S0999'
