fh sql refuses the subtler writes too: through a CTE or RETURNING, VACUUM
INTO another file, FTS5 commands, transactions, DETACH, temporary tables,
and pragmas that would lift its guards; the audit trail cannot be changed
through it.  The database is unchanged and no file appears.
--- setup
fh init
fh-group zone add Z1 北区块
--- run
for q in "WITH x AS (SELECT 1) DELETE FROM audit" "UPDATE audit SET actor = 'x' RETURNING id" \
	"VACUUM INTO 'copy.db'" "INSERT INTO reports_fts(reports_fts) VALUES ('delete-all')" \
	"BEGIN" "SAVEPOINT a" "DETACH main" "CREATE TEMP TABLE t(x)" \
	"PRAGMA writable_schema = 1" "PRAGMA query_only = 0" "PRAGMA trusted_schema = 1" \
	"REPLACE INTO zones(code, name) VALUES ('Z1', 'x')"; do
	fh sql "$q"; echo "exit $?"
done
ls
--- stdout
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
fh.db
--- stderr
fh: fh sql only reads: 'WITH x AS (SELECT 1) DELETE FROM audit' is not allowed (change data with the fh tools)
fh: fh sql only reads: 'UPDATE audit SET actor = 'x' RETURNING id' is not allowed (change data with the fh tools)
fh: fh sql only reads: 'VACUUM INTO 'copy.db'' would write (change data with the fh tools)
fh: fh sql only reads: 'INSERT INTO reports_fts(reports_fts) VALUES ('delete-all')' is not allowed (change data with the fh tools)
fh: fh sql only reads: 'BEGIN' is not allowed (change data with the fh tools)
fh: fh sql only reads: 'SAVEPOINT a' is not allowed (change data with the fh tools)
fh: fh sql only reads: 'DETACH main' is not allowed (change data with the fh tools)
fh: fh sql only reads: 'CREATE TEMP TABLE t(x)' is not allowed (change data with the fh tools)
fh: fh sql only reads: 'PRAGMA writable_schema = 1' is not allowed (change data with the fh tools)
fh: fh sql only reads: 'PRAGMA query_only = 0' is not allowed (change data with the fh tools)
fh: fh sql only reads: 'PRAGMA trusted_schema = 1' is not allowed (change data with the fh tools)
fh: fh sql only reads: 'REPLACE INTO zones(code, name) VALUES ('Z1', 'x')' is not allowed (change data with the fh tools)
--- unchanged
