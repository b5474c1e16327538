An import refuses, with the line and column and nothing changed, a member's letter signed in the future, a trade the station does not have, and a trade given by its label (a file holds codes, as for kinds).
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
printf 'members:\n  - {code: S0001, name: 老街茶馆, zone: Z1, letter_signed: 2026-12-01}\n' > future.yaml
printf 'members:\n  - {code: M0001, name: 赵骑手, zone: Z1, trade: porter}\n' > unknown.yaml
printf 'code,name,zone,trade\nM0001,赵骑手,Z1,快递员\n' > label.csv
--- run
fh-group import future.yaml; echo $?
fh-group import unknown.yaml; echo $?
fh-group import label.csv; echo $?
--- stdout
1
1
1
--- stderr
fh-group: future.yaml:2:56: date '2026-12-01' is in the future
fh-group: unknown.yaml:2:47: unknown trade 'porter' (valid: rider, courier, driver, sanitation, security, other)
fh-group: label.csv:2:4: trade '快递员' must be given by its code, 'courier'
--- unchanged
