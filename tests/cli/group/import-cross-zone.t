The import applies the command's rule: a member's group must be in the member's zone (here S2 in Z2, G1 in Z1), reported where the group is named, nothing written.
--- setup
fh init
cat > roster.yaml <<'YAML'
zones:
  - {code: Z1, name: 北区块}
  - {code: Z2, name: 南区块}
groups:
  - {code: G1, zone: Z1}
members:
  - {code: S1, name: 一号店, zone: Z1, group: G1}
  - {code: S2, name: 二号店, zone: Z2, group: G1}
YAML
--- run
fh-group import roster.yaml
--- unchanged
--- stderr
fh-group: roster.yaml:8:44: member 'S2' is in zone 'Z2' but group 'G1' in zone 'Z1'
--- exit
1
