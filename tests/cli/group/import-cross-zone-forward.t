The zone rule holds when the group is defined after the member (a forward reference resolved at the end).
--- setup
fh init
cat > roster.yaml <<'YAML'
zones:
  - {code: Z1, name: 北区块}
  - {code: Z2, name: 南区块}
members:
  - {code: S2, name: 二号店, zone: Z2, group: G1}
groups:
  - {code: G1, zone: Z1}
YAML
--- run
fh-group import roster.yaml
--- unchanged
--- stderr
fh-group: roster.yaml:5:44: member 'S2' is in zone 'Z2' but group 'G1' in zone 'Z1'
--- exit
1
