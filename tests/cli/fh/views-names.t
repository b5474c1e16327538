Every view that shows a zone, group or team code also gives its name (zone_name, group_name, team_name), so ad hoc queries need no join.
--- setup
fh init
sqlite3 fh.db < "$DATA/report/roster.sql"
sqlite3 fh.db "UPDATE groups SET name = '北街一组' WHERE code = 'G001'; INSERT INTO leader_terms(group_id, member_id, started_on) VALUES (1, 1, '2026-01-01'); INSERT INTO teams(code, name, zone_id) VALUES ('T1', '巡逻队', 1); INSERT INTO equipment_moves(member_id, item, count, on_date) VALUES (1, '灭火器', 2, '2026-11-01'); UPDATE activities SET group_id = 1, team_id = 1"
fh-report add --category fire --by S0001 --at "2026-11-20 09:00" 通道堵塞 >/dev/null
fh-meeting plan --quarter 2026Q4 --zone Z1 >/dev/null
fh-meeting action add 1 清理通道 >/dev/null
--- run
fh sql --no-header "SELECT member, zone_name, group_name FROM members_v WHERE member = 'S0001'"
fh sql --no-header "SELECT \"group\", group_name FROM leaders_v"
fh sql --no-header "SELECT \"group\", zone_name FROM groups_v WHERE \"group\" = 'G001'"
fh sql --no-header "SELECT team, zone_name FROM teams_v"
fh sql --no-header "SELECT member, zone_name, group_name FROM equipment_v"
fh sql --no-header "SELECT id, zone_name, group_name, team_name FROM activities_v"
fh sql --no-header "SELECT id, zone_name FROM meetings_v"
fh sql --no-header "SELECT id, zone_name FROM actions_v"
fh sql --no-header "SELECT id, zone_name, group_name FROM reports_v"
--- stdout
S0001	北区块	北街一组
G001	北街一组
G001	北区块
T1	北区块
S0001	北区块	北街一组
1	北区块	北街一组	巡逻队
1	北区块
1	北区块
1	北区块	北街一组
