member list filters by zone, group, kind and team; Chinese names line up in the table; phones are masked.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
fh-group team add T9 骑手队 --kind service
fh-group team join T9 M0001 S0009
--- run
fh-group member list -f table --zone Z2
fh-group member list --kind mobile --all
fh-group member list --team T9 --no-header
fh-group member list --team T404; echo $?
fh-group member list --kind car; echo $?
--- stdout
member  kind  name        contact  phone  address    zone  group  lat  lon  joined_on  left_on  letter_signed  trade
S0007   shop  南栅书店                    南大街2号  Z2    G003
S0008   shop  南栅酒家                    南大街4号  Z2    G003
S0009   shop  和平街药房                  和平街8号  Z2
S0010   shop  和平街面馆                  和平街6号  Z2
member	kind	name	contact	phone	address	zone	group	lat	lon	joined_on	left_on	letter_signed	trade
M0001	mobile	赵骑手	赵六	137****7002		Z1							
M0002	mobile	钱师傅		136****6003		Z2					2026-10-01		
M0001	mobile	赵骑手	赵六	137****7002		Z1							
S0009	shop	和平街药房			和平街8号	Z2							
1
1
--- stderr
fh-group: unknown team 'T404'
fh-group: unknown kind 'car' (valid: shop, household, organisation, mobile)
