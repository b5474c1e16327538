A member's team that neither the file nor the database has is refused where it is listed.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
--- run
fh-group import - <<'YAML'
teams:
  - {code: T1, name: 骑手巡逻队, kind: patrol}
members:
  - code: M0001
    name: 赵骑手
    zone: Z1
    teams: [T1, T7]
YAML
--- unchanged
--- stderr
fh-group: <stdin>:7:12: unknown team 'T7'
--- exit
1
