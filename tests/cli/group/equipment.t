Equipment handed out and taken back: who holds what, since when; no more can be returned than is held.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
--- run
fh-group equipment issue S0001 灭火器 --count 2 --on 2026-03-01
fh-group equipment issue S0001 喊话器
fh-group equipment issue S0007 防暴叉 --on 2026-05-05
fh-group equipment return S0001 灭火器 --on 2026-06-01
fh-group equipment return S0001 灭火器 --count 2; echo $?
fh-group equipment return S0002 灭火器; echo $?
fh-group equipment issue S0001 灭火器 --count 0; echo $?
fh-group equipment issue M0002 灭火器; echo $?
fh-group equipment list -f table
fh-group equipment list --zone Z2
fh-group equipment list --group G001 --item 喊话器
fh-group member show S0001
--- stdout
1
1
1
1
member  name      zone  group  item    count  since
S0001   老街茶馆  Z1    G001   喊话器      1  2026-11-23
S0001   老街茶馆  Z1    G001   灭火器      1  2026-03-01
S0007   南栅书店  Z2    G003   防暴叉      1  2026-05-05
member	name	zone	group	item	count	since
S0007	南栅书店	Z2	G003	防暴叉	1	2026-05-05
member	name	zone	group	item	count	since
S0001	老街茶馆	Z1	G001	喊话器	1	2026-11-23
field	value
member	S0001
kind	shop
name	老街茶馆
contact	张三
phone	138****8000
address	北大街12号
zone	Z1
zone_name	北区块
group	G001
lat	30.8912
lon	121.0231
joined_on	2025-06-01
left_on	
note	
letter_signed	
trade	

led_group	started_on	ended_on	letter_signed
G001	2026-01-01		2026-03-01

team	team_name	team_kind	joined_on	left_on

item	count	since
喊话器	1	2026-11-23
灭火器	1	2026-03-01
--- stderr
fh-group: member 'S0001' holds 1 '灭火器', cannot return 2
fh-group: member 'S0002' holds 0 '灭火器', cannot return 1
fh-group: invalid value '0' for --count (a whole number from 1 to 1000000)
fh-group: member 'M0002' left on 2026-10-01
