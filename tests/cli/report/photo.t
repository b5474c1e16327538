Photos are stored in the database by content (identical ones once), typed from their bytes, and given back unchanged.
--- setup
fh init
sqlite3 fh.db < "$DATA/report/roster.sql"
printf '\377\330\377\340JFIF-one' > a.jpg
printf '\211PNG\r\n\032\n-two' > b.png
cp a.jpg same.jpg
printf 'GIF89a' > c.gif
--- run
fh-report add --category fire --photo a.jpg --photo b.png 消防通道被堵
fh-report add --category fire --photo same.jpg 又被堵了
fh sql "SELECT id, media_type, size, sha256 FROM photos"
fh sql "SELECT report_id, seq, photo_id, name FROM report_photos"
fh-report photo 1 | cmp - a.jpg && echo first ok
fh-report photo 1 2 -o out.png && cmp out.png b.png && echo second ok
fh-report photo 2 1 | cmp - a.jpg && echo same ok
--- stdout
1
2
id	media_type	size	sha256
1	image/jpeg	12	6db791f2db73db5b0a6caf7c2559792a3628eae009fcec30f0ea1ea879b1b847
2	image/png	12	5fa942c0aaa8c71d74d1e4c8094409b9e5aee820aa3ee676d196efbbf06003a9
report_id	seq	photo_id	name
1	1	1	a.jpg
1	2	2	b.png
2	1	1	same.jpg
first ok
second ok
same ok
