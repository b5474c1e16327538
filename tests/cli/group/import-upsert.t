Importing again updates by code: keys given are changed, keys left out keep their values, new codes are added; a new leader ends the old term.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
--- run
fh-group import - <<'YAML'
groups:
  - {code: G001, zone: Z1, leader: S0002, letter_signed: 2026-11-20}
members:
  - {code: S0001, name: 老街茶馆（新）, zone: Z1, phone: ~}
  - {code: S0011, name: 新开的店, zone: Z2, group: G003}
YAML
fh-group member list --zone Z1 --reveal --group G001
fh sql "SELECT * FROM leaders_v WHERE \"group\" = 'G001'"
fh-group member list --group G003
--- stdout
member	kind	name	contact	phone	address	zone	group	lat	lon	joined_on	left_on	letter_signed	trade
S0001	shop	老街茶馆（新）	张三		北大街12号	Z1	G001	30.8912	121.0231	2025-06-01			
S0002	shop	阿婆粽子	李四	13900139001	北大街14号	Z1	G001	30.8914	121.0233				
S0003	shop	丁蹄店			北大街16号	Z1	G001						
group	member	name	started_on	ended_on	letter_signed	current	group_name
G001	S0001	老街茶馆（新）	2026-01-01	2026-11-23	2026-03-01	0	
G001	S0002	阿婆粽子	2026-11-23		2026-11-20	1	
member	kind	name	contact	phone	address	zone	group	lat	lon	joined_on	left_on	letter_signed	trade
S0007	shop	南栅书店			南大街2号	Z2	G003						
S0008	shop	南栅酒家			南大街4号	Z2	G003						
S0011	shop	新开的店				Z2	G003						
