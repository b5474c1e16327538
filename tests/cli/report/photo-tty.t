A photo is not written to a terminal (here a pseudo-terminal made by script(1)): without -o FILE or a redirection it is wrong usage; redirected or with -o it is written.
--- setup
fh init
sqlite3 fh.db < "$DATA/report/roster.sql"
printf '\377\330\377\340JFIF-one' > a.jpg
fh-report add --category fire --photo a.jpg 消防通道被堵 >/dev/null
--- run
script -qec "fh-report photo 1" /dev/null | tr -d '\r'
echo "exit ${PIPESTATUS[0]}"
script -qec "fh-report photo 1 -o out.jpg" /dev/null | tr -d '\r'
cmp out.jpg a.jpg && echo "-o written"
fh-report photo 1 | cmp - a.jpg && echo "pipe written"
--- stdout
fh-report: photo writes an image: give -o FILE or redirect the output (see 'fh-report --help')
exit 2
-o written
pipe written
--- locales
C.UTF-8
