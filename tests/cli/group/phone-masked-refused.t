A masked phone that is not the mask of the member's stored phone is refused
with its place in the file, and nothing changes; so is one in a command.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
--- run
fh-group export -f csv > roster.csv
sed -i 's/139\*\*\*\*9001/139****4353/' roster.csv
fh-group import roster.csv
fh-group member edit S0002 --phone '139****4353'
fh-group member edit S0003 --phone '138****8000'
fh-group member add S0099 --name 新店 --zone Z1 --phone '138****8000'
--- stderr
fh-group: roster.csv:5:5: a masked phone number is not stored: it is kept only where it is the mask of the member's phone (give the full number)
fh-group: a masked phone number is not stored: it is kept only where it is the mask of the member's phone (give the full number)
fh-group: a masked phone number is not stored: it is kept only where it is the mask of the member's phone (give the full number)
fh-group: a masked phone number is not stored: it is kept only where it is the mask of the member's phone (give the full number)
--- exit
1
--- unchanged
