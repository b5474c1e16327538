A YAML syntax error names libyaml's place and problem.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
cat > r.yaml <<'YAML'
members:
  - {code: S0100, name: 新店, zone: Z1
  - {code: S0101, name: 新店, zone: Z1}
YAML
--- run
fh-group import r.yaml
--- unchanged
--- stderr
fh-group: r.yaml:3:5: did not find expected ',' or '}'
--- exit
1
