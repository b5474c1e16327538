A billion-laughs document is refused at the first anchor, before anything grows.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
cat > r.yaml <<'YAML'
station: 枫泾派出所
zones: &a [{code: Z3, name: a}, {code: Z4, name: b}]
groups: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
members: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
YAML
--- run
fh-group import r.yaml
--- unchanged
--- stderr
fh-group: r.yaml:2:8: anchors and aliases are not allowed in a roster
--- exit
1
