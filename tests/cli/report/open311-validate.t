The Open311 documents of a generated station's year (every status, places,
coordinates, photos through open311_media_url) validate against JSON
Schemas and XML Schemas written from the GeoReport v2 specification
(tests/open311/), hold every report once, and count open and closed as
fh's own lists do: open and assigned open, the rest closed.
--- setup
. "$DATA/cookbook/station.sh"
printf '\377\330\377\340JFIF-one' > a.jpg
FH_NOW="2026-12-31 17:00" fh-report add --category fire --photo a.jpg --where "东门" 消防通道被堵
--- run
export FH_NOW="2026-12-31 18:00"
S=$TOP/tests/open311
fh config set open311_media_url https://fh.example.cn/photos/
fh-report export --open311 >requests.json
python3 "$S/validate.py" "$S/requests.schema.json" <requests.json
fh-report export --open311 -f xml | xmllint --noout --schema "$S/requests.xsd" - 2>&1
fh-report categories --open311 | python3 "$S/validate.py" "$S/services.schema.json"
fh-report categories --open311 -f xml | xmllint --noout --schema "$S/services.xsd" - 2>&1
test "$(grep -c '"service_request_id"' requests.json)" = "$(fh-report list -f tsv --no-header | wc -l)" && echo "every report once"
test "$(grep -c '"status": "open"' requests.json)" = "$(fh-report list --status open,assigned -f tsv --no-header | wc -l)" && echo "open as fh counts it"
grep -o '"media_url": "[^"]*"' requests.json
--- stdout
valid 303
- validates
valid 12
- validates
every report once
open as fh counts it
"media_url": "https://fh.example.cn/photos/303/1"
