The bash completion asks the binaries ("TOOL --complete WORDS"), which answer from their own usage lines, fixed lists and the database's codes, at every level: subcommands, sub-verbs, options, option values (codes, --by keys, formats, statuses) and arguments (assign's OFFICER from the officers setting, after one or more report ids).  The script holds no list of its own.  (zsh: bashcompinit, see fh(7).)
--- setup
fh init
sqlite3 fh.db "INSERT INTO zones(code, name) VALUES ('Z1', '北区块'), ('Z2', '南区块')"
fh-group member add S0001 --name 茶馆 --zone Z1
fh-group member add S0002 --name 药店 --zone Z2
fh config set officers 王警官,李警官
--- run
source "$TOP/completion/fh.bash"
complete_line() { COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=(); _fh; printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' '; echo; }
complete_line fh ""
complete_line fh b
complete_line fh audit --s
complete_line fh sql -f ""
complete_line fh-group member ""
complete_line fh-group team ""
complete_line fh group member l
complete_line fh-group member show ""
complete_line fh-group member add --kind ""
fh config set trades.porter.label 搬运工
complete_line fh-group member list --trade ""
complete_line fh-group member edit S0001 --trade rider,p
complete_line fh-stats summary --by ""
complete_line fh-stats summary --by zone,m
complete_line fh-stats activities --by t
complete_line fh-stats trend --by ""
complete_line fh-report list --zone ""
complete_line fh-report list --status o
complete_line fh-report list --status open,
complete_line fh-report list --by ""
complete_line fh report list --status o
complete_line fh-report add --severity ""
complete_line fh-report add --via w
complete_line fh-activity add --kind d
complete_line fh-report list --family h
complete_line fh-report list --category f
complete_line fh-report list --ov
complete_line fh-meeting agenda -f ""
complete_line fh-group export -f y
complete_line fh-report import f
complete_line fh --db fh.db group assign ""
complete_line fh-report assign 7 ""
complete_line fh-report assign --new 7 8 王
complete_line fh report assign ""
--- stdout
activity audit backup bureau check codes config group init meeting purge report restore sql stats sync 
backup bureau 
--since 
csv json table tsv 
add edit leave list show 
add join leave list show 
leave list 
S0001 S0002 
household mobile organisation shop 
courier driver other porter rider sanitation security 
rider,porter 
category family group member month station trade week zone 
zone,member zone,month 
team topic trade 
month week 
Z1 Z2 
open 
open,assigned open,closed open,dismissed open,handled open,open 
S0001 S0002 
open 
high low normal urgent 
walk-in wechat 
drill 
hazard 
fire fraud 
--overdue 
json md text 
yaml 
fh.db 
S0001 S0002 
李警官 王警官 
王警官 
 
