Every value of a roster is bounded by field_max_bytes (fh-config(5)), as
it is read, with file:line:col: here the limit is 16 bytes and each key in
turn (station, zone, group, member and team keys, the list of teams as a
whole) holds 17.  Without a setting the limit is 4096 bytes, in YAML and
CSV alike.  Nothing is written.
--- setup
printf 'field_max_bytes: 16\n' >limits.yaml
fh init --config limits.yaml
long=aaaaaaaaaaaaaaaaa
# One file a key: the record it belongs to, with that key 17 bytes long.
n=0
for k in code name; do
	n=$((n + 1)); f=$(printf k%02d.yaml $n); printf 'zones:\n  - {code: Z1, name: n}\n  - {code: Z9, name: n}\n' | sed "3s/$k: [^,}]*/$k: $long/" >$f
done
for k in zone name leader letter_signed leader_since formed dissolved note; do
	n=$((n + 1)); f=$(printf k%02d.yaml $n); printf 'groups:\n  - {code: G1, zone: Z1, name: n, leader: S1, letter_signed: 2026-01-01, leader_since: 2026-01-01, formed: 2026-01-01, dissolved: 2026-02-01, note: n}\n' | sed "2s/$k: [^,}]*/$k: $long/" >$f
done
for k in code kind name contact phone address zone group lat lon joined left note; do
	n=$((n + 1)); f=$(printf k%02d.yaml $n); printf 'members:\n  - {code: S1, kind: shop, name: n, contact: c, phone: "13800138000", address: a, zone: Z1, group: G1, lat: 30, lon: 121, joined: 2026-01-01, left: 2026-02-01, note: n}\n' | sed "2s/$k: [^,}]*/$k: $long/" >$f
done
for k in code name kind zone; do
	n=$((n + 1)); f=$(printf k%02d.yaml $n); printf 'teams:\n  - {code: T1, name: n, kind: patrol, zone: Z1}\n' | sed "2s/$k: [^,}]*/$k: $long/" >$f
done
printf 'station: %s\n' $long >station.yaml
printf 'members:\n  - {code: S1, name: n, zone: Z1, teams: [T1, T2, T3, T4, T5, T6]}\n' >teams.yaml
printf 'code,name,zone,teams\nS1,%s,Z1,\nS2,n,Z1,T1 T2 T3 T4 T5 T6\n' $long >long.csv
printf 'code,name,zone,teams\nS2,n,Z1,T1 T2 T3 T4 T5 T6\n' >teams.csv
fh init --db default.db
head -c 4096 /dev/zero | tr '\0' x >name4096
printf 'zones:\n  - {code: Z1, name: %s}\n' "$(cat name4096)" >ok.yaml
printf 'zones:\n  - {code: Z1, name: %s}\n' "$(cat name4096)y" >over.yaml
printf 'code,name,zone\nS1,%s,Z1\n' "$(cat name4096)y" >over.csv
--- run
for f in k*.yaml station.yaml teams.yaml long.csv teams.csv; do fh-group import $f; done
fh-group --db default.db import over.yaml
fh-group --db default.db import over.csv
fh-group --db default.db import --dry-run ok.yaml 2>/dev/null && echo "4096 bytes: taken"
--- stdout
4096 bytes: taken
--- stderr
fh-group: k01.yaml:3:12: code is longer than the limit of 16 bytes (field_max_bytes in fh-config(5))
fh-group: k02.yaml:3:22: name is longer than the limit of 16 bytes (field_max_bytes in fh-config(5))
fh-group: k03.yaml:2:22: zone is longer than the limit of 16 bytes (field_max_bytes in fh-config(5))
fh-group: k04.yaml:2:32: name is longer than the limit of 16 bytes (field_max_bytes in fh-config(5))
fh-group: k05.yaml:2:43: leader is longer than the limit of 16 bytes (field_max_bytes in fh-config(5))
fh-group: k06.yaml:2:62: letter_signed is longer than the limit of 16 bytes (field_max_bytes in fh-config(5))
fh-group: k07.yaml:2:88: leader_since is longer than the limit of 16 bytes (field_max_bytes in fh-config(5))
fh-group: k08.yaml:2:108: formed is longer than the limit of 16 bytes (field_max_bytes in fh-config(5))
fh-group: k09.yaml:2:131: dissolved is longer than the limit of 16 bytes (field_max_bytes in fh-config(5))
fh-group: k10.yaml:2:149: note is longer than the limit of 16 bytes (field_max_bytes in fh-config(5))
fh-group: k11.yaml:2:12: code is longer than the limit of 16 bytes (field_max_bytes in fh-config(5))
fh-group: k12.yaml:2:22: kind is longer than the limit of 16 bytes (field_max_bytes in fh-config(5))
fh-group: k13.yaml:2:34: name is longer than the limit of 16 bytes (field_max_bytes in fh-config(5))
fh-group: k14.yaml:2:46: contact is longer than the limit of 16 bytes (field_max_bytes in fh-config(5))
fh-group: k15.yaml:2:56: phone is longer than the limit of 16 bytes (field_max_bytes in fh-config(5))
fh-group: k16.yaml:2:80: address is longer than the limit of 16 bytes (field_max_bytes in fh-config(5))
fh-group: k17.yaml:2:89: zone is longer than the limit of 16 bytes (field_max_bytes in fh-config(5))
fh-group: k18.yaml:2:100: group is longer than the limit of 16 bytes (field_max_bytes in fh-config(5))
fh-group: k19.yaml:2:109: lat is longer than the limit of 16 bytes (field_max_bytes in fh-config(5))
fh-group: k20.yaml:2:118: lon is longer than the limit of 16 bytes (field_max_bytes in fh-config(5))
fh-group: k21.yaml:2:131: joined is longer than the limit of 16 bytes (field_max_bytes in fh-config(5))
fh-group: k22.yaml:2:149: left is longer than the limit of 16 bytes (field_max_bytes in fh-config(5))
fh-group: k23.yaml:2:167: note is longer than the limit of 16 bytes (field_max_bytes in fh-config(5))
fh-group: k24.yaml:2:12: code is longer than the limit of 16 bytes (field_max_bytes in fh-config(5))
fh-group: k25.yaml:2:22: name is longer than the limit of 16 bytes (field_max_bytes in fh-config(5))
fh-group: k26.yaml:2:31: kind is longer than the limit of 16 bytes (field_max_bytes in fh-config(5))
fh-group: k27.yaml:2:45: zone is longer than the limit of 16 bytes (field_max_bytes in fh-config(5))
fh-group: station.yaml:1:10: station is longer than the limit of 16 bytes (field_max_bytes in fh-config(5))
fh-group: teams.yaml:2:42: teams is longer than the limit of 16 bytes (field_max_bytes in fh-config(5))
fh-group: long.csv:2:2: name is longer than the limit of 16 bytes (field_max_bytes in fh-config(5))
fh-group: teams.csv:2:4: teams is longer than the limit of 16 bytes (field_max_bytes in fh-config(5))
fh-group: over.yaml:2:22: name is longer than the limit of 4096 bytes (field_max_bytes in fh-config(5))
fh-group: over.csv:2:2: name is longer than the limit of 4096 bytes (field_max_bytes in fh-config(5))
--- unchanged
