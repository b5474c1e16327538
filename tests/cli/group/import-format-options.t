The format is told by the name (.csv, .yaml, .yml), else by the content; --csv and --yaml force it.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
printf 'members:\n  - {code: S0100, name: 新店, zone: Z1}\n' > a.txt
printf 'code,name,zone\nS0101,新店二,Z1\n' > b.yml
printf 'members:\n  - {code: S0102, name: 新店三, zone: Z2}\n' > c.csv
--- run
fh-group import a.txt
fh-group import --csv b.yml
fh-group import --yaml c.csv
fh-group import b.yml; echo $?
fh-group member list --no-header | cut -f1 | grep S01
--- stdout
1
S0100
S0101
S0102
--- stderr
fh-group: b.yml:1:1: a roster must be a mapping of station, zones, groups, members and teams, not text
