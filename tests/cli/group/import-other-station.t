A roster of another station is refused (line and column of its name); a roster of this station, or one without a name, loads.
--- setup
fh init --station 新浜派出所
printf 'station: 枫泾派出所\nzones:\n  - {code: Z1, name: 北区块}\n' > other.yaml
printf 'station: 新浜派出所\nzones:\n  - {code: Z1, name: 北区块}\n' > same.yaml
printf 'station: ~\nzones:\n  - {code: Z2, name: 南区块}\n' > none.yaml
--- run
fh-group import other.yaml; echo "exit $?"
fh-group import same.yaml
fh-group import none.yaml
fh-group zone list --no-header
--- stdout
exit 1
Z1	北区块	0	0
Z2	南区块	0	0
--- stderr
fh-group: other.yaml:1:10: the roster is for station '枫泾派出所', but this database is '新浜派出所'
