The station's retention policy: --left-before DATE purges every member
that left before DATE (and not one that left later or is still active, nor
one purged already); --reports-before DATE erases the text (replaced by
已删除), place, coordinates, notes and photos of the reports filed before
DATE that are handled or dismissed, keeping what statistics count
(category, zone, group, member, times, status).  Open reports are kept
whole.  It says what it changed per table.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
fh-group member leave S0002 --on 2024-05-01
fh-group member leave S0003 --on 2026-06-01
fh-report add --category dispute --by S0002 --at "2024-03-01 09:00" --where 北大街14号 --lat 30.8914 --lon 121.0233 "邻居纠纷，李四电话13900139001"
fh-report handle 1 --note "已调解" --at "2024-03-02 10:00"
fh-report add --category fire --by S0001 --at "2025-12-30 09:00" --where 北大街12号 "消防通道堵塞"
fh-report add --category theft --by S0003 --at "2025-06-01 09:00" --where 北大街16号 "自行车被盗"
fh-report dismiss 2 --reason 重复
fh-report add --category fire --by S0001 --at "2026-02-01 09:00" --where 北大街12号 "灭火器过期"
fh-report handle 4 --note "已更换" --at "2026-02-02 10:00"
--- run
fh-stats summary --since 2024-01-01 --until 2026-11-23 --by member,category,month > before
fh purge --left-before 2025-01-01 --reports-before 2026-01-01
fh purge --left-before 2025-01-01
fh-stats summary --since 2024-01-01 --until 2026-11-23 --by member,category,month | cmp - before && echo "same statistics"
fh sql --reveal "SELECT member, name, contact, phone, address, left_on FROM members_v WHERE member IN ('S0002', 'S0003')"
fh sql --reveal "SELECT id, member, category, status, reported_at, handled_at, place, lat, lon, text FROM reports_v"
fh sql --no-header "SELECT report_id, action, note FROM report_events WHERE action <> 'filed'"
fh audit --no-header | tail -n 2 | cut -f 4
--- stdout
table	rows
members	1
reports	2
report_events	2
table	rows
same statistics
member	name	contact	phone	address	left_on
S0002	已删除				2024-05-01
S0003	丁蹄店			北大街16号	2026-06-01
id	member	category	status	reported_at	handled_at	place	lat	lon	text
1	S0002	dispute	handled	2024-03-01 09:00	2024-03-02 10:00				已删除
2	S0001	fire	dismissed	2025-12-30 09:00					已删除
3	S0003	theft	open	2025-06-01 09:00		北大街16号			自行车被盗
4	S0001	fire	handled	2026-02-01 09:00	2026-02-02 10:00	北大街12号			灭火器过期
1	handled	
2	dismissed	
4	handled	已更换
fh purge --left-before 2025-01-01 --reports-before 2026-01-01
fh purge --left-before 2025-01-01
