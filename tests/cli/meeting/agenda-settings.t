Without --template, fh-meeting agenda uses the station's settings agenda_template (a template file, checked to parse when set) and agenda_title (which overrides the template's title); --template still wins.
--- setup
. "$DATA/stats-meetings.sh"
cat > t.yaml <<'YAML'
title: "{zone} 例会"
sections:
  - {key: open_actions, title: 遗留事项}
YAML
printf 'title: x\nsections: [{key: nope}]\n' > bad.yaml
fh config set agenda_template t.yaml
--- run
fh-meeting agenda 2 | head -n 1
fh config set agenda_title '{zone_name} 季度例会 {date}'
fh-meeting agenda 2
fh-meeting agenda 2 --template t.yaml | head -n 1
fh config set agenda_template bad.yaml; echo "exit $?"
fh config set agenda_title '{who}'; echo "exit $?"
fh config set agenda_template missing.yaml; echo "exit $?"
fh config get agenda_title
--- stdout
# Z1 例会
# 北区块 季度例会 2026-12-20

## 遗留事项

| 编号 | 会议 | 事项 | 负责人 | 期限 | 逾期 |
| ---: | --- | --- | --- | --- | --- |
| 1 | 2026Q3 | 清理北大街消防通道 | 张三 | 2026-10-31 | 逾期 |

# Z1 例会
exit 1
exit 1
exit 1
{zone_name} 季度例会 {date}
--- stderr
fh: DIR/bad.yaml:2:18: unknown section 'nope' (use meeting, opening, reports_by_category, open_reports, group_issues, activities, praise, open_actions, comparison or text)
fh: agenda_title: unknown placeholder '{who}' in the title
fh: agenda_template: cannot open 'missing.yaml': No such file or directory
--- filter
s|/[^ ]*/bad.yaml|DIR/bad.yaml|
