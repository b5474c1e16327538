export -f yaml gives the import format: imported into a fresh database it reproduces the roster, and exports the same again.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
fh-group member edit S0003 --lat 30.123456789012 --lon 121.5 --left 2026-11-01 --note '备注: "引号"'
fh-group add G004 --zone Z2 --name null --formed 2026-01-01
fh-group dissolve G004 --on 2026-06-30
fh-group team add T1 骑手巡逻队 --kind patrol --zone Z1
fh-group team add T2 反诈宣传队 --kind publicity
fh-group team join T1 M0001 S0001
fh-group team join T2 M0001
--- run
fh-group export -f yaml > a.yaml
mkdir fresh && cd fresh && fh init && fh-group import ../a.yaml
fh-group export -f yaml > b.yaml
cmp ../a.yaml b.yaml && echo same
q="SELECT * FROM members_v ORDER BY member"
fh sql "$q" > members.fresh; (cd .. && fh sql "$q") | cmp - members.fresh && echo same members
q="SELECT \"group\", zone, size, leader, letter_signed, name, formed_on, dissolved_on FROM groups_v ORDER BY 1"
fh sql "$q" > groups.fresh; (cd .. && fh sql "$q") | cmp - groups.fresh && echo same groups
fh sql "SELECT value FROM settings WHERE key = 'station'"
q="SELECT * FROM teams_v ORDER BY team"
fh sql "$q" > teams.fresh; (cd .. && fh sql "$q") | cmp - teams.fresh && echo same teams
cat b.yaml
--- stdout
same
same members
same groups
value
枫泾派出所
same teams
station: 枫泾派出所
zones:
- {code: Z1, name: 北区块}
- {code: Z2, name: 南区块}
groups:
- {code: G001, zone: Z1, leader: S0001, letter_signed: 2026-03-01, leader_since: 2026-01-01}
- {code: G002, zone: Z1, leader: S0005, leader_since: 2026-01-15}
- {code: G003, zone: Z2, name: 南大街组}
- {code: G004, zone: Z2, name: "null", formed: 2026-01-01, dissolved: 2026-06-30}
teams:
- {code: T1, name: 骑手巡逻队, kind: patrol, zone: Z1}
- {code: T2, name: 反诈宣传队, kind: publicity}
members:
- code: M0001
  kind: mobile
  name: 赵骑手
  contact: 赵六
  phone: "13700137002"
  zone: Z1
  teams: [T1, T2]
- code: M0002
  kind: mobile
  name: 钱师傅
  phone: "13600136003"
  zone: Z2
  left: 2026-10-01
- code: S0001
  kind: shop
  name: 老街茶馆
  contact: 张三
  phone: "13800138000"
  address: 北大街12号
  zone: Z1
  group: G001
  lat: 30.8912
  lon: 121.0231
  joined: 2025-06-01
  teams: [T1]
- code: S0002
  kind: shop
  name: 阿婆粽子
  contact: 李四
  phone: "13900139001"
  address: 北大街14号
  zone: Z1
  group: G001
  lat: 30.8914
  lon: 121.0233
- code: S0003
  kind: shop
  name: 丁蹄店
  address: 北大街16号
  zone: Z1
  group: G001
  lat: 30.123456789012
  lon: 121.5
  left: 2026-11-01
  note: '备注: "引号"'
- code: S0004
  kind: household
  name: 王家
  address: 生产街3号
  zone: Z1
  group: G002
- code: S0005
  kind: shop
  name: 枫泾豆腐干
  phone: "021-57351234"
  address: 生产街5号
  zone: Z1
  group: G002
- code: S0006
  kind: organisation
  name: 古镇管委会
  address: 友好路1号
  zone: Z1
  group: G002
  note: 安全办
- code: S0007
  kind: shop
  name: 南栅书店
  address: 南大街2号
  zone: Z2
  group: G003
- code: S0008
  kind: shop
  name: 南栅酒家
  address: 南大街4号
  zone: Z2
  group: G003
- code: S0009
  kind: shop
  name: 和平街药房
  address: 和平街8号
  zone: Z2
- code: S0010
  kind: shop
  name: 和平街面馆
  address: 和平街6号
  zone: Z2
