A key the roster format does not know is an error at its line and column.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
cat > r.yaml <<'YAML'
members:
  - code: S0100
    name: 新店
    zone: Z1
    colour: red
YAML
--- run
fh-group import r.yaml
--- unchanged
--- stderr
fh-group: r.yaml:5:5: unknown key 'colour' in a member
--- exit
1
