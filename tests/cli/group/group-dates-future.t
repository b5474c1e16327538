A group is not formed or dissolved on a date still to come (the clock is 2026-11-23): group add --formed refuses it as dissolve --on does, and so does the import, with file:line:col.  Nothing is written.
--- setup
fh init
cat > a.yaml <<'YAML'
zones: [{code: Z1, name: 北区块}]
groups:
  - {code: G1, zone: Z1, formed: 2026-11-24}
YAML
cat > b.yaml <<'YAML'
zones: [{code: Z1, name: 北区块}]
groups:
  - {code: G1, zone: Z1, formed: 2026-01-01, dissolved: 2099-01-01}
YAML
fh-group zone add Z1 北区块
--- run
fh-group add G1 --zone Z1 --formed 2026-11-24; echo $?
fh-group import a.yaml; echo $?
fh-group import b.yaml; echo $?
--- unchanged
--- stdout
1
1
1
--- stderr
fh-group: --formed: date '2026-11-24' is in the future
fh-group: a.yaml:3:34: date '2026-11-24' is in the future
fh-group: b.yaml:3:57: date '2099-01-01' is in the future
