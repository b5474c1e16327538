A team kind outside patrol, publicity, inspection, service, other is refused.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
--- run
fh-group import - <<'YAML'
teams:
  - {code: T1, name: 骑手巡逻队, kind: riders}
YAML
--- unchanged
--- stderr
fh-group: <stdin>:2:35: invalid team kind 'riders' (valid: patrol, publicity, inspection, service, other)
--- exit
1
