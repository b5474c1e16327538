A list where text is expected is a type error.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
cat > r.yaml <<'YAML'
members:
  - code: S0100
    name: [新店, 老店]
    zone: Z1
YAML
--- run
fh-group import r.yaml
--- unchanged
--- stderr
fh-group: r.yaml:3:11: 'name' must be text, not a list
--- exit
1
