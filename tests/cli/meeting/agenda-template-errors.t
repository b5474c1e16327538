A bad template is an error naming its file, line and column.
--- setup
. "$DATA/stats-meetings.sh"
printf 'title: x\nsections:\n  - key: weather\n' > e1.yaml
printf 'title: x\ncolour: red\nsections: []\n' > e2.yaml
printf 'title: "{zone_code} agenda"\nsections:\n  - key: meeting\n' > e3.yaml
printf 'title: [unclosed\n' > e4.yaml
printf 'title: x\n' > e5.yaml
printf 'title: x\nsections:\n  - key: text\n    title: y\n' > e6.yaml
printf -- '- a\n- b\n' > e7.yaml
printf 'title: x\nsections:\n  - key: meeting\n    titel: y\n' > e8.yaml
--- run
for i in 1 2 3 4 5 6 7 8; do fh-meeting agenda 2 --template e$i.yaml; echo "exit $?"; done
fh-meeting agenda 2 --template none.yaml; echo "exit $?"
--- stdout
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
--- stderr
fh-meeting: e1.yaml:3:10: unknown section 'weather' (use meeting, opening, reports_by_category, open_reports, group_issues, activities, praise, open_actions, comparison or text)
fh-meeting: e2.yaml:2:1: unknown key 'colour'
fh-meeting: e3.yaml:1:8: unknown placeholder '{zone_code}' in the title
fh-meeting: e4.yaml:2:1: did not find expected ',' or ']'
fh-meeting: e5.yaml:1:1: the template needs a list of sections
fh-meeting: e6.yaml:3:5: a text section needs a text
fh-meeting: e7.yaml:1:1: a template must be a mapping with a title and sections
fh-meeting: e8.yaml:4:5: unknown key 'titel'
fh-meeting: cannot open 'none.yaml': No such file or directory
--- unchanged
