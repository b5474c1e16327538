A damaged database holding an encoded UTF-16 surrogate (ED A0 80) is not
exported as YAML: libyaml would write "\uD800", which no import reads.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
sqlite3 fh.db "UPDATE members SET contact = CAST(X'EDA080' AS TEXT) WHERE id = (SELECT min(id) FROM members)"
--- run
fh-group export -f yaml >out.yaml
--- stderr
fh-group: cannot export member 'S0001', key 'contact': contact is not valid UTF-8 text
--- exit
1
