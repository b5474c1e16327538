A roster import may move a group to another zone when it moves the group's active members along (a member who left stays where it was).
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
fh-group member leave S0008 --on 2026-11-01
printf 'groups:\n  - {code: G003, zone: Z1}\nmembers:\n  - {code: S0007, name: 南栅书店, zone: Z1, group: G003}\n' >move.yaml
--- run
fh-group import move.yaml >/dev/null; echo "exit $?"
fh-group list -f tsv | cut -f 1,2 | grep G003
--- stdout
exit 0
G003	Z1
