Numbers are read strictly, by one helper: an id written " 5" or "+5", a
count in hexadecimal, and a latitude "0x1p3" (hexadecimal floating point)
or "1e1" are refused; before, strtoll and strtod took them.
--- setup
fh init
fh-report add --category fire 楼道堆物 >/dev/null
--- run
fh-report show " 1" >/dev/null; echo "space $?"
fh-report show "+1" >/dev/null; echo "plus $?"
fh-activity add --kind patrol --count 0x10; echo "hex count $?"
fh-report add --category fire --lat 0x1p3 --lon 121 x; echo "hex lat $?"
fh-report add --category fire --lat 1e1 --lon 121 x; echo "exponent lat $?"
fh-report add --category fire --lat 30.5 --lon -121.25 ok
--- stdout
space 1
plus 1
hex count 1
hex lat 1
exponent lat 1
2
--- stderr
fh-report: invalid report id ' 1'
fh-report: invalid report id '+1'
fh-activity: invalid value '0x10' for --count (a whole number from 0 to 1000000)
fh-report: invalid latitude '0x1p3' (a number from -90 to 90)
fh-report: invalid latitude '1e1' (a number from -90 to 90)
