Under zh_CN.UTF-8 the indicators' and the league table's headings are the
bulletins' words, exactly: 立案 (not the event's 上报), 应结案, 结案, 按期结案,
返工, 延期, 结案率, 按期结案率, 返工率, 延期率, 平均处置时长 (the rates and the
hours are stated in the formulas under the table); a machine format keeps
its English names, and the filing event in a report's history stays 上报.
--- setup
fh init
sqlite3 -cmd ".load $FH_BIGRAM_EXT" fh.db < "$DATA/stats-basic.sql"
--- locales
zh_CN.UTF-8
--- run
fh-stats indicators --period 2026Q4 --by zone -f table | head -n 1
fh-stats rank --by zone --period 2026Q4 -f table | head -n 1
fh-stats indicators --period 2026Q4 -f tsv | head -n 1
fh-report show 1 -f table | grep -c ' 上报'
--- stdout
区块  立案  已驳回  应结案  结案  按期结案  处置  返工  延期  结案率  按期结案率  返工率  延期率  平均处置时长
排名  区块  立案  结案率  按期结案率  返工率  延期率  综合得分
filed	dismissed	due	closed	closed_on_time	handled	reworked	extended	closed_pct	on_time_pct	rework_pct	extension_pct	mean_hours_to_handle
1
