A note or address shown masked (a phone number in it) and given back as
shown to member edit keeps the stored text; a changed one is written.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
fh-group member edit S0006 --note '安全办 值班电话0573-84561234'
--- run
fh-group member show S0006 | grep '^note'
fh-group member edit S0006 --note '安全办 值班电话057*-****1234'
fh-group member show S0006 --reveal | grep '^note'
fh-group member edit S0006 --note '安全办 电话057*-****1234'
fh-group member show S0006 --reveal | grep '^note'
--- stdout
note	安全办 值班电话057*-****1234
note	安全办 值班电话0573-84561234
note	安全办 电话057*-****1234
