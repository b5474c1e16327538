Adding an activity prints its id; a group's zone is taken; attendance is by
member, or a head count where names were not recorded.
--- setup
fh init
sqlite3 -cmd ".load $FH_BIGRAM_EXT" fh.db < "$DATA/stats-basic.sql"
--- run
fh-activity add --kind training --topic law --group G001 --on 2026-11-20 --led-by 王警官 --attendees S0001,S0002,S0001 --note 普法讲座
fh-activity add --kind publicity --topic anti-fraud --zone Z2 --count 40
fh-activity show 5 -f table
fh-activity list --zone Z1 -f table
fh-activity list --kind publicity --no-header
fh-activity list --period 2026-11 --group G003 -f json
fh-activity list --since 2026-11-20 --until 2026-11-23 --no-header
--- stdout
5
6
field          value
id             5
held_on        2026-11-20
kind           training
topic          law
zone           Z1
group          G001
team
led_by         王警官
attendance     2
note           普法讲座
cancelled_at
cancel_reason

member  name
S0001   老街茶馆
S0002   状元糕点

at  actor  action  note
id  held_on     kind       topic       zone  group  team  led_by  attendance  note
 1  2026-10-15  training   fire        Z1                 王警官           2  灭火器使用培训
 3  2026-11-10  publicity  anti-fraud  Z1                 王警官           1  反诈宣传
 5  2026-11-20  training   law         Z1    G001         王警官           2  普法讲座
3	2026-11-10	publicity	anti-fraud	Z1			王警官	1	反诈宣传
6	2026-11-23	publicity	anti-fraud	Z2				40	
{"id":2,"held_on":"2026-11-05","kind":"patrol","topic":null,"zone":"Z2","group":"G003","team":null,"led_by":"李警官","attendance":6,"note":null}
5	2026-11-20	training	law	Z1	G001		王警官	2	普法讲座
6	2026-11-23	publicity	anti-fraud	Z2				40	
