The import refuses a member who joined or left in the future, or left before joining, as member add does.
--- setup
fh init
cat > a.yaml <<'YAML'
zones: [{code: Z1, name: 北区块}]
members:
  - {code: S1, name: 一号店, zone: Z1, joined: 2099-01-01}
YAML
cat > b.yaml <<'YAML'
zones: [{code: Z1, name: 北区块}]
members:
  - {code: S1, name: 一号店, zone: Z1, joined: 2025-06-01, left: 2025-05-01}
YAML
cat > c.yaml <<'YAML'
zones: [{code: Z1, name: 北区块}]
members:
  - {code: S1, name: 一号店, zone: Z1, left: 2026-11-24}
YAML
--- run
fh-group import a.yaml; echo $?
fh-group import b.yaml; echo $?
fh-group import c.yaml; echo $?
--- unchanged
--- stdout
1
1
1
--- stderr
fh-group: a.yaml:3:45: date '2099-01-01' is in the future
fh-group: b.yaml:3:63: left on 2025-05-01, before joining on 2025-06-01
fh-group: c.yaml:3:43: date '2026-11-24' is in the future
