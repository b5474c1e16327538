list in every output format.
--- setup
fh init
sqlite3 fh.db < "$DATA/report/roster.sql"
fh-report import "$DATA/report/reports.jsonl" >/dev/null
--- run
fh-report list -f table --category fire
fh-report list -f csv --category fire
fh-report list -f json --category fire
--- stdout
id  reported_at       category  zone  group  status  severity  member  place       text                    officer  age_days
 1  2026-11-10 09:00  fire      Z1    G001   open    normal    S0001   北大街12号  消防通道被杂物堵塞                     13
 4  2026-11-10 15:00  fire      Z1    G002   open    normal    S0002   北大街14号  楼道里有人给电动车充电                 12
id,reported_at,category,zone,group,status,severity,member,place,text,officer,age_days
1,2026-11-10 09:00,fire,Z1,G001,open,normal,S0001,北大街12号,消防通道被杂物堵塞,,13
4,2026-11-10 15:00,fire,Z1,G002,open,normal,S0002,北大街14号,楼道里有人给电动车充电,,12
{"id":1,"reported_at":"2026-11-10 09:00","category":"fire","zone":"Z1","group":"G001","status":"open","severity":"normal","member":"S0001","place":"北大街12号","text":"消防通道被杂物堵塞","officer":null,"age_days":13}
{"id":4,"reported_at":"2026-11-10 15:00","category":"fire","zone":"Z1","group":"G002","status":"open","severity":"normal","member":"S0002","place":"北大街14号","text":"楼道里有人给电动车充电","officer":null,"age_days":12}
