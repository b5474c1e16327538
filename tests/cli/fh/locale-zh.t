Under a Chinese locale messages and table headings are Chinese; machine formats keep their English keys.
--- setup
fh init
--- run
LC_ALL=zh_CN.UTF-8 fh sql "SELECT 1" --db nosuch.db
LC_ALL=zh_CN.UTF-8 fh backup
LC_ALL=zh_CN.UTF-8 fh sql -f json "SELECT code FROM categories WHERE code = 'fire'"
LC_ALL=C.UTF-8 fh sql "SELECT 1" --db nosuch.db
--- stdout
{"code":"fire"}
--- stderr
fh: 数据库 'nosuch.db' 不存在：请运行 'fh init' 创建
fh: backup 需要一个目标文件 DEST（见 'fh --help'）
fh: database 'nosuch.db' does not exist: run 'fh init' to create it
--- exit
1
