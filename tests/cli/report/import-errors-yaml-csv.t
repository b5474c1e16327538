YAML and CSV batches: errors name the line and, for YAML, the column; nothing is written.
--- setup
fh init
sqlite3 fh.db < "$DATA/report/roster.sql"
printf -- '- category: fire\n  text: 正常\n- category: fire\n  text: "\347\272"\n' > utf8.yaml
printf -- '- category: fire\n  text: [a, b]\n' > type.yaml
printf -- '- category: fire\n  lat: 30\n  text: x\n' > latlon.yaml
printf -- 'category: fire\ntext: x\n' > map.yaml
printf -- '- {category: fire, text: x\n' > syntax.yaml
printf 'category,text\nfire,"\377"\n' > utf8.csv
printf 'category,text,colour\n' > column.csv
printf 'category,text\nfire\n' > short.csv
printf 'category,text\nfire,a,b\n' > long.csv
printf 'category,text\nfire,"a\n' > quote.csv
--- run
for f in utf8.yaml type.yaml latlon.yaml map.yaml syntax.yaml utf8.csv column.csv short.csv long.csv quote.csv; do
	fh-report import $f; echo "exit $?"
done
--- stdout
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
--- stderr
fh-report: utf8.yaml:4:10: invalid UTF-8
fh-report: type.yaml:2:9: 'text' must be a single value, not a list
fh-report: latlon.yaml:2:8: lat and lon go together: lon is missing
fh-report: map.yaml:1:1: a report batch must be a list of reports, not a mapping
fh-report: syntax.yaml:2:1: invalid YAML: did not find expected ',' or '}'
fh-report: utf8.csv:2:7: invalid UTF-8
fh-report: column.csv:1: unknown column 'colour' (valid: category, by, zone, group, at, where, lat, lon, severity, via, activity, photo, text, status, officer, handled_at, note, reason, duplicate_of)
fh-report: short.csv:2: missing text
fh-report: long.csv:2: more fields than the header's 2 columns
fh-report: quote.csv:2: invalid CSV: error parsing data while strict checking enabled
--- unchanged
