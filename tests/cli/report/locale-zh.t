Under zh_CN.UTF-8 fh-report's tables have Chinese headings and show categories, families, statuses and severities by their labels (a category's from the database); under C the same tables show the codes.  Errors are Chinese.
--- setup
fh init
fh config set officers 王警官,李警官
sqlite3 -cmd ".load $FH_BIGRAM_EXT" fh.db < "$DATA/stats-basic.sql"
--- run
export LC_ALL=zh_CN.UTF-8
fh-report list --zone Z1 --status open -f table
fh-report categories -f table | head -n 3
fh-report show 1 -f table | head -n 4
LC_ALL=C.UTF-8 fh-report list --zone Z1 --status open -f table
fh-report add --category nosuch 楼道堆物
fh-report assign 99 王警官
fh-report handle 1
fh-report list --since yesterday-ish
--- stdout
编号  上报时间          类别      区块  小组  状态    紧急程度  成员   地点        文本            民警  已过天数
   3  2026-10-10 08:00  交通隐患  Z1    G002  未处置  一般      S0003  北大街路口  路口电瓶车乱停              44
代码         类别族  名称            时限天数
fire         隐患    消防隐患               3
traffic      隐患    交通隐患               3
项目      内容
编号      1
上报时间  2026-10-02 09:00
类别      消防隐患
id  reported_at       category  zone  group  status  severity  member  place       text            officer  age_days
 3  2026-10-10 08:00  traffic   Z1    G002   open    normal    S0003   北大街路口  路口电瓶车乱停                 44
--- stderr
fh-report: 未知类别 'nosuch'（可用：fire, traffic, safety, dispute, theft, suspicious, fraud, lost-person, lost-item, consult, lead, other）
fh-report: 没有上报 99
fh-report: handle 需要用 --note 说明处置情况（见 'fh-report --help'）
fh-report: --since: 时段 'yesterday-ish' 无效（应如 2026、2026Q4、2026-11、2026-W47、2026-11-23 或 this-month）
--- exit
1
--- unchanged
