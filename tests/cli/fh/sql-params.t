fh sql binds extra arguments as parameters, so values never need quoting.
--- setup
fh init
--- run
fh sql --no-header "SELECT code FROM categories WHERE family = ?1 ORDER BY code" service
fh sql "SELECT ?1, ?2" one
--- stdout
consult
lead
lost-item
lost-person
--- stderr
fh: the query has 2 parameters but 1 values were given
--- exit
2
