Under zh_CN a list piped back is read in any format (a table's Chinese heading 编号 is skipped, as id is), and fh-report show's table gives every code its label (category from the database, status, severity, via); fh-group member show and fh-activity show label kinds and topics; the machine formats keep the codes.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
fh-report add --category fire --zone Z1 --by S0001 --severity high --via wechat 楼道堆物 >/dev/null
fh-report add --category traffic --zone Z1 --by S0002 路口电瓶车乱停 >/dev/null
fh-activity add --kind training --topic fire --zone Z1 --on 2026-11-01 --note 灭火器培训 >/dev/null
--- run
export LC_ALL=zh_CN.UTF-8
fh-report list -f table | fh-report assign - 王警官 --new
fh-report list -f tsv --no-header | cut -f 1,6
fh-report show 1 -f table | sed -n '4p;6p;9,11p'
fh-report show 1 -f tsv | sed -n '4p;6p;9,11p'
fh-group member show S0004 -f table | sed -n 3p
fh-activity show 1 -f table | sed -n '4,5p'
--- stdout
1	assigned
2	assigned
类别      消防隐患
类别族    隐患
状态      已指派
紧急程度  高
渠道      微信
category	fire
family	hazard
status	assigned
severity	high
via	wechat
类型        住户
类型      培训
主题      消防安全
--- locales
C.UTF-8
