A member without a name is refused at the member's start.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
cat > r.yaml <<'YAML'
members:
  - code: S0100
    zone: Z1
YAML
--- run
fh-group import r.yaml
--- unchanged
--- stderr
fh-group: r.yaml:2:5: member has no 'name'
--- exit
1
