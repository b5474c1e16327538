References may point forward: members before the groups and zones they name, a group whose leader is defined later.
--- setup
fh init
--- run
fh-group import - <<'YAML'
members:
  - {code: S0002, name: 阿婆粽子, zone: Z1, group: G001}
  - {code: S0001, name: 老街茶馆, zone: Z1, group: G001}
groups:
  - {code: G001, zone: Z1, leader: S0001, letter_signed: 2026-03-01}
zones:
  - {code: Z1, name: 北区块}
YAML
fh-group list
fh-group member list
--- stdout
group	zone	size	leader	letter_signed	leader_name	name	formed_on	dissolved_on
G001	Z1	2	S0001	2026-03-01	老街茶馆			
member	kind	name	contact	phone	address	zone	group	lat	lon	joined_on	left_on	letter_signed	trade
S0001	shop	老街茶馆				Z1	G001						
S0002	shop	阿婆粽子				Z1	G001						
