--svg writes a clean SVG: axes, Chinese title and labels, one line per
category, a legend with the categories' labels.
--- setup
fh init
sqlite3 -cmd ".load $FH_BIGRAM_EXT" fh.db < "$DATA/stats-basic.sql"
--- run
fh-stats trend --period 2026Q4 --svg chart.svg
head -n 2 chart.svg | cut -c 1-40
grep -c '<polyline' chart.svg
grep -o '>[^<]*[^ <0-9][^<]*</text>' chart.svg
tail -n 1 chart.svg
fh-stats trend --svg /nonexistent/chart.svg
--- stdout
<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" 
5
>各类上报数量趋势（按月）</text>
>上报数（起）</text>
>月份</text>
>2026-10</text>
>2026-11</text>
>2026-12</text>
>矛盾纠纷</text>
>消防隐患</text>
>电信诈骗</text>
>走失人员</text>
>交通隐患</text>
</svg>
--- stderr
fh-stats: cannot create '/nonexistent/chart.svg': No such file or directory
--- exit
1
