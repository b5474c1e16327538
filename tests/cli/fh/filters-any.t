A filter given twice or as a comma list matches any of its values (fh(1)), in every tool: fh-group check, plan (several zones planned in one run) and equipment list, fh-meeting action list, fh audit --actor, fh-stats headline --zone and --family.
--- locales
C.UTF-8
--- setup
fh init
{
echo 'zones: [{code: Z1, name: 北区块}, {code: Z2, name: 南区块}, {code: Z3, name: 西区块}]'
echo 'groups: [{code: G001, zone: Z1}, {code: G002, zone: Z2}, {code: G003, zone: Z3}]'
echo 'members:'
for z in 1 2 3; do
	echo "  - {code: S${z}00, name: 组长$z, zone: Z$z, group: G00$z}"
	for i in 1 2 3; do echo "  - {code: S$z$i, name: 店$z$i, zone: Z$z, address: 大街$z$i号}"; done
done
} > roster.yaml
fh-group import roster.yaml
fh-group equipment issue S100 灭火器 --on 2026-11-01
fh-group equipment issue S200 喊话器 --on 2026-11-01
fh-group equipment issue S300 防暴叉 --on 2026-11-01
fh-meeting plan --quarter 2026Q4
for m in 1 2 3; do fh-meeting action add $m "整改$m" --due 2026-12-31 --owner 组长$m; done
fh --as 甲 config set officers 王警官
fh --as 乙 config set officers 王警官,李警官
fh --as 丙 config set officers 李警官
for z in 1 2 3; do fh-report add --category fire --zone Z$z --at "2026-11-0$z 09:00" "通道堵塞$z"; done
fh-report add --category consult --zone Z2 --at "2026-11-05 09:00" 咨询
--- run
fh-group plan --zone Z1,Z2 --size 3 --min 1 --max 4
fh-meeting action list --zone Z1,Z3
fh-group equipment list --item 灭火器 --item 喊话器
fh audit --actor 甲 --actor 丙 | cut -f3,4
fh-stats headline --period 2026 --zone Z1 --zone Z3 -f json | grep '"reports"'
fh-stats headline --period 2026 --family hazard --family service -f json | grep '"reports"'
fh-group check --zone Z1 --zone Z3
--- stdout
member	group
S11	G004
S12	G004
S13	G004
S21	G005
S22	G005
S23	G005
id	meeting	zone	quarter	text	owner	due_on	done_on
1	1	Z1	2026Q4	整改1	组长1	2026-12-31	
3	3	Z3	2026Q4	整改3	组长3	2026-12-31	
member	name	zone	group	item	count	since
S100	组长1	Z1	G001	灭火器	1	2026-11-01
S200	组长2	Z2	G002	喊话器	1	2026-11-01
actor	command
甲	fh --as 甲 config set officers 王警官
丙	fh --as 丙 config set officers 李警官
  "reports": 2,
  "reports": 4,
problem	zone	group	member	detail	label
size	Z1	G001		size 1, not within 8..12	size out of bounds
size	Z3	G003		size 1, not within 8..12	size out of bounds
no-leader	Z1	G001		no leader	without a leader
no-leader	Z3	G003		no leader	without a leader
ungrouped	Z1		S11	active member without a group	without a group
ungrouped	Z1		S12	active member without a group	without a group
ungrouped	Z1		S13	active member without a group	without a group
ungrouped	Z3		S31	active member without a group	without a group
ungrouped	Z3		S32	active member without a group	without a group
ungrouped	Z3		S33	active member without a group	without a group
--- exit
3
