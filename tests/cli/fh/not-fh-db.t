A file that is not an fh database is refused and left alone.
--- setup
printf 'hello, this is text\n' > fh.db
sqlite3 other.db "CREATE TABLE t(x)"
--- run
fh check
cat fh.db
fh --db other.db check
--- stdout
hello, this is text
--- stderr
fh: 'fh.db' is not an fh database (file is not a database)
fh: 'other.db' is not an fh database
--- exit
1
