fh config list shows every setting of fh-config(5), its default when unset (the size limits, rank weights, group size bounds, agenda template and title) and station_id, which fh config set refuses; rank weights and group size bounds are set one at a time, the minimum never above the maximum.
--- setup
fh init --station 枫泾派出所
--- run
fh config list -f tsv | sed -n '7,19p'
fh config get station_id | grep -cE '^[0-9a-f]{32}$'
fh config set station_id 0123; echo "exit $?"
fh config set rank.closed 50
fh config get rank.closed
fh config set group_min_size 13; echo "exit $?"
fh config set group_max_size 0; echo "exit $?"
fh config set rank.speed 5; echo "exit $?"
--- stdout
officers	
line_max_bytes	1048576
field_max_bytes	4096
text_max_bytes	65536
import_max_bytes	1073741824
rank.closed	40
rank.on_time	30
rank.rework	15
rank.extension	15
group_min_size	8
group_max_size	12
agenda_template	
agenda_title	
1
exit 1
50
exit 1
exit 1
exit 1
--- stderr
fh: station_id cannot be changed: it tells this station's records from another's
fh: group_min_size: group_min_size 13 is more than group_max_size 12
fh: group_max_size: group_max_size must be a whole number from 1 to 10000, not '0'
fh: rank.speed: unknown key 'speed'
