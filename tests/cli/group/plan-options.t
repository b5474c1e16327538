plan's options: sizes parsed strictly, min <= size <= max, min and max default to size-2 and size+2, --zone limits the plan to one zone. Nine members cannot make groups of exactly 4: the nearest split, 5 and 4, is used.
--- setup
fh init
{
echo 'zones: [{code: Z1, name: 北区块}, {code: Z2, name: 南区块}]'
echo 'members:'
for i in $(seq 1 12); do echo "  - {code: A$i, name: 北店$i, zone: Z1}"; done
for i in $(seq 1 9); do echo "  - {code: B$i, name: 南店$i, zone: Z2}"; done
} > roster.yaml
fh-group import roster.yaml
--- run
fh-group plan --size 5 --no-header --zone Z2 > z2.tsv
grep -c B z2.tsv; grep -c A z2.tsv
cut -f2 z2.tsv | sort | uniq -c | awk '$1 < 3 || $1 > 7 { bad = 1 } END { print bad ? "out of 3..7" : "within 3..7" }'
fh-group plan --size 4 --min 4 --max 4 --no-header | cut -f2 | sort | uniq -c | awk '{ print $1 }' | sort -u
fh-group plan --size 3 --zone Z1 --apply --no-header | wc -l
fh-group list --no-header | awk '{ print $2, ($3 >= 1 && $3 <= 5) ? "within 1..5" : "out of 1..5" }' | sort -u
fh-group member list --zone Z2 --no-header | awk -F '\t' '$8 != "" { n++ } END { print n + 0 }'
fh-group plan --size 10 --min 11; echo $?
fh-group plan --size 10 --max 9; echo $?
fh-group plan --size ten; echo $?
fh-group plan --size 0; echo $?
fh-group plan --zone Z9; echo $?
fh-group plan extra; echo $?
--- stdout
9
0
within 3..7
4
5
12
Z1 within 1..5
0
2
2
1
1
1
2
--- stderr
fh-group: sizes must satisfy min <= size <= max, got 11 <= 10 <= 12 (see 'fh-group --help')
fh-group: sizes must satisfy min <= size <= max, got 8 <= 10 <= 9 (see 'fh-group --help')
fh-group: invalid value 'ten' for --size (a whole number from 1 to 10000)
fh-group: invalid value '0' for --size (a whole number from 1 to 10000)
fh-group: unknown zone 'Z9'
fh-group: plan takes no arguments, got 'extra' (see 'fh-group --help')
