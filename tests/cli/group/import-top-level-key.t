Only station, zones, groups and members are allowed at the top.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
cat > r.yaml <<'YAML'
shops:
  - {code: X1}
YAML
--- run
fh-group import r.yaml
--- unchanged
--- stderr
fh-group: r.yaml:1:1: unknown key 'shops' in the roster (station, zones, groups, members, teams)
--- exit
1
