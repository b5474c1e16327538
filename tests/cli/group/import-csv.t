CSV with a header row is recognised by its content on stdin, or forced with --csv; empty fields are NULL.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
--- run
printf 'code,kind,name,contact,phone,address,zone,group,lat,lon\nS0100,shop,"新店, 一号",王五,13500135000,北大街20号,Z1,G001,30.8920,121.0240\nS0101,,新店二,,,,Z2,,,\n' | fh-group import -
printf 'code,name,zone\nS0102,"多行\n名字",Z2\n' > members.txt
fh-group import --csv members.txt
fh-group member list --zone Z2 --reveal -f csv
fh-group member show S0100 -f json
--- stdout
member,kind,name,contact,phone,address,zone,group,lat,lon,joined_on,left_on,letter_signed,trade
S0007,shop,南栅书店,,,南大街2号,Z2,G003,,,,,,
S0008,shop,南栅酒家,,,南大街4号,Z2,G003,,,,,,
S0009,shop,和平街药房,,,和平街8号,Z2,,,,,,,
S0010,shop,和平街面馆,,,和平街6号,Z2,,,,,,,
S0101,shop,新店二,,,,Z2,,,,,,,
S0102,shop,"多行
名字",,,,Z2,,,,,,,
{"member":"S0100","kind":"shop","name":"新店, 一号","contact":"王五","phone":"135****5000","address":"北大街20号","zone":"Z1","zone_name":"北区块","group":"G001","lat":30.892,"lon":121.024,"joined_on":null,"left_on":null,"note":null,"letter_signed":null,"trade":null,"led_groups":[],"teams":[],"equipment":[]}
