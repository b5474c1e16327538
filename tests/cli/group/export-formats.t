export writes one row per member with its zone and group, phones masked unless --reveal, in every format.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
--- run
fh-group export -f table
fh-group export --no-header | head -n 2
fh-group export -f csv --reveal | head -n 3
fh-group export -f json | head -n 1
fh-group export -f xml
--- stdout
code   kind          name        contact  phone         address     zone  group  lat      lon       joined      left        note    teams  letter_signed  trade
M0001  mobile        赵骑手      赵六     137****7002               Z1
M0002  mobile        钱师傅               136****6003               Z2                                          2026-10-01
S0001  shop          老街茶馆    张三     138****8000   北大街12号  Z1    G001   30.8912  121.0231  2025-06-01
S0002  shop          阿婆粽子    李四     139****9001   北大街14号  Z1    G001   30.8914  121.0233
S0003  shop          丁蹄店                             北大街16号  Z1    G001
S0004  household     王家                               生产街3号   Z1    G002
S0005  shop          枫泾豆腐干           021-****1234  生产街5号   Z1    G002
S0006  organisation  古镇管委会                         友好路1号   Z1    G002                                              安全办
S0007  shop          南栅书店                           南大街2号   Z2    G003
S0008  shop          南栅酒家                           南大街4号   Z2    G003
S0009  shop          和平街药房                         和平街8号   Z2
S0010  shop          和平街面馆                         和平街6号   Z2
M0001	mobile	赵骑手	赵六	137****7002		Z1									
M0002	mobile	钱师傅		136****6003		Z2					2026-10-01				
code,kind,name,contact,phone,address,zone,group,lat,lon,joined,left,note,teams,letter_signed,trade
M0001,mobile,赵骑手,赵六,13700137002,,Z1,,,,,,,,,
M0002,mobile,钱师傅,,13600136003,,Z2,,,,,2026-10-01,,,,
{"code":"M0001","kind":"mobile","name":"赵骑手","contact":"赵六","phone":"137****7002","address":null,"zone":"Z1","group":null,"lat":null,"lon":null,"joined":null,"left":null,"note":null,"teams":null,"letter_signed":null,"trade":null}
--- stderr
fh-group: unknown format 'xml' (use yaml, table, tsv, csv or json)
--- exit
1
