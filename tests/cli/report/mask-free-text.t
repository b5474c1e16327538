Phone, ID and bank card numbers written inside free text are masked in
every output and format unless --reveal: report lists (the late list cron
mails), show, agendas, the audit trail (which keeps no free text at all:
it is redacted when recorded) and error messages.  Dates, times, amounts and house
numbers are not.  Search still matches the stored text.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
fh-report add --category lost-item --by S0001 --at "2026-11-01 09:00" --where "北大街12号门口" "拾到钱包，失主电话13812345678，身份证11010519491231002X"
fh-report add --category consult --by S0002 --at "2026-11-02 09:00" "咨询：２０２６年１１月２０日 10:30 借款5000元，对方账户 6222 0212 3456 7890，座机0571-88123456，手机１３９ ００１３ ９０００"
fh-meeting plan --quarter 2026Q4 --zone Z1 --on 2026-12-01
--- run
fh-report list -f json
fh-report list --late -f csv | tr -d '\r'
fh-report list --search 13812345678 -f tsv --no-header | cut -f 1,10
fh-report show 2 | grep '^text'
fh-meeting agenda --zone Z1 --quarter 2026Q4 -f json | grep -o '"text": "[^"]*"'
fh audit -f tsv --no-header | grep 'fh-report add' | cut -f 4
fh-group member show 13812345678
echo "== --reveal"
fh-report list --reveal -f tsv --no-header | cut -f 10
fh-meeting agenda --reveal --zone Z1 --quarter 2026Q4 -f json | grep -o '"text": "[^"]*"'
fh-group member show 13812345678 --reveal
--- stdout
{"id":1,"reported_at":"2026-11-01 09:00","category":"lost-item","zone":"Z1","group":"G001","status":"open","severity":"normal","member":"S0001","place":"北大街12号门口","text":"拾到钱包，失主电话138****5678，身份证110***********002X","officer":null,"age_days":22}
{"id":2,"reported_at":"2026-11-02 09:00","category":"consult","zone":"Z1","group":"G001","status":"open","severity":"normal","member":"S0002","place":null,"text":"咨询：２０２６年１１月２０日 10:30 借款5000元，对方账户 622* **** **** 7890，座机057*-****3456，手机１３９ **** ９０００","officer":null,"age_days":21}
id,reported_at,category,zone,group,status,severity,member,place,text,officer,age_days
1,2026-11-01 09:00,lost-item,Z1,G001,open,normal,S0001,北大街12号门口,拾到钱包，失主电话138****5678，身份证110***********002X,,22
2,2026-11-02 09:00,consult,Z1,G001,open,normal,S0002,,咨询：２０２６年１１月２０日 10:30 借款5000元，对方账户 622* **** **** 7890，座机057*-****3456，手机１３９ **** ９０００,,21
1	拾到钱包，失主电话138****5678，身份证110***********002X
text	咨询：２０２６年１１月２０日 10:30 借款5000元，对方账户 622* **** **** 7890，座机057*-****3456，手机１３９ **** ９０００
"text": "拾到钱包，失主电话138****5678，身份证110***********002X"
"text": "咨询：２０２６年１１月２０日 10:30 借款5000元，对方账户 622* **** **** 7890，座机057*-****3456，手机１３９ **** ９０００"
"text": "由各组组长讨论确定，会后列入待办事项。"
fh-report add --category lost-item --by S0001 --at '2026-11-01 09:00' --where *** ***
fh-report add --category consult --by S0002 --at '2026-11-02 09:00' ***
== --reveal
拾到钱包，失主电话13812345678，身份证11010519491231002X
咨询：２０２６年１１月２０日 10:30 借款5000元，对方账户 6222 0212 3456 7890，座机0571-88123456，手机１３９ ００１３ ９０００
"text": "拾到钱包，失主电话13812345678，身份证11010519491231002X"
"text": "咨询：２０２６年１１月２０日 10:30 借款5000元，对方账户 6222 0212 3456 7890，座机0571-88123456，手机１３９ ００１３ ９０００"
"text": "由各组组长讨论确定，会后列入待办事项。"
--- stderr
fh-group: unknown member '138****5678'
fh-group: unknown member '13812345678'
--- exit
1
--- locales
C.UTF-8
