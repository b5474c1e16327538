An error late in the file undoes everything before it: all or nothing.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
--- run
fh-group import - <<'YAML'
zones:
  - {code: Z3, name: 西区块}
groups:
  - {code: G004, zone: Z3}
members:
  - {code: S0001, name: 改名的茶馆, zone: Z1}
  - {code: S0100, name: 新店, zone: Z3, group: G004}
  - {code: S0101, name: 新店二, zone: Z3, group: G004, joined: 2026-13-01}
YAML
--- unchanged
--- stderr
fh-group: <stdin>:8:61: invalid date '2026-13-01': no such day
--- exit
1
