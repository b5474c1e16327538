Groups: add, show (record, members, leader history with letter dates), list whose columns start group, zone, size, leader, letter_signed.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
--- run
fh-group add G004 --zone Z2 --name 和平街组 --formed 2026-11-01
fh-group add G004 --zone Z2; echo $?
fh-group add G005 --zone Z9; echo $?
fh-group add G005; echo $?
fh-group list -f table
fh-group list --zone Z2
fh-group show G001 -f table
fh-group show G404; echo $?
--- stdout
1
1
2
group  zone  size  leader  letter_signed  leader_name  name      formed_on   dissolved_on
G001   Z1       3  S0001   2026-03-01     老街茶馆
G002   Z1       3  S0005                  枫泾豆腐干
G003   Z2       2                                      南大街组
G004   Z2       0                                      和平街组  2026-11-01
group	zone	size	leader	letter_signed	leader_name	name	formed_on	dissolved_on
G003	Z2	2				南大街组		
G004	Z2	0				和平街组	2026-11-01	
field          value
group          G001
zone           Z1
name
size           3
leader         S0001
leader_name    老街茶馆
letter_signed  2026-03-01
formed_on
dissolved_on
note

member  name      kind  contact  phone        address     joined_on
S0001   老街茶馆  shop  张三     138****8000  北大街12号  2025-06-01
S0002   阿婆粽子  shop  李四     139****9001  北大街14号
S0003   丁蹄店    shop                        北大街16号

leader  name      started_on  ended_on  letter_signed
S0001   老街茶馆  2026-01-01            2026-03-01
1
--- stderr
fh-group: group 'G004' already exists
fh-group: unknown zone 'Z9'
fh-group: add needs --zone (see 'fh-group --help')
fh-group: unknown group 'G404'
