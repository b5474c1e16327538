A member in an unknown group is refused, at the group's line and column, once the whole file has been read.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
cat > r.yaml <<'YAML'
members:
  - {code: S0100, name: 新店, zone: Z1, group: G404}
groups:
  - {code: G004, zone: Z1}
YAML
--- run
fh-group import r.yaml
--- unchanged
--- stderr
fh-group: r.yaml:2:46: unknown group 'G404'
--- exit
1
