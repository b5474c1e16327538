Leader terms through the import follow the leader command's rules: a start not in the future, not before the leader joined, and never overlapping the group's terms.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
fh-group leader G002 S0006 --on 2026-03-01
cat > future.yaml <<'YAML'
groups:
  - {code: G003, zone: Z2, leader: S0007, leader_since: 2099-01-01}
YAML
cat > joined.yaml <<'YAML'
groups:
  - {code: G001, zone: Z1, leader: S0001, leader_since: 2025-01-01}
YAML
cat > overlap.yaml <<'YAML'
groups:
  - {code: G002, zone: Z1, leader: S0004, leader_since: 2026-02-01}
YAML
--- run
fh-group import future.yaml; echo $?
fh-group import joined.yaml; echo $?
fh-group import overlap.yaml; echo $?
--- unchanged
--- stdout
1
1
1
--- stderr
fh-group: future.yaml:2:36: date '2099-01-01' is in the future
fh-group: joined.yaml:2:36: a leader term cannot start on 2025-01-01, before member 'S0001' joined on 2025-06-01
fh-group: overlap.yaml:2:36: the current leader of group 'G002' started on 2026-03-01, after 2026-02-01
