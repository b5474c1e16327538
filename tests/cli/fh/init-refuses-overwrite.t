fh init never overwrites an existing file, database or not.
--- setup
echo precious > fh.db
--- run
cat fh.db
fh init
--- stdout
precious
--- stderr
fh: 'fh.db' already exists: not overwriting it
--- exit
1
