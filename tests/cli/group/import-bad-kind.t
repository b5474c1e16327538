A member kind outside shop, household, organisation, mobile is refused.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
cat > r.yaml <<'YAML'
members:
  - {code: S0100, kind: car, name: 新店, zone: Z1}
YAML
--- run
fh-group import r.yaml
--- unchanged
--- stderr
fh-group: r.yaml:2:25: invalid kind 'car' (valid: shop, household, organisation, mobile)
--- exit
1
