The CSV that member list writes (with --reveal) imports again into another database: its column names stand for the member keys.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
--- run
fh-group member list --all --reveal -f csv > members.csv
mkdir other && cd other && fh init
fh-group zone add Z1 北区块 && fh-group zone add Z2 南区块
fh-group add G001 --zone Z1 && fh-group add G002 --zone Z1 && fh-group add G003 --zone Z2
fh-group import ../members.csv
fh-group member list --all --reveal -f csv | cmp - ../members.csv && echo same
--- stdout
same
