lon must be within -180..180.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
cat > r.yaml <<'YAML'
members:
  - {code: S0100, name: 新店, zone: Z1, lat: 30.1, lon: 200}
YAML
--- run
fh-group import r.yaml
--- unchanged
--- stderr
fh-group: r.yaml:2:55: 'lon' must be a number from -180 to 180, not '200'
--- exit
1
