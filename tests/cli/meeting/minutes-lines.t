A record's value of several lines (a meeting's minutes) shows in a table as lines under the value column, not as a literal \n; tsv keeps the escape.
--- setup
. "$DATA/stats-meetings.sh"
printf '第一项：消防。\n第二项：巡逻。\n' >min.txt
fh-meeting record 2 --held-on 2026-11-20 --minutes min.txt
--- run
fh-meeting show 2 -f table | tail -n 3
fh-meeting show 2 -f tsv | tail -n 1
--- stdout
open_actions  0
minutes       第一项：消防。
              第二项：巡逻。
minutes	第一项：消防。\n第二项：巡逻。\n
