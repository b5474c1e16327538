fh-activity edit corrects an activity under the rules of add and keeps an
'edited' event with each old and new value (a phone number in a note
masked), shown by show and in fh audit's changes; a new group moves the
activity to the group's zone; an edit that changes nothing writes nothing,
not even an audit entry.
--- setup
fh init
sqlite3 -cmd ".load $FH_BIGRAM_EXT" fh.db < "$DATA/stats-basic.sql"
--- run
fh-activity edit 1 --topic law --on 2026-10-16 --note '培训，联系13812345678'
fh-activity edit 2 --group G001
fh-activity edit 3 --led-by '' --count 5
fh-activity edit 1 --topic law
fh sql "SELECT count(*) AS audits FROM audit"
fh-activity show 1 --no-header | awk 'NF == 0 { b++; next } b == 2'
fh-activity list --no-header
fh audit -f tsv --no-header | cut -f 4-
--- stdout
audits
4
2026-11-23 10:00	tester	edited	topic 'fire' -> 'law'; on '2026-10-15' -> '2026-10-16'; note '灭火器使用培训' -> '培训，联系138****5678'
4	2026-08-01	drill	emergency	Z2			李警官	10	
1	2026-10-16	training	law	Z1			王警官	2	培训，联系138****5678
2	2026-11-05	patrol		Z1	G001		李警官	6	
3	2026-11-10	publicity	anti-fraud	Z1				5	反诈宣传
fh init	delete categories 1-12; insert categories 1-12; insert settings 2
fh-activity edit 1 --topic law --on 2026-10-16 --note ***	update activities 1; insert activity_events 1 (edited: topic 'fire' -> 'law'; on '2026-10-15' -> '2026-10-16'; note '灭火器使用培训' -> '培训，联系138****5678')
fh-activity edit 2 --group G001	update activities 2; insert activity_events 2 (edited: zone 'Z2' -> 'Z1'; group 'G003' -> 'G001')
fh-activity edit 3 --led-by '' --count 5	update activities 3; insert activity_events 3 (edited: led-by '王警官' -> ''; count '' -> '5')
