A roster import that moves a group to another zone checks that group's active members that are not in the file too: refused with file, line and column of the group's zone naming the group and a member left behind, and nothing changes.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
printf 'groups:\n  - {code: G003, zone: Z1}\n' >move.yaml
printf 'groups:\n  - {code: G003, zone: Z1}\nmembers:\n  - {code: S0007, name: 南栅书店, zone: Z1, group: G003}\n' >half.yaml
--- run
fh-group import move.yaml; echo "exit $?"
fh-group import half.yaml; echo "exit $?"
fh-group import --dry-run move.yaml >/dev/null; echo "exit $?"
fh-group check --zone Z1 -f tsv | grep cross-zone
--- stdout
exit 1
exit 1
exit 1
--- stderr
fh-group: move.yaml:2:24: group 'G003' is in zone 'Z1' but its member 'S0007' in zone 'Z2'
fh-group: half.yaml:2:24: group 'G003' is in zone 'Z1' but its member 'S0008' in zone 'Z2'
fh-group: move.yaml:2:24: group 'G003' is in zone 'Z1' but its member 'S0007' in zone 'Z2'
--- exit
1
--- unchanged
