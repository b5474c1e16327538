Newcomers join their neighbours: a grown station (Z1: three groups of 8
along one street, about 1 km apart, plus nine new shops, three beside
each group; bounds 8..12) gets no new group: each newcomer joins the
nearest group, which has room.  --no-fill keeps the old behaviour (one
new group of the nine).  A newcomer without coordinates joins the group
of its neighbour by address (Z2's 南街 shops).  Where the room is too
small (Z3: one group of 11, twelve newcomers) one joins it and new groups
are formed only for the eleven left.  Sizes stay within bounds.
--- setup
fh init
{
echo 'zones: [{code: Z1, name: 北区块}, {code: Z2, name: 南区块}, {code: Z3, name: 东区块}]'
echo 'groups: [{code: G001, zone: Z1}, {code: G002, zone: Z1}, {code: G003, zone: Z1}, {code: G004, zone: Z2}, {code: G005, zone: Z2}, {code: G006, zone: Z3}]'
echo 'members:'
for g in 1 2 3; do for i in 1 2 3 4 5 6 7 8; do
  echo "  - {code: S$g$i, name: 店$g$i, zone: Z1, group: G00$g, lat: 30.00$i, lon: 121.0${g}0}"; done; done
for g in 1 2 3; do for i in 1 2 3; do
  echo "  - {code: N$g$i, name: 新店$g$i, zone: Z1, lat: 30.00$i, lon: 121.0${g}1}"; done; done
for i in 1 2 3 4 5 6 7 8; do echo "  - {code: T$i, name: 南店$i, zone: Z2, group: G004, address: 南街$i号}"; done
for i in 1 2 3 4 5 6 7 8; do echo "  - {code: U$i, name: 北店$i, zone: Z2, group: G005, address: 北街$i号}"; done
echo "  - {code: V1, name: 南新店, zone: Z2, address: 南街4号附1}"
for i in 01 02 03 04 05 06 07 08 09 10 11; do echo "  - {code: E$i, name: 东店$i, zone: Z3, group: G006, lat: 30.1$i, lon: 121.5}"; done
for i in 01 02 03 04 05 06 07 08 09 10 11 12; do echo "  - {code: F$i, name: 东新店$i, zone: Z3, lat: 30.1$i, lon: 121.501}"; done
} > roster.yaml
fh-group import roster.yaml
--- run
fh-group plan --zone Z1 --min 8 --max 12
fh-group plan --zone Z1 --min 8 --max 12 --no-fill --no-header | cut -f2 | sort | uniq -c | awk '{ print $1, $2 }'
fh-group plan --zone Z2 --min 8 --max 12 --no-header
fh-group plan --zone Z3 --min 8 --max 12 --no-header > z3.tsv
grep -c G006 z3.tsv
cut -f2 z3.tsv | grep -v G006 | sort | uniq -c | awk '$1 < 8 || $1 > 12 { bad = 1 } END { print NR, "new group(s);", bad ? "a size is out of bounds" : "within 8..12" }'
fh-group plan --min 8 --max 12 --apply > /dev/null
fh-group check --min 8 --max 12 --no-header | grep -c '^size'
fh sql --no-header "SELECT \"group\", count(*) FROM members_v WHERE \"group\" IN ('G001', 'G002', 'G003') GROUP BY 1"
--- stdout
member	group
N11	G001
N12	G001
N13	G001
N21	G002
N22	G002
N23	G002
N31	G003
N32	G003
N33	G003
9 G007
V1	G004
1
1 new group(s); within 8..12
0
G001	11
G002	11
G003	11
