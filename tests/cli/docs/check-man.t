make check-man lints every man page with mandoc (tests/check-man.sh): all
clean; a page with warnings is printed and fails it.
--- run
make -s -C "$TOP" check-man | sed 's/^man: [0-9]* clean/man: N clean/'
printf '.Dd x\n.Dt BAD 1\n.Os\n.Sh NAME\n.Nm bad\n.Nd a bad page\n' >bad.1
sh "$TOP/tests/check-man.sh" bad.1
echo "exit $?"
--- stdout
man: N clean, 0 with warnings
mandoc: bad.1:1:5: WARNING: cannot parse date, using it verbatim: Dd x
man: 0 clean, 1 with warnings
exit 1
--- locales
C.UTF-8
