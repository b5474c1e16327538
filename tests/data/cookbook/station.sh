# Sourced by the recipe cases' setup (tests/cli/recipes): a station of
# four zones built by gen-station --grouped --seed 5 (400 fixed-place
# members, 20 mobile ones, 47 groups) and its 300 reports of 2026, then a
# year of work on them.  The clock is the year's last evening,
# FH_NOW="2026-12-31 18:00" (the run section must set it too), so that
# every report lies in the past:
# - each month's reports up to November handled on the 3rd of the next
#   month, but every fourth one left open and every seventh of those
#   assigned to 王警官; December's left open;
# - report 300 dismissed as a duplicate of 299;
# - a fire training (activity 1, Z2, three shops of G037) and a later one
#   (activity 4, Z1, two shops of G002), a fire inspection of G037
#   (activity 2) that turned up reports 301 and 302, and a patrol
#   (activity 3) of the patrol team T1 (M001..M004);
# - extinguishers with four shops, a loudhailer with one leader;
# - zone Z2's 2026Q3 meeting held with two action items, one done;
# - shop S0033 left on 2026-10-31.
export FH_NOW="2026-12-31 18:00"
g=${FH_BIGRAM_EXT%/fh_bigram}/examples/gen-station
"$g" --members 400 --zones 4 --mobile 20 --grouped --seed 5 >roster.yaml
"$g" --members 400 --zones 4 --mobile 20 --grouped --seed 5 --reports 300 >reports.jsonl
fh init --station 枫泾派出所
fh-group import roster.yaml
fh-report import reports.jsonl >/dev/null
for m in 01 02 03 04 05 06 07 08 09 10 11; do
	next=$(printf '%02d' $((10#$m + 1)))
	fh-report list --period 2026-$m --no-header | cut -f 1 >ids
	awk 'NR % 4 != 0' ids | fh-report handle - --note 已处置 --at "2026-$next-03 09:00"
	awk 'NR % 4 == 0 && NR % 7 == 0' ids | fh-report assign --new - 王警官
done
fh-report dismiss 300 --reason 重复上报 --duplicate-of 299
fh-group team add T1 巡逻队 --kind patrol
fh-group team join T1 M001 M002 M003 M004 --on 2026-03-01
fh-activity add --kind training --topic fire --zone Z2 --on 2026-05-12 \
	--led-by 李队长 --attendees S0309,S0310,S0315 >/dev/null
fh-activity add --kind inspection --topic fire --zone Z2 --group G037 \
	--on 2026-11-05 --led-by 王警官 >/dev/null
fh-activity add --kind patrol --team T1 --on 2026-11-07 --led-by 王警官 \
	--attendees M001,M002,M003,M004 >/dev/null
fh-activity add --kind training --topic fire --zone Z1 --on 2026-09-20 \
	--led-by 李队长 --attendees S0003,S0004 >/dev/null
fh-report add --category fire --by S0310 --activity 2 --via inspection \
	--at "2026-11-05 10:00" --where 友好路4号 灭火器过期未更换 >/dev/null
fh-report add --category safety --by S0315 --activity 2 --via inspection \
	--at "2026-11-05 10:30" --where 友好路24号 店内电线私拉乱接 >/dev/null
for s in S0309 S0310 S0315 S0003; do
	fh-group equipment issue "$s" 灭火器 --count 2 --on 2026-05-12
done
fh-group equipment issue S0315 喊话器 --on 2026-05-12
fh-meeting plan --quarter 2026Q3 --zone Z2 --on 2026-09-25 >/dev/null
fh-meeting record 1 --held-on 2026-09-25 --chair 李队长 --attended G037,G034
fh-meeting action add 1 友好路商户补配灭火器 --owner 王警官 --due 2026-10-31 >/dev/null
fh-meeting action add 1 G037补签责任书 --owner 汪海燕 >/dev/null
fh-meeting action done 2 --on 2026-10-10
fh-group member leave S0033 --on 2026-10-31
rm -f ids
