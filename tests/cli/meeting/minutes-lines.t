A record's value of several lines (a meeting's minutes) shows in a table as lines under the value column, not as a literal \n; tsv keeps the escape.
--- setup
. "$DATA/stats-meetings.sh"
printf '第一项：消防。\n第二项：巡逻。\n' >min.txt
fh-meeting record 2 --held-on 2026-11-20 --minutes min.txt
--- run
fh-meeting show 2 -f table | grep -A 1 '^minutes'
fh-meeting show 2 -f tsv | grep '^minutes'
--- stdout
minutes        第一项：消防。
               第二项：巡逻。
minutes	第一项：消防。\n第二项：巡逻。\n
