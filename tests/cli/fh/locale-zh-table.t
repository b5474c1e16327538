Under zh_CN.UTF-8 fh's tables have Chinese headings (fh's own column names) with families by their labels, fh check's problems are Chinese, and its help says 用法.
--- setup
fh init
--- run
export LC_ALL=zh_CN.UTF-8
fh sql -f table "SELECT code, family, label, deadline_days FROM categories WHERE family = 'service'"
fh sql -f table "SELECT 1 AS answer"
fh --help | head -n 1
sqlite3 fh.db "PRAGMA foreign_keys = OFF; INSERT INTO members(code, kind, name, zone_id) VALUES ('X1', 'shop', '某店', 99)"
fh check
echo "exit $?"
--- stdout
代码         类别族  名称      时限天数
lost-person  服务    走失人员         1
lost-item    服务    遗失物品         1
consult      服务    咨询求助         1
lead         服务    线索             1
answer
     1
用法： fh init [--station NAME] [--config FILE]
外键: members 的第 1 行引用了 zones 中不存在的行
exit 3
