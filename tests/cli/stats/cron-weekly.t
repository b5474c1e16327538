examples/cron-weekly.sh writes the week's figures and the overdue hazards
to stdout when there is no recipient, and hands them to mail(1) when there
is one.  Last week (2026-W47): report 6 (lost person, handled after 2.5 h)
and 7 (fire, assigned).  Overdue hazards now: 3 (traffic, filed 2026-10-10
08:00, 44 days, past 3); 7 is 2 days old, within its 3.
--- setup
fh init
sqlite3 -cmd ".load $FH_BIGRAM_EXT" fh.db < "$DATA/stats-basic.sql"
mkdir bin
printf '#!/bin/sh\necho "mail $*" > mail.out\ncat >> mail.out\n' > bin/mail
chmod +x bin/mail
--- run
sh "$EXAMPLES/cron-weekly.sh"
echo "exit $?"
PATH="$PWD/bin:$PATH" sh "$EXAMPLES/cron-weekly.sh" station@example.org
head -n 2 mail.out
--- stdout
上周共发现各类隐患 1 起，均在处置中，找回走失人员 1 名。

各区块、各类别上报情况（last-week）：
zone  category     found  handled  open  dismissed  handled_pct  median_hours_to_handle
Z2    fire             1        0     1          0          0.0
Z2    lost-person      1        1     0          0        100.0                     2.5

逾期未处置的隐患（超过类别处置时限）：
id  reported_at       category  zone  group  status  severity  member  place       text            officer  age_days
 3  2026-10-10 08:00  traffic   Z1    G002   open    normal    S0003   北大街路口  路口电瓶车乱停                 44
exit 0
mail -s 群防群治周报 2026-11-23 station@example.org
上周共发现各类隐患 1 起，均在处置中，找回走失人员 1 名。
