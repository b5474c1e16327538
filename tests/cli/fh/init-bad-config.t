A bad config is an error with file, line and column, and no database is left behind.
--- setup
printf 'station: 枫泾派出所\ncategories:\n  - {code: gas, famly: hazard}\n' > bad.yaml
--- run
fh init --config bad.yaml; echo "exit $?"
ls
--- stdout
exit 1
bad.yaml
--- stderr
fh: bad.yaml:3:17: unknown key 'famly'
