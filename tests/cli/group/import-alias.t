Aliases are refused (alias bombs).
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
cat > r.yaml <<'YAML'
zones:
  - &z {code: Z3, name: 西区块}
  - *z
YAML
--- run
fh-group import r.yaml
--- unchanged
--- stderr
fh-group: r.yaml:2:5: anchors and aliases are not allowed in a roster
--- exit
1
