A photo that is not a JPEG, PNG, WebP or HEIC image, or is over the size limit, or missing, is refused and nothing is written.
--- setup
fh init
sqlite3 fh.db < "$DATA/report/roster.sql"
printf '\377\330\377\340JFIF-one' > a.jpg
printf '\211PNG\r\n\032\n-two' > b.png
cp a.jpg same.jpg
printf 'GIF89a' > c.gif
sqlite3 fh.db "INSERT INTO settings(key, value) VALUES ('photo_max_bytes', '11')"
--- run
fh-report add --category fire --photo c.gif x; echo "exit $?"
fh-report add --category fire --photo b.png x; echo "exit $?"
fh-report add --category fire --photo none.jpg --photo c.gif x; echo "exit $?"
--- stdout
exit 1
exit 1
exit 1
--- stderr
fh-report: photo 'c.gif' is not a JPEG, PNG, WebP or HEIC image
fh-report: photo 'b.png' is 12 bytes, over the limit of 11 bytes
fh-report: cannot open photo 'none.jpg': No such file or directory
--- unchanged
