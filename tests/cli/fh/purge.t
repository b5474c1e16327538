fh purge erases a member's personal data but keeps the row, so its reports still count; unknown members change nothing.
--- setup
fh init
sqlite3 fh.db "INSERT INTO zones(code, name) VALUES ('Z1', '北区块');
  INSERT INTO groups(code, zone_id) VALUES ('G001', 1);
  INSERT INTO members(code, kind, name, contact, phone, address, zone_id, group_id, lat, lon)
    VALUES ('S0001', 'shop', '老街茶馆', '张三', '13800138000', '北大街12号', 1, 1, 30.89, 121.02);
  INSERT INTO leader_terms(group_id, member_id, started_on) VALUES (1, 1, '2026-01-01');"
sqlite3 -cmd ".load $FH_BIGRAM_EXT" fh.db "INSERT INTO reports(category, member_id, zone_id, reported_at, text) VALUES ('fire', 1, 1, '2026-11-01 09:00', '消防通道堵塞')"
--- run
fh purge S0001
fh sql --reveal "SELECT member, name, contact, phone, address, lat, left_on, \"group\" FROM members_v"
fh sql "SELECT \"group\", ended_on FROM leaders_v"
fh sql --no-header "SELECT count(*) FROM reports_v WHERE member = 'S0001'"
fh audit --no-header | cut -f 4,5 | tail -n 1
--- stdout
table	rows
members	1
leader_terms	1
member	name	contact	phone	address	lat	left_on	group
S0001	已删除					2026-11-23	G001
group	ended_on
G001	2026-11-23
1
fh purge S0001	update members 1; update leader_terms 1
