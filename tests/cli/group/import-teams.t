Teams in a roster: defined in any order, a member's teams list sets what it belongs to (joining and leaving), and the kinds are checked.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
--- run
fh-group import - <<'YAML'
members:
  - {code: M0001, kind: mobile, name: 赵骑手, zone: Z1, teams: [T2, T1]}
  - {code: S0007, name: 南栅书店, zone: Z2, teams: T2}
teams:
  - {code: T1, name: 骑手巡逻队, kind: patrol, zone: Z1}
  - {code: T2, name: 反诈宣传队, kind: publicity}
YAML
fh-group team list
fh-group import - <<'YAML'
members:
  - {code: M0001, name: 赵骑手, zone: Z1, teams: [T1]}
YAML
fh-group team list --no-header
fh-group member list --team T2 --no-header | cut -f1
fh-group import --dry-run - <<'YAML'
teams:
  - {code: T3, name: 服务队, kind: service}
YAML
--- stdout
team	name	kind	zone	size
T1	骑手巡逻队	patrol	Z1	1
T2	反诈宣传队	publicity		2
T1	骑手巡逻队	patrol	Z1	1
T2	反诈宣传队	publicity		1
S0007
--- stderr
fh-group: dry run, nothing changed: zones 0 new 0 updated, groups 0 new 0 updated, members 0 new 0 updated, teams 1 new 0 updated, leaders 0 new
