Every write leaves who, when, which command and which rows in the audit trail.
--- setup
fh init --station S
--- run
fh audit
fh audit --as someone-else -f json --since 2026-11-23 --until 2026-11-23
fh audit --actor nobody --no-header
--- stdout
id	at	actor	command	changes
1	2026-11-23 10:00	tester	fh init --station S	delete categories 1-12; insert categories 1-12; insert settings 2-3
{"id":1,"at":"2026-11-23 10:00","actor":"tester","command":"fh init --station S","changes":"delete categories 1-12; insert categories 1-12; insert settings 2-3"}
