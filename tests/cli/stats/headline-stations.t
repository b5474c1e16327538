fh-stats headline over two stations whose configs word the categories
differently: a category is quoted as the first station (in the order of
--db) that quotes it words it, and the other stations' reports of that
code count under it; a category only a later station quotes is quoted
too; clauses worded alike (北站's own elder and lost-person are both
找回走失人员 名) make one.  北站 rewords lost-item 归还失物 件; 南站 adds
scam-call 劝阻诈骗电话 起.  Handled: 北站 lost-person, lost-item, elder;
南站 lost-person, lost-item, scam-call, fraud.
--- setup
cat >a.yaml <<'YAML'
station: 北站
categories:
  - {code: lost-item, family: service, label: 遗失物品, headline: 归还失物, unit: 件}
  - {code: elder, family: service, label: 走失老人, headline: 找回走失人员, unit: 名}
YAML
cat >b.yaml <<'YAML'
station: 南站
categories:
  - {code: scam-call, family: incident, label: 诈骗电话, headline: 劝阻诈骗电话, unit: 起}
YAML
fh init --db a.db --config a.yaml
fh init --db b.db --config b.yaml
for c in lost-person lost-item elder; do fh-report add --db a.db --category $c 求助; done
for c in lost-person lost-item scam-call fraud; do fh-report add --db b.db --category $c 求助; done
fh-report handle --db a.db 1 2 3 --note 已办
fh-report handle --db b.db 1 2 3 4 --note 已办
--- run
fh-stats headline --db a.db --db b.db --period 2026Q4
fh-stats headline --db b.db --db a.db --period 2026Q4
fh-stats headline --db b.db --period 2026Q4
--- stdout
本季度找回走失人员 3 名，归还失物 2 件，劝阻电信诈骗 1 起，劝阻诈骗电话 1 起。
本季度找回走失人员 3 名，返还遗失物品 2 件，劝阻电信诈骗 1 起，劝阻诈骗电话 1 起。
本季度找回走失人员 1 名，返还遗失物品 1 件，劝阻电信诈骗 1 起，劝阻诈骗电话 1 起。
