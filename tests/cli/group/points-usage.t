Wrong uses of fh-group points: a missing reason or N (exit 2), N not a whole number above 0, an unknown or departed member, an empty or control-character reason, a future date, an unknown --by (exit 2) or zone (exit 1); nothing changes.
--- setup
. "$DATA/points-station.sh"
--- run
fh-group points award S0001 5; echo "exit $?"
fh-group points award S0001 --reason x; echo "exit $?"
fh-group points award S0001 0 --reason x; echo "exit $?"
fh-group points award S0001 3x --reason x; echo "exit $?"
fh-group points award S9999 3 --reason x; echo "exit $?"
fh-group points award M0002 3 --reason x; echo "exit $?"
fh-group points award S0001 3 --reason ""; echo "exit $?"
fh-group points award S0001 3 --reason "$(printf 'a\033b')"; echo "exit $?"
fh-group points award S0001 3 --reason x --on 2026-12-01; echo "exit $?"
fh-group points redeem S9999 3 --reason x; echo "exit $?"
fh-group points --by zone; echo "exit $?"
fh-group points --zone Z9; echo "exit $?"
fh-group points show; echo "exit $?"
fh-group points show S9999; echo "exit $?"
fh-group points extra; echo "exit $?"
--- stdout
exit 2
exit 2
exit 1
exit 1
exit 1
exit 1
exit 2
exit 2
exit 1
exit 1
exit 2
exit 1
exit 2
exit 1
exit 2
--- stderr
fh-group: points award needs --reason (see 'fh-group --help')
fh-group: points award needs MEMBER and N (see 'fh-group --help')
fh-group: invalid value '0' for N (a whole number from 1 to 1000000)
fh-group: invalid value '3x' for N (a whole number from 1 to 1000000)
fh-group: unknown member 'S9999'
fh-group: member 'M0002' left on 2026-10-01
fh-group: an award or redemption needs --reason
fh-group: argument 6 contains a control character
fh-group: --on: date '2026-12-01' is in the future
fh-group: unknown member 'S9999'
fh-group: --by takes member or group, not 'zone' (see 'fh-group --help')
fh-group: unknown zone 'Z9'
fh-group: points show needs one MEMBER (see 'fh-group --help')
fh-group: unknown member 'S9999'
fh-group: unknown points command 'extra' (see 'fh-group --help')
--- unchanged
--- locales
C.UTF-8
