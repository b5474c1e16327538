What a table shows can be typed back wherever a code is taken, in every locale: a category's label, a zone's or group's name (one resolver, lib/store/lookup.c); a status's, family's, severity's, channel's or kind's label too, in the reader's language or in Chinese (lib/base/codes.c).  A name two zones share is refused, asking for the code.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
fh-group zone add Z3 南区块
sqlite3 fh.db "UPDATE members SET letter_signed = '2026-03-01'"
--- run
fh-report add --category 消防隐患 --zone 北区块 --group G001 --by S0001 --severity high 楼道堆物
fh-report list --category 消防隐患 --zone 北区块 -f tsv | cut -f 1,3-7
fh-report list --category fire --group G001 -f tsv --no-header | cut -f 1,3-7
fh-group member list --group 南大街组 -f tsv --no-header | cut -f 1
fh-group check --zone 北区块 --min 1 -f tsv --no-header | cut -f 1-3
LC_ALL=zh_CN.UTF-8 fh-report add --category 交通隐患 --zone Z1 --by S0002 --severity 紧急 --via 微信 路口电瓶车乱停
LC_ALL=zh_CN.UTF-8 fh-report list --status 未处置 --family 隐患 -f tsv --no-header | cut -f 1,3,6,7
LC_ALL=zh_CN.UTF-8 fh-group member list --kind 住户 -f tsv --no-header | cut -f 1,2
fh-report list --status 未处置 --family hazard -f tsv --no-header | cut -f 1
fh-group member list --kind 住户 -f tsv --no-header | cut -f 1
fh-report list --zone 南区块; echo "exit $?"
fh-report list --category 火灾; echo "exit $?"
--- stdout
1
id	category	zone	group	status	severity
1	fire	Z1	G001	open	high
1	fire	Z1	G001	open	high
S0007
S0008
letter-unsigned	Z1	G002
2
1	fire	open	high
2	traffic	open	urgent
S0004	household
1
2
S0004
exit 1
exit 1
--- stderr
fh-report: more than one zone is named '南区块': give its code
fh-report: unknown category '火灾' (valid: fire, traffic, safety, dispute, theft, suspicious, fraud, lost-person, lost-item, consult, lead, other)
