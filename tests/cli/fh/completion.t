The bash completion offers subcommands from --help, options, fixed values from `fh codes`, and codes from the tools' lists of the database (it holds no SQL and no copy of a value list).
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
complete_line fh-report add --severity ""
complete_line fh-report add --via w
complete_line fh-activity add --kind d
complete_line fh-group member add --kind ""
complete_line fh-report list --family h
complete_line fh-report list --category f
--- stdout
activity audit backup check codes config group init meeting purge report restore sql stats 
backup 
--since 
csv json md table text tsv yaml 
Z1 Z2 
open 
high low normal urgent 
walk-in wechat 
drill 
household mobile organisation shop 
hazard 
fire fraud 
