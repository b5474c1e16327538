Asking for a photo a report does not have is an error.
--- setup
fh init
sqlite3 fh.db < "$DATA/report/roster.sql"
printf '\377\330\377\340JFIF-one' > a.jpg
printf '\211PNG\r\n\032\n-two' > b.png
cp a.jpg same.jpg
printf 'GIF89a' > c.gif
fh-report add --category fire --photo a.jpg x >/dev/null
fh-report add --category fire y >/dev/null
--- run
fh-report photo 1 2; echo "exit $?"
fh-report photo 2; echo "exit $?"
fh-report photo 9; echo "exit $?"
fh-report photo 1 0; echo "exit $?"
fh-report photo; echo "exit $?"
--- stdout
exit 1
exit 1
exit 1
exit 1
exit 2
--- stderr
fh-report: report 1 has no photo 2 (it has 1)
fh-report: report 2 has no photo
fh-report: no report 9
fh-report: invalid value '0' for N (a whole number from 1 to 1000000)
fh-report: photo needs a report ID and optionally the photo's number N (see 'fh-report --help')
