member add with every field; member show gives its fields (phone masked unless --reveal), leader terms, teams and equipment.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
--- run
fh-group member add S0100 --name 新开茶楼 --kind shop --contact 孙七 --phone 13912345678 --address 北大街30号 --zone Z1 --group G001 --lat 30.89 --lon 121.02 --joined 2026-11-01 --note 二楼
fh-group member show S0100 -f table
fh-group member show S0001 --reveal
fh-group member show S0001 -f json
--- stdout
field          value
member         S0100
kind           shop
name           新开茶楼
contact        孙七
phone          139****5678
address        北大街30号
zone           Z1
zone_name      北区块
group          G001
lat            30.89
lon            121.02
joined_on      2026-11-01
left_on
note           二楼
letter_signed
trade

led_group  started_on  ended_on  letter_signed

team  team_name  team_kind  joined_on  left_on

item  count  since
field	value
member	S0001
kind	shop
name	老街茶馆
contact	张三
phone	13800138000
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
{"member":"S0001","kind":"shop","name":"老街茶馆","contact":"张三","phone":"138****8000","address":"北大街12号","zone":"Z1","zone_name":"北区块","group":"G001","lat":30.8912,"lon":121.0231,"joined_on":"2025-06-01","left_on":null,"note":null,"letter_signed":null,"trade":null,"led_groups":[{"led_group":"G001","started_on":"2026-01-01","ended_on":null,"letter_signed":"2026-03-01"}],"teams":[],"equipment":[]}
