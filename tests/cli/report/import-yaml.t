import reads a YAML list, photos relative to the file.
--- setup
fh init
sqlite3 fh.db < "$DATA/report/roster.sql"
mkdir -p batch
printf '\377\330\377\340JFIF' > batch/p1.jpg
printf 'RIFF\044\0\0\0WEBPVP8 ' > batch/p2.webp
cat > batch/reports.yml <<'EOF'
# 巡查发现
- category: fire
  by: S0001
  at: 2026-11-20 09:30
  where: 北大街12号
  photo: p1.jpg
  activity: 1
  via: inspection
  text: 灭火器过期
- {category: traffic, zone: Z2, text: 井盖缺失, photo: [p1.jpg, p2.webp], severity: urgent}
EOF
--- run
fh-report import batch/reports.yml
fh sql "SELECT id, reported_at, category, zone, \"group\", severity, via, activity_id, photos, text FROM reports_v"
fh sql "SELECT report_id, seq, media_type, name FROM report_photos JOIN photos ON photos.id = photo_id"
--- stdout
1
2
id	reported_at	category	zone	group	severity	via	activity_id	photos	text
1	2026-11-20 09:30	fire	Z1	G001	normal	inspection	1	1	灭火器过期
2	2026-11-23 10:00	traffic	Z2		urgent			2	井盖缺失
report_id	seq	media_type	name
1	1	image/jpeg	p1.jpg
2	1	image/jpeg	p1.jpg
2	2	image/webp	p2.webp
