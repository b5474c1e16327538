The roster file carries each member's letter_signed and trade (fh-roster(5)), in YAML and CSV: a station's own trade once its config has it; a member the file gives without the key keeps its value, and null clears it; export -f csv and -f yaml write both back.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
fh config set trades.porter.label 搬运工
cat > r.yaml <<'YAML'
members:
  - {code: S0001, name: 老街茶馆, zone: Z1, group: G001, letter_signed: 2026-03-01}
  - {code: S0002, name: 阿婆粽子, zone: Z1, group: G001, letter_signed: 2026-03-02}
  - {code: M0001, kind: mobile, name: 赵骑手, zone: Z1, trade: rider, letter_signed: 2026-04-01}
  - {code: M0003, kind: mobile, name: 孙师傅, zone: Z2, trade: porter}
YAML
--- run
fh-group import r.yaml
printf 'code,name,zone,trade,letter_signed\nM0004,周师傅,Z2,sanitation,2026-05-01\nS0002,阿婆粽子,Z1,,\n' | fh-group import --csv -
printf 'members:\n  - {code: S0001, name: 老街茶馆, zone: Z1}\n  - {code: M0001, name: 赵骑手, zone: Z1, trade: ~}\n' | fh-group import --yaml -
fh-group export -f csv | tr -d "\r" | cut -d, -f 1,15,16
fh-group export -f yaml --reveal | grep -E '^- code: (M000[134]|S000[12])|letter_signed|trade'
--- stdout
code,letter_signed,trade
M0001,2026-04-01,
M0002,,
M0003,,porter
M0004,2026-05-01,sanitation
S0001,2026-03-01,
S0002,,
S0003,,
S0004,,
S0005,,
S0006,,
S0007,,
S0008,,
S0009,,
S0010,,
- {code: G001, zone: Z1, leader: S0001, letter_signed: 2026-03-01, leader_since: 2026-01-01}
- code: M0001
  letter_signed: 2026-04-01
- code: M0003
  trade: porter
- code: M0004
  letter_signed: 2026-05-01
  trade: sanitation
- code: S0001
  letter_signed: 2026-03-01
- code: S0002
