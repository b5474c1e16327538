categories lists code, family, label and deadline, a station's own included.
--- setup
fh init
printf "categories:\n  - {code: noise, family: incident, label: 噪音扰民, deadline: 2}\ndeadlines: {service: 2}\n" > cfg.yaml
rm fh.db
fh init --config cfg.yaml
--- run
fh-report categories -f table
fh-report categories -f json | head -n 2
fh-report add --category noise 夜间施工 
--- stdout
code         family    label           deadline_days
fire         hazard    消防隐患                    3
traffic      hazard    交通隐患                    3
safety       hazard    安全隐患                    3
dispute      incident  矛盾纠纷                    7
theft        incident  盗窃                        7
suspicious   incident  可疑人员或事件              7
fraud        incident  电信诈骗                    7
lost-person  service   走失人员                    2
lost-item    service   遗失物品                    2
consult      service   咨询求助                    2
lead         service   线索                        2
other        other     其他                        7
noise        incident  噪音扰民                    2
{"code":"fire","family":"hazard","label":"消防隐患","deadline_days":3}
{"code":"traffic","family":"hazard","label":"交通隐患","deadline_days":3}
1
