check and plan take the group size bounds from the settings group_min_size and group_max_size when --min/--max are not given; the options still override.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
fh config set group_min_size 2
fh config set group_max_size 5
sqlite3 fh.db "UPDATE members SET letter_signed = '2026-03-01'"
--- run
fh-group check -f tsv | cut -f 1-3
echo "exit $?"
fh-group check --max 2 -f tsv | cut -f 1-5
fh-group plan --size 10 --min 2; echo "exit $?"
--- stdout
problem	zone	group
no-leader	Z2	G003
letter-unsigned	Z1	G002
ungrouped	Z2	
ungrouped	Z2	
exit 0
problem	zone	group	member	detail
size	Z1	G001		size 3, not within 2..2
size	Z1	G002		size 3, not within 2..2
no-leader	Z2	G003		no leader
letter-unsigned	Z1	G002	S0005	letter not signed
ungrouped	Z2		S0009	active member without a group
ungrouped	Z2		S0010	active member without a group
exit 2
--- stderr
fh-group: sizes must satisfy min <= size <= max, got 2 <= 10 <= 5 (see 'fh-group --help')
--- unchanged
