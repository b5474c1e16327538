fh-activity cancel keeps a cancelled activity, with when and why, but it
no longer counts: list, fh-stats activities and groups, and the agenda
leave it out; show -f json still shows it, as one object with its
attendees and history as arrays.
--- setup
. "$DATA/stats-meetings.sh"
--- run
fh-stats activities --period 2026Q4 --no-header
fh-meeting agenda 2 -f json | grep -A 2 -e '"held_on": "2026-1[01]' -e '"figure": "activities"' | grep -e held_on -e kind -e current
fh-activity cancel 1 --reason '误录，电话13812345678'
fh-activity list --no-header
fh-stats activities --period 2026Q4 --no-header
fh-meeting agenda 2 -f json | grep -A 2 -e '"held_on": "2026-1[01]' -e '"figure": "activities"' | grep -e held_on -e kind -e current
fh-activity show 1 -f json
--- stdout
patrol	1	6
publicity	1	1
training	1	2
      "held_on": "2026-10-15",
      "kind": "training",
      "held_on": "2026-11-10",
      "kind": "publicity",
      "current": 2,
4	2026-08-01	drill	emergency	Z2			李警官	10	
2	2026-11-05	patrol		Z2	G003		李警官	6	
3	2026-11-10	publicity	anti-fraud	Z1			王警官	1	反诈宣传
patrol	1	6
publicity	1	1
      "held_on": "2026-11-10",
      "kind": "publicity",
      "current": 1,
{"id":1,"held_on":"2026-10-15","kind":"training","topic":"fire","zone":"Z1","group":null,"team":null,"led_by":"王警官","attendance":2,"note":"灭火器使用培训","cancelled_at":"2026-11-23 10:00","cancel_reason":"误录，电话138****5678","attendees":[{"member":"S0001","name":"老街茶馆"},{"member":"S0002","name":"状元糕点"}],"history":[{"at":"2026-11-23 10:00","actor":"tester","action":"cancelled","note":"误录，电话138****5678"}]}
