fh config list, get and set change the station's settings after init, checked by the code of fh init --config, in one transaction, and audited.
--- setup
fh init --station 枫泾派出所
printf 'categories:\n  - {code: gas, family: hazard, label: 燃气隐患, deadline: 1}\n  - {code: fire, family: hazard, label: 火灾隐患}\nphoto_max_bytes: 5242880\n' >station.yaml
--- run
fh config list -f tsv | head -n 6
fh config get photo_max_bytes
fh config set timezone UTC
fh config set deadlines.service 2
fh config set --file station.yaml
fh config get timezone
fh config get categories.lost-item
fh config get categories.fire
fh config list -f tsv | tail -n 1
fh config get photo_max_bytes
fh audit -f tsv | tail -n 3 | cut -f 4-
--- stdout
key	value
station	枫泾派出所
timezone	Asia/Shanghai
photo_max_bytes	10485760
group_access	false
verification	false
10485760
UTC
service 遗失物品 2
hazard 火灾隐患 3
categories.gas	hazard 燃气隐患 1
5242880
fh config set timezone UTC	update settings 2
fh config set deadlines.service 2	update categories 8-11
fh config set --file station.yaml	insert categories 13; update categories 1; insert settings 4
