fh sql cannot get personal data out unmasked, by construction: without
--reveal the raw members.phone and members.contact read as NULL wherever a
query names them (any expression, WHERE, ORDER BY, a CTE or view named like
the masking view), and members_v gives them masked.  Each line below is an
extraction attempt: its query, then what it printed (stdout and stderr).
No digit of the hidden part of any phone ever appears; with --reveal the
full value does.  Report text is masked like every free text.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
fh-report add --category lost-item "拾到钱包，失主电话13812345678"
--- run
while IFS= read -r q; do
	printf '%s\n=> ' "$q"
	fh sql --no-header -f csv "$q" 2>&1 | tr -d '\r' | paste -sd '|'
done <<'QUERIES'
SELECT phone + 0 FROM members WHERE code = 'S0001'
SELECT CAST(phone AS INTEGER) FROM members WHERE code = 'S0001'
SELECT printf('%x', phone) FROM members WHERE code = 'S0001'
SELECT substr(phone, 1, 6) || '-' || substr(phone, 7) FROM members WHERE code = 'S0001'
SELECT replace(phone, '0', 'o') FROM members WHERE code = 'S0001'
SELECT hex(phone), quote(phone), length(phone), typeof(phone) FROM members WHERE code = 'S0001'
SELECT unicode(substr(phone, 4, 1)) FROM members WHERE code = 'S0001'
SELECT instr(phone, '0013') FROM members WHERE code = 'S0001'
SELECT code FROM members WHERE phone LIKE '138%'
SELECT count(*) FROM members WHERE phone = '13800138000' OR contact = '张三'
SELECT code FROM members WHERE phone IS NOT NULL ORDER BY phone DESC LIMIT 3
SELECT group_concat(phone, ';'), group_concat(contact) FROM members
SELECT json_object('p', phone, 'c', contact) FROM members WHERE code = 'S0001'
SELECT json_extract('{}', '$x' || phone) FROM members WHERE code = 'S0001'
SELECT json_extract('{}', '$x' || phone) FROM members_v WHERE member = 'S0001'
SELECT json_extract('{}', '$x' || text) FROM reports
SELECT * FROM members WHERE code = 'S0001'
SELECT (SELECT phone FROM members m WHERE m.id = 1)
WITH members_v AS (SELECT code AS member, phone FROM members) SELECT phone FROM members_v
WITH RECURSIVE d(i, c) AS (SELECT 1, substr((SELECT phone FROM members WHERE id = 1), 1, 1) UNION ALL SELECT i + 1, substr((SELECT phone FROM members WHERE id = 1), i + 1, 1) FROM d WHERE i < 11) SELECT group_concat(c, '') FROM d
SELECT phone FROM main.members_v WHERE member = 'S0001'
SELECT m.phone, v.phone FROM members m JOIN members_v v ON v.member = m.code WHERE m.code = 'S0005'
SELECT member, contact, phone FROM members_v WHERE member IN ('S0001', 'S0005')
SELECT substr(phone, 4, 4), phone + 0 FROM members_v WHERE member = 'S0001'
SELECT member FROM members_v WHERE phone LIKE '%0013%'
SELECT phone FROM members UNION SELECT phone FROM members_v WHERE member = 'S0002'
SELECT fh_sql_masked('S0001', 0), fh_sql_masked('S0001', 1)
SELECT text FROM reports_v
ATTACH 'other.db' AS o
SELECT load_extension('x')
QUERIES
echo '== --reveal'
fh sql --no-header --reveal "SELECT phone, phone + 0, contact FROM members_v WHERE member = 'S0001'"
fh sql --no-header --reveal "SELECT phone FROM members WHERE code = 'S0005'"
fh sql --no-header --reveal "SELECT text FROM reports_v"
--- stdout
SELECT phone + 0 FROM members WHERE code = 'S0001'
=> 
SELECT CAST(phone AS INTEGER) FROM members WHERE code = 'S0001'
=> 
SELECT printf('%x', phone) FROM members WHERE code = 'S0001'
=> *
SELECT substr(phone, 1, 6) || '-' || substr(phone, 7) FROM members WHERE code = 'S0001'
=> 
SELECT replace(phone, '0', 'o') FROM members WHERE code = 'S0001'
=> 
SELECT hex(phone), quote(phone), length(phone), typeof(phone) FROM members WHERE code = 'S0001'
=> ,NULL,,null
SELECT unicode(substr(phone, 4, 1)) FROM members WHERE code = 'S0001'
=> 
SELECT instr(phone, '0013') FROM members WHERE code = 'S0001'
=> 
SELECT code FROM members WHERE phone LIKE '138%'
=> 
SELECT count(*) FROM members WHERE phone = '13800138000' OR contact = '张三'
=> 0
SELECT code FROM members WHERE phone IS NOT NULL ORDER BY phone DESC LIMIT 3
=> 
SELECT group_concat(phone, ';'), group_concat(contact) FROM members
=> ,
SELECT json_object('p', phone, 'c', contact) FROM members WHERE code = 'S0001'
=> "{""p"":null,""c"":null}"
SELECT json_extract('{}', '$x' || phone) FROM members WHERE code = 'S0001'
=> 
SELECT json_extract('{}', '$x' || phone) FROM members_v WHERE member = 'S0001'
=> fh: JSON path error
SELECT json_extract('{}', '$x' || text) FROM reports
=> fh: JSON path error
SELECT * FROM members WHERE code = 'S0001'
=> 1,S0001,shop,老街茶馆,,,北大街12号,1,1,30.8912,121.0231,2025-06-01,,,,
SELECT (SELECT phone FROM members m WHERE m.id = 1)
=> 
WITH members_v AS (SELECT code AS member, phone FROM members) SELECT phone FROM members_v
=> |||||||||||
WITH RECURSIVE d(i, c) AS (SELECT 1, substr((SELECT phone FROM members WHERE id = 1), 1, 1) UNION ALL SELECT i + 1, substr((SELECT phone FROM members WHERE id = 1), i + 1, 1) FROM d WHERE i < 11) SELECT group_concat(c, '') FROM d
=> 
SELECT phone FROM main.members_v WHERE member = 'S0001'
=> 
SELECT m.phone, v.phone FROM members m JOIN members_v v ON v.member = m.code WHERE m.code = 'S0005'
=> ,021-****1234
SELECT member, contact, phone FROM members_v WHERE member IN ('S0001', 'S0005')
=> S0001,张*,138****8000|S0005,,021-****1234
SELECT substr(phone, 4, 4), phone + 0 FROM members_v WHERE member = 'S0001'
=> ****,138
SELECT member FROM members_v WHERE phone LIKE '%0013%'
=> 
SELECT phone FROM members UNION SELECT phone FROM members_v WHERE member = 'S0002'
=> |139****9001
SELECT fh_sql_masked('S0001', 0), fh_sql_masked('S0001', 1)
=> 138****8000,张*
SELECT text FROM reports_v
=> 拾到钱包，失主电话138****5678
ATTACH 'other.db' AS o
=> fh: fh sql only reads: 'ATTACH 'other.db' AS o' is not allowed (change data with the fh tools)
SELECT load_extension('x')
=> fh: fh sql only reads: 'SELECT load_extension('x')' is not allowed (change data with the fh tools)
== --reveal
13800138000	13800138000	张三
021-57351234
拾到钱包，失主电话13812345678
