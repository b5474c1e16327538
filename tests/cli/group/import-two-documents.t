A roster is one document.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
cat > r.yaml <<'YAML'
zones: []
---
zones: []
YAML
--- run
fh-group import r.yaml
--- unchanged
--- stderr
fh-group: r.yaml:2:1: a roster is one YAML document, but another follows
--- exit
1
