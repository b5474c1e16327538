An empty quoted name in YAML is refused like an empty CSV field (the CSV
export of such a member would not import again).
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
cat > r.yaml <<'YAML'
members:
  - {code: S0100, name: "", zone: Z1}
YAML
--- run
fh-group import r.yaml
--- unchanged
--- stderr
fh-group: r.yaml:2:25: member 'name' must not be empty
--- exit
1
