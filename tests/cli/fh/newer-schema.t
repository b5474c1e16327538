A database with a newer schema is refused with a clear message, unchanged.
--- setup
fh init
sqlite3 fh.db "PRAGMA user_version = 99"
--- run
fh check
--- filter
s/this fh knows ([0-9]*)/this fh knows (N)/
--- stderr
fh: database 'fh.db' has schema version 99, newer than this fh knows (N): upgrade fh
--- exit
1
--- unchanged
