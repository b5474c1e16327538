The same zone code twice in one file is an error.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
cat > r.yaml <<'YAML'
zones:
  - {code: Z3, name: 西区块}
  - {code: Z3, name: 东区块}
YAML
--- run
fh-group import r.yaml
--- unchanged
--- stderr
fh-group: r.yaml:3:12: duplicate zone code 'Z3'
--- exit
1
