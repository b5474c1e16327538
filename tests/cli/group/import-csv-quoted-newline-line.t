A field with a newline inside quotes still leaves the next rows' line numbers right.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
printf 'code,name,zone\nS0100,"多行\n名字",Z1\nS0101,新店,Z8\n' > r.csv
--- run
fh-group import r.csv
--- unchanged
--- stderr
fh-group: r.csv:4:3: unknown zone 'Z8'
--- exit
1
