An import's ids are known only after its commit: when they cannot be
written, the command says the reports were saved, with their ids, and
exits 4 (not 1), so a script does not file them twice.
--- setup
fh init
printf 'category,text\nfire,楼道堆物\ntheft,电瓶车被盗\n' >r.csv
--- run
fh-report import r.csv >/dev/full; echo "import $?"
sqlite3 fh.db "SELECT count(*) FROM reports"
--- stdout
import 4
2
--- stderr
fh-report: the change was saved (2 reports, ids 1 to 2), but its output could not be written: No space left on device
