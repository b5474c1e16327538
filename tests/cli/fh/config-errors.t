fh config set refuses what fh init --config refuses, naming the key (or the file, line and column), and changes nothing; a bad file changes nothing even when its first keys are good.
--- setup
fh init
printf 'station: 新站\nphoto_max_bytes: lots\n' >bad.yaml
--- run
fh config set timezone Mars/Olympus; echo "exit $?"
fh config set timezone ../../etc/passwd; echo "exit $?"
fh config set photo_max_bytes 0; echo "exit $?"
fh config set deadlines.hazard 9999; echo "exit $?"
fh config set deadlines.weather 2; echo "exit $?"
fh config set colour blue; echo "exit $?"
fh config set categories x; echo "exit $?"
fh config set group_access maybe; echo "exit $?"
fh config set --file bad.yaml; echo "exit $?"
fh config set --file missing.yaml; echo "exit $?"
fh config set station; echo "exit $?"
fh config get nope; echo "exit $?"
fh config frobnicate; echo "exit $?"
--- stdout
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 2
exit 1
exit 1
exit 1
exit 2
exit 1
exit 2
--- stderr
fh: timezone: unknown time zone 'Mars/Olympus' (a name such as Asia/Shanghai)
fh: timezone: unknown time zone '../../etc/passwd' (a name such as Asia/Shanghai)
fh: photo_max_bytes: photo_max_bytes must be a whole number from 1 to 1073741824, not '0'
fh: deadlines.hazard: a deadline must be a whole number from 1 to 3650, not '9999'
fh: deadlines.weather: unknown key 'weather'
fh: colour: unknown key 'colour'
fh: set the categories with --file (see fh-config(5))
fh: group_access: group_access must be true or false, not 'maybe'
fh: bad.yaml:2:18: photo_max_bytes must be a whole number from 1 to 1073741824, not 'lots'
fh: cannot open 'missing.yaml': No such file or directory
fh: config set needs KEY VALUE, or --file FILE (see 'fh --help')
fh: unknown setting 'nope' (see fh config list)
fh: config needs list, get KEY, set KEY VALUE or set --file FILE (see 'fh --help')
--- unchanged
