A group's leader must be an active member of that group; checked at the end, reported where the leader is named.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
cat > r.yaml <<'YAML'
groups:
  - {code: G001, zone: Z1, leader: S0007}
YAML
--- run
fh-group import r.yaml
--- unchanged
--- stderr
fh-group: r.yaml:2:36: member 'S0007' is not an active member of group 'G001'
--- exit
1
