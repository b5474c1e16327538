The audit trail cannot be edited, not even by the sqlite3 shell.
--- setup
fh init
--- run
sqlite3 fh.db "DELETE FROM audit"
sqlite3 fh.db "UPDATE audit SET actor = 'x'"
--- stderr
Error: stepping, the audit trail cannot be changed (19)
Error: stepping, the audit trail cannot be changed (19)
--- exit
19
--- unchanged
