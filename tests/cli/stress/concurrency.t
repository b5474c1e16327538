Eight processes at once (filing, handling, statistics, backups) for six seconds: nothing locked, nothing lost, fh check passes.
--- run
bash "$TOP/tests/stress/concurrency.sh" 6 2>stress.log
--- stdout
lock errors: 0
other errors: 0
lost reports: 0
lost handlings: 0
reports match the ids printed
check ok
work done
