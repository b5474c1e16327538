A member in a zone that neither the file nor the database has is refused where the zone is written.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
cat > r.yaml <<'YAML'
zones:
  - {code: Z3, name: 西区块}
members:
  - {code: S0100, name: 新店, zone: Z3}
  - code: S0101
    name: 新店二
    zone: Z9
YAML
--- run
fh-group import r.yaml
--- unchanged
--- stderr
fh-group: r.yaml:7:11: unknown zone 'Z9'
--- exit
1
