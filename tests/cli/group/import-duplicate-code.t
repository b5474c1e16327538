The same member code twice in one file is an error at the second.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
cat > r.yaml <<'YAML'
members:
  - {code: S0100, name: 新店, zone: Z1}
  - {code: S0101, name: 新店二, zone: Z1}
  - {code: S0100, name: 新店三, zone: Z2}
YAML
--- run
fh-group import r.yaml
--- unchanged
--- stderr
fh-group: r.yaml:4:12: duplicate member code 'S0100'
--- exit
1
