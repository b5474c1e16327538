Deep nesting is refused at the first level the format does not have.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
cat > r.yaml <<'YAML'
members: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
YAML
--- run
fh-group import r.yaml
--- unchanged
--- stderr
fh-group: r.yaml:1:11: each item of 'members' must be a mapping, not a list
--- exit
1
