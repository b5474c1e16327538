check lists each roster problem on a line, with its label, and exits 3 (found, not failed); --min/--max set the bounds.  S0002 and S0007 have not signed their own letters (member-unsigned, a row each).
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
fh-group assign S0009 G001 --force
fh-group member edit S0005 --group G001
sqlite3 fh.db "UPDATE members SET letter_signed = '2026-03-01' WHERE code NOT IN ('S0002', 'S0007')"
--- run
fh-group check -f table
echo "exit $?"
fh-group check --min 1 --max 3 --zone Z2
echo "exit $?"
fh-group check --min 5 --max 2; echo $?
--- stdout
problem          zone  group  member  detail                                label
size             Z1    G001           size 5, not within 8..12              size out of bounds
size             Z1    G002           size 2, not within 8..12              size out of bounds
size             Z2    G003           size 2, not within 8..12              size out of bounds
no-leader        Z1    G002           no leader                             without a leader
no-leader        Z2    G003           no leader                             without a leader
member-unsigned  Z1    G001   S0002   the member has not signed the letter  member's letter not signed
member-unsigned  Z2    G003   S0007   the member has not signed the letter  member's letter not signed
ungrouped        Z2           S0010   active member without a group         without a group
cross-zone       Z1    G001   S0009   member in zone Z2, group in zone Z1   across zones
exit 3
problem	zone	group	member	detail	label
no-leader	Z2	G003		no leader	without a leader
member-unsigned	Z2	G003	S0007	the member has not signed the letter	member's letter not signed
ungrouped	Z2		S0010	active member without a group	without a group
exit 3
2
--- stderr
fh-group: --min 5 is more than --max 2 (see 'fh-group --help')
