A period without reports gives no rows and exits 0, for cron.
--- setup
fh init
sqlite3 -cmd ".load $FH_BIGRAM_EXT" fh.db < "$DATA/stats-basic.sql"
--- run
fh-stats summary --period 2025Q1 --by zone
fh-stats summary --period 2025Q1 --by zone --no-header
fh-stats summary --period 2025Q1 -f json
echo "exit $?"
--- stdout
zone	found	handled	open	dismissed	handled_pct	median_hours_to_handle
exit 0
