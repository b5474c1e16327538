Under zh_CN.UTF-8 fh-group's errors, help and table headings are Chinese, a member's kind and a check's problem show their labels and the check's details are Chinese; under C the same table keeps the English keys and codes.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
--- run
export LC_ALL=zh_CN.UTF-8
fh-group zone add Z1 北区块
fh-group member add
fh-group member edit S0001 --kind boss
fh-group member list --zone Z1 --kind shop -f table --no-header | head -n 1
fh-group member list --zone Z1 --kind shop -f table | head -n 1
fh-group --help | head -n 1
fh-group check -f table --zone Z2
LC_ALL=C.UTF-8 fh-group member list --zone Z1 --kind shop -f table | head -n 2
--- stdout
S0001  商户  老街茶馆    张三    138****8000   北大街12号  Z1    G001  30.8912  121.0231  2025-06-01
成员   类型  名称        联系人  电话          地址        区块  小组  纬度     经度      加入日期    退出日期  责任书签订  职业
用法： fh-group import [--dry-run] [--csv | --yaml] FILE | -
问题            区块  小组  成员   详情                     名称
人数            Z2    G003         2 人，不在 8..12 范围内  人数超出范围
无组长          Z2    G003         没有组长                 无组长
成员责任书未签  Z2    G003  S0007  该成员未签责任书         成员责任书未签
成员责任书未签  Z2    G003  S0008  该成员未签责任书         成员责任书未签
未编组          Z2          S0009  在册成员未编入小组       未编组
未编组          Z2          S0010  在册成员未编入小组       未编组
member  kind  name        contact  phone         address     zone  group  lat      lon       joined_on   left_on  letter_signed  trade
S0001   shop  老街茶馆    张三     138****8000   北大街12号  Z1    G001   30.8912  121.0231  2025-06-01
--- stderr
fh-group: 区块 'Z1' 已存在
fh-group: member add 需要一个代码 CODE（见 'fh-group --help'）
fh-group: 类型 'boss' 无效（可用：shop, household, organisation, mobile）
--- unchanged
