A leader that is no member at all is refused.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
cat > r.yaml <<'YAML'
groups:
  - {code: G004, zone: Z1, leader: S0999}
YAML
--- run
fh-group import r.yaml
--- unchanged
--- stderr
fh-group: r.yaml:2:36: unknown member 'S0999'
--- exit
1
