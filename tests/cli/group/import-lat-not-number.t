lat must be a number within range.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
cat > r.yaml <<'YAML'
members:
  - {code: S0100, name: 新店, zone: Z1, lat: 北纬30度}
YAML
--- run
fh-group import r.yaml
--- unchanged
--- stderr
fh-group: r.yaml:2:44: 'lat' must be a number from -90 to 90, not '北纬30度'
--- exit
1
