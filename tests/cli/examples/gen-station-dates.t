gen-station writes a year of reports up to $FH_NOW, never later (on any
day: here the 5th of January and the last minute of a year), and with
--handling the commands that handle them, none before its report was filed
or after now; run against the imported reports they all succeed, most
reports are handled, and no handled time lies in the future.
--- run
g=${FH_BIGRAM_EXT%/fh_bigram}/examples/gen-station
for now in "2026-01-05 09:00" "2027-12-31 23:59"; do
	export FH_NOW=$now
	"$g" --members 60 --zones 2 --mobile 5 --grouped --seed 2 >roster.yaml
	"$g" --members 60 --zones 2 --mobile 5 --grouped --seed 2 --reports 200 >reports.jsonl
	"$g" --members 60 --zones 2 --mobile 5 --grouped --seed 2 --reports 200 --handling >handling.sh
	rm -f fh.db
	fh init >/dev/null
	fh-group import roster.yaml
	fh-report import reports.jsonl | wc -l
	sed 's/.*"at":"\([^"]*\)".*/\1/' reports.jsonl | sort | sed -n '1p;$p' |
		awk -v now="$now" '{ print ($0 < now ? "before now" : "LATER: " $0) }'
	grep -c '^fh-report handle ' handling.sh | awk '{ print ($1 > 160 ? "most handled" : "FEW: " $1) }'
	sh handling.sh
	fh sql --no-header "SELECT count(*) FROM reports WHERE handled_at > ?1 OR handled_at < reported_at" "$now"
done
"$g" --handling
--- stdout
200
before now
before now
most handled
0
200
before now
before now
most handled
0
--- stderr
gen-station: --handling needs --reports N
--- exit
2
