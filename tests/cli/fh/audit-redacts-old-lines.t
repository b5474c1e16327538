The command lines an older fh recorded with personal values in them are
redacted once, when the database is migrated to this fh's schema, as new
ones are when they are written; nothing else in the trail changes, and it
stays append-only afterwards.
--- setup
fh init
sqlite3 fh.db "INSERT INTO audit(at, actor, command) VALUES
  ('2026-01-01 10:00', 'tester', 'fh-group member add S9 --name 张三 --address 北大街12号 --zone Z1 --phone 138****5678'),
  ('2026-01-02 10:00', 'tester', 'fh-report add --category fire --by S9 ''张三家门口 杂物'''),
  ('2026-01-03 10:00', 'tester', 'fh-report note 5 ''it''\''''s 张三'''),
  ('2026-01-04 10:00', 'tester', 'fh-group zone add Z2 ''南 区块''')"
# Back to the schema before the redacting migration, the sixth (the later
# ones may run again).
sqlite3 fh.db "PRAGMA user_version = 5"
--- run
fh audit --no-header | cut -f 2-4
sqlite3 fh.db "UPDATE audit SET actor = 'x'" || echo "still append-only"
--- stdout
2026-11-23 10:00	tester	fh init
2026-01-01 10:00	tester	fh-group member add S9 --name *** --address *** --zone Z1 --phone ***
2026-01-02 10:00	tester	fh-report add --category fire --by S9 ***
2026-01-03 10:00	tester	fh-report note 5 ***
2026-01-04 10:00	tester	fh-group zone add Z2 '南 区块'
still append-only
--- stderr
Error: stepping, the audit trail cannot be changed (19)
