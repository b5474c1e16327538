fh sql runs the pragmas that describe the schema, with the table or index they describe (table_info, index_list, index_info, foreign_key_list) and user_version read; setting a pragma is still refused, and a pragma shows no stored value (members' phones stay masked).
--- setup
fh init
sqlite3 fh.db "INSERT INTO zones(code, name) VALUES ('Z1', '北区块')"
fh-group member add S0001 --name 茶馆 --zone Z1 --phone 13800138000
--- run
fh sql "PRAGMA table_info(zones)"
fh sql --no-header "PRAGMA index_list(groups)" | cut -f2 | sort
fh sql "PRAGMA index_info(groups_zone)"
fh sql "PRAGMA foreign_key_list(groups)" | cut -f3-5
fh sql --no-header "PRAGMA user_version" | grep -c '^[0-9][0-9]*$'
fh sql "PRAGMA table_info(members)" | grep -c 13800138000
fh sql "PRAGMA user_version = 99"; echo "exit $?"
fh sql "PRAGMA page_size = 1024"; echo "exit $?"
fh sql "PRAGMA foreign_keys = OFF"; echo "exit $?"
--- stdout
cid	name	type	notnull	dflt_value	pk
0	id	INTEGER	0		1
1	code	TEXT	1		0
2	name	TEXT	1		0
groups_zone
sqlite_autoindex_groups_1
seqno	cid	name
0	2	zone_id
table	from	to
zones	zone_id	id
1
0
exit 1
exit 1
exit 1
--- stderr
fh: fh sql only reads: 'PRAGMA user_version = 99' is not allowed (change data with the fh tools)
fh: fh sql only reads: 'PRAGMA page_size = 1024' is not allowed (change data with the fh tools)
fh: fh sql only reads: 'PRAGMA foreign_keys = OFF' is not allowed (change data with the fh tools)
--- unchanged
