fh sql writes Chinese data in every format: aligned table, escaped TSV, RFC 4180 CSV, JSON Lines.
--- setup
fh init
--- run
q="SELECT code, label, deadline_days AS days FROM categories WHERE code IN ('fire','suspicious','lead') UNION ALL SELECT 'x,y', 'tab	\"quote\"', NULL ORDER BY 1"
fh sql -f table "$q"
fh sql -f tsv "$q"
fh sql -f csv "$q" | tr -d '\r'
fh sql --format=json "$q"
fh sql -f csv --no-header "SELECT 1" | od -c | head -n 1
--- stdout
code        label           days
fire        消防隐患           3
lead        线索               1
suspicious  可疑人员或事件     7
x,y         tab\t"quote"
code	label	days
fire	消防隐患	3
lead	线索	1
suspicious	可疑人员或事件	7
x,y	tab\t"quote"	
code,label,days
fire,消防隐患,3
lead,线索,1
suspicious,可疑人员或事件,7
"x,y","tab	""quote""",
{"code":"fire","label":"消防隐患","days":3}
{"code":"lead","label":"线索","days":1}
{"code":"suspicious","label":"可疑人员或事件","days":7}
{"code":"x,y","label":"tab\t\"quote\"","days":null}
0000000   1  \r  \n
