A trade the config cannot take is refused, naming the key, and nothing changes: one of fh's own codes, a label that is fh's or another of the station's trades' (or a code), an empty label, a code with capitals, a field other than label, the whole list on one line, and a bad entry in a config file with its line and column.
--- setup
fh init
fh config set trades.porter.label 搬运工
printf 'trades:\n  - {code: guide}\n' > bad.yaml
--- run
fh config set trades.rider.label 骑手; echo "exit $?"
fh config set trades.bike.label 快递员; echo "exit $?"
fh config set trades.bike.label 搬运工; echo "exit $?"
fh config set trades.bike.label porter; echo "exit $?"
fh config set trades.bike.label ''; echo "exit $?"
fh config set trades.Bike.label 单车; echo "exit $?"
fh config set trades.bike.name 单车; echo "exit $?"
fh config set trades bike; echo "exit $?"
fh config set --file bad.yaml; echo "exit $?"
--- stdout
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 2
exit 2
exit 1
--- stderr
fh: trades.rider.label: trade 'rider' is one of fh's own: give a station's trade a code of its own
fh: trades.bike.label: label '快递员' is already used by trade 'courier'
fh: trades.bike.label: label '搬运工' is already used by trade 'porter'
fh: trades.bike.label: label 'porter' is already used by trade 'porter'
fh: trades.bike.label: a trade's label must be one line of text, not empty
fh: trades.Bike.label: invalid trade code 'Bike' (use lower-case letters, digits and '-')
fh: unknown setting 'trades.bike.name' (a trade has a label: trades.CODE.label)
fh: set a trade as trades.CODE.label, or with --file
fh: bad.yaml:2:5: a trade needs a code and a label
--- unchanged
