fh init --config takes the points rules as a mapping; an unknown rule or a wrong value is an error at its line and column and no database is made.
--- setup
printf 'station: 枫泾派出所\npoints: {report_filed: 2, top: 3}\n' > good.yaml
printf 'points:\n  patrol: 2\n  parade: 1\n' > bad.yaml
printf 'points: [1, 2]\n' > list.yaml
--- run
fh init --config good.yaml
fh config get points.report_filed
fh config get points.top
fh config get points.patrol
fh init --db b.db --config bad.yaml; echo "exit $?"
fh init --db l.db --config list.yaml; echo "exit $?"
ls b.db l.db 2>/dev/null | wc -l
--- stdout
2
3
1
exit 1
exit 1
0
--- stderr
fh: bad.yaml:3:3: unknown key 'parade'
fh: list.yaml:1:9: points must be a mapping of rule to points
--- locales
C.UTF-8
