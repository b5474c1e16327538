Nine processes at once (four filing, two handling, statistics, backups onto
a second file, one restore into a separate database) for six seconds:
nothing locked, nothing lost or issued twice, every backup passes fh check,
the restored database is in WAL mode with the station's name and holds a
prefix of the live ids with every id acknowledged before its backup, and
fh check passes.
--- run
bash "$TOP/tests/stress/concurrency.sh" 6 2>stress.log
--- stdout
lock errors: 0
other errors: 0
lost reports: 0
lost handlings: 0
ids issued twice: 0
reports match the ids printed
check ok
work done
backups failing fh check: 0
restored database in wal mode, station 压力测试
restored ids a prefix of the live ones: yes, acknowledged before its backup but missing: 0
