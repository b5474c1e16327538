plan forms groups that any correct planner would: sizes within bounds, zones never crossed, grouped, mobile and departed members left alone, the dry run changes nothing, and --apply writes exactly what the dry run printed.
--- setup
fh init
{
echo 'zones: [{code: Z1, name: 北区块}, {code: Z2, name: 南区块}]'
echo 'groups: [{code: G012, zone: Z1}]'
echo 'members:'
for i in $(seq 1 23); do echo "  - {code: A$i, name: 北店$i, zone: Z1, lat: 30.$((1000 + i * 37 % 101)), lon: 121.$((2000 + i * 53 % 97))}"; done
for i in $(seq 1 17); do echo "  - {code: B$i, name: 南店$i, zone: Z2, address: 南大街$((i * 7 % 17))号}"; done
for i in $(seq 1 9); do echo "  - {code: C$i, name: 老组$i, zone: Z1, group: G012}"; done
echo '  - {code: M1, kind: mobile, name: 骑手, zone: Z1}'
echo '  - {code: L1, name: 已搬走, zone: Z2, left: 2026-01-01}'
} > roster.yaml
fh-group import roster.yaml
--- run
q='SELECT member, "group" FROM members_v ORDER BY member'
fh sql "$q" > before
fh-group plan --no-header > plan.tsv
fh sql "$q" | cmp - before && echo "the dry run changed nothing"
cut -f1 plan.tsv | sort > planned
fh sql --no-header "SELECT member FROM members_v WHERE active AND kind <> 'mobile' AND \"group\" IS NULL ORDER BY 1" | sort | cmp - planned && echo "exactly the active ungrouped non-mobile members are planned"
cut -f2 plan.tsv | sort | uniq -c | awk '$1 < 8 || $1 > 12 { bad = 1 } END { print bad ? "a size is out of bounds" : "every size is within 8..12" }'
fh sql --no-header "SELECT \"group\" FROM groups_v" | grep -xFf - <(cut -f2 plan.tsv) || echo "new groups have fresh codes"
fh-group plan --apply --no-header > applied.tsv
cmp plan.tsv applied.tsv && echo "--apply printed the same plan"
fh sql --no-header "SELECT member, \"group\" FROM members_v WHERE \"group\" IS NOT NULL AND \"group\" <> 'G012'" | sort | cmp - <(sort applied.tsv) && echo "--apply wrote what it printed"
fh sql --no-header "SELECT count(*) FROM members m JOIN groups g ON g.id = m.group_id WHERE m.zone_id <> g.zone_id"
fh sql --no-header "SELECT group_concat(member) FROM members_v WHERE \"group\" = 'G012'"
fh sql --no-header "SELECT member, coalesce(\"group\", '-') FROM members_v WHERE member IN ('M1', 'L1')"
fh-group plan --no-header | wc -l
--- stdout
the dry run changed nothing
exactly the active ungrouped non-mobile members are planned
every size is within 8..12
new groups have fresh codes
--apply printed the same plan
--apply wrote what it printed
0
C1,C2,C3,C4,C5,C6,C7,C8,C9
L1	-
M1	-
0
