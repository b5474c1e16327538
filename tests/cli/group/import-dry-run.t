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
fh-group: dry run: would add 1 zones, 0 groups, 1 members; update 0 zones, 0 groups, 1 members; set 0 leaders
