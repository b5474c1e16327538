The bash completion offers subcommands from --help, options, and codes from the database.
--- setup
fh init
sqlite3 fh.db "INSERT INTO zones(code, name) VALUES ('Z1', '北区块'), ('Z2', '南区块')"
--- run
source "$TOP/completion/fh.bash"
complete_line() { COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=(); _fh; printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' '; echo; }
complete_line fh ""
complete_line fh b
complete_line fh audit --s
complete_line fh sql -f ""
complete_line fh-report list --zone ""
complete_line fh report list --status o
--- stdout
activity audit backup check group init meeting purge report restore sql stats 
backup 
--since 
csv json md table text tsv yaml 
Z1 Z2 
open 
