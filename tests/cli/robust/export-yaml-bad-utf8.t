A value that is not UTF-8 in a damaged database (here the station's name
and a member's name) makes the YAML export fail with one clear line, not
abort with a double free inside libyaml's emitter.
--- setup
fh init --station 枫泾派出所
fh-group zone add Z1 北区块
fh-group member add S1 --kind shop --name 茶馆 --zone Z1
--- run
sqlite3 fh.db "UPDATE settings SET value = CAST(X'6f6be4' AS TEXT) WHERE key = 'station'"
timeout 20 fh-group export -f yaml
echo "exit $?"
sqlite3 fh.db "UPDATE settings SET value = 'ok' WHERE key = 'station'; UPDATE members SET name = CAST(X'e88c36' AS TEXT)"
timeout 20 fh-group export -f yaml >/dev/null
echo "exit $?"
--- stdout
exit 1
exit 1
--- stderr
fh-group: cannot export the roster: station is not valid UTF-8 text
fh-group: cannot export member 'S1', key 'name': name is not valid UTF-8 text
