--dry-run checks the whole file, says what would change, and changes nothing.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
--- run
fh-group import --dry-run - <<'YAML'
zones:
  - {code: Z3, name: 西区块}
members:
  - {code: S0001, name: 老街茶馆, zone: Z1, phone: "13800138999"}
  - {code: S0100, name: 新店, zone: Z3}
YAML
--- unchanged
--- stderr
fh-group: dry run, nothing changed: zones 1 new 0 updated, groups 0 new 0 updated, members 1 new 1 updated, teams 0 new 0 updated, leaders 0 new
