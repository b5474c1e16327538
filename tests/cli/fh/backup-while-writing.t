Backups taken again and again while another process keeps writing are each consistent: they open and pass fh check.
--- setup
fh init
--- run
for i in $(seq 1 3000); do
	echo "INSERT INTO reports(category, reported_at, text) VALUES ('fire', '2026-11-23 09:00', '消防通道堵塞 $i');"
done | sqlite3 -cmd ".load $FH_BIGRAM_EXT" -cmd ".timeout 30000" fh.db &
writer=$!
copies=0 bad=0
while kill -0 $writer 2>/dev/null || [ $copies -lt 3 ]; do
	fh backup --force copy.db && fh --db copy.db check >/dev/null || bad=$((bad + 1))
	copies=$((copies + 1))
done
wait $writer
echo "bad copies: $bad"
fh backup --force copy.db
fh --db copy.db sql --no-header "SELECT count(*) FROM reports"
fh check && echo "original ok"
--- stdout
bad copies: 0
3000
original ok
