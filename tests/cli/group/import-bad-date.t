A date that is not in the calendar is refused.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
cat > r.yaml <<'YAML'
groups:
  - {code: G004, zone: Z1, letter_signed: 2026-02-30}
YAML
--- run
fh-group import r.yaml
--- unchanged
--- stderr
fh-group: r.yaml:2:43: invalid date '2026-02-30': no such day
--- exit
1
