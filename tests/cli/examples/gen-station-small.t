A roster of three shops and a rider in one zone, grouped, in the YAML of
fh-group import; and two reports about it as JSON Lines.
--- run
g=${FH_BIGRAM_EXT%/fh_bigram}/examples/gen-station
"$g" --members 3 --zones 1 --mobile 1 --grouped
"$g" --members 3 --zones 1 --mobile 1 --grouped --reports 2 --seed 3
"$g" --members 3 --zones 1 --mobile 1 --format csv
--- stdout
station: 枫泾派出所
zones:
  - {code: Z1, name: 古镇区块}
groups:
  - {code: G001, zone: Z1, leader: S0003}
members:
  - code: S0001
    kind: shop
    name: 何伟土布坊
    contact: 何伟
    phone: "19542431419"
    address: 北大街24号
    zone: Z1
    group: G001
    lat: 30.890952
    lon: 121.019796
  - code: S0002
    kind: shop
    name: 金记民宿
    contact: 金国强
    phone: "19367613499"
    address: 和平街15号
    zone: Z1
    group: G001
    lat: 30.890036
    lon: 121.019503
  - code: S0003
    kind: shop
    name: 同福理发店
    contact: 姚霞
    phone: "19032560921"
    address: 和平街39号
    zone: Z1
    group: G001
    lat: 30.890036
    lon: 121.020382
  - code: M001
    kind: mobile
    name: 张芳
    phone: "15588663025"
    address: 外卖骑手·饿了么枫泾站
    zone: Z1
{"category":"dispute","by":"S0003","zone":"Z1","group":"G001","at":"2026-04-06 08:50","where":"新枫路28号","lat":30.889975,"lon":121.020937,"severity":"low","via":"patrol","text":"两家商户因油烟问题争吵"}
{"category":"safety","by":"S0001","zone":"Z1","group":"G001","at":"2026-06-27 16:13","where":"南大街25号","lat":30.88981,"lon":121.019886,"severity":"low","via":"phone","text":"施工围挡倒塌"}
code,kind,name,contact,phone,address,zone,group,lat,lon
S0001,shop,何伟土布坊,何伟,19542431419,北大街24号,Z1,,30.890952,121.019796
S0002,shop,金记民宿,金国强,19367613499,和平街15号,Z1,,30.890036,121.019503
S0003,shop,同福理发店,姚霞,19032560921,和平街39号,Z1,,30.890036,121.020382
M001,mobile,张芳,,15588663025,外卖骑手·饿了么枫泾站,Z1,,,
