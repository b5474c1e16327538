fh codes prints the names of the fixed value lists, or one list's codes with their labels (Chinese in a Chinese table); an unknown list is a usage error. No database is needed.
--- run
fh codes
fh codes severities -f tsv
LC_ALL=zh_CN.UTF-8 fh codes channels -f table
LC_ALL=zh_CN.UTF-8 fh codes trades -f table
fh codes --no-header activity-kinds | tr '\n' ' '; echo
fh codes colours; echo "exit $?"
fh codes kinds statuses; echo "exit $?"
--- stdout
list
kinds
statuses
severities
channels
families
activity-kinds
topics
meeting-kinds
team-kinds
trades
code	label
low	low
normal	normal
high	high
urgent	urgent
代码        名称
wechat      微信
phone       电话
walk-in     来所
patrol      巡逻
inspection  检查
app         应用
other       其他
代码        名称
rider       外卖配送员
courier     快递员
driver      网约车司机
sanitation  环卫工人
security    保安
other       其他
training	training drill	drill patrol	patrol publicity	publicity inspection	inspection visit	visit meeting	meeting 
exit 1
exit 2
--- stderr
fh: unknown list 'colours' (valid: kinds, statuses, severities, channels, families, activity-kinds, topics, meeting-kinds, team-kinds, trades)
fh: codes takes at most one LIST, got 'statuses' (see 'fh --help')
--- locales
C.UTF-8
