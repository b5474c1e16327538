Completion knows fh-group points: its verbs, its options (each once here: the usage lines repeat some), --by's two values and members for show, award and redeem.
--- setup
fh init
sqlite3 fh.db "INSERT INTO zones(code, name) VALUES ('Z1', '北区块')"
fh-group member add S0001 --name 茶馆 --zone Z1
--- run
source "$TOP/completion/fh.bash"
complete_line() { COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=(); _fh; printf '%s\n' "${COMPREPLY[@]}" | sort -u | tr '\n' ' '; echo; }
complete_line fh-group p
complete_line fh-group points ""
complete_line fh-group points --
complete_line fh-group points --by ""
complete_line fh-group points award ""
complete_line fh-group points redeem S0001 5 --r
complete_line fh group points show ""
--- stdout
plan points 
award redeem show 
--as --by --db --format --group --help --no-header --on --period --reason --reveal --zone 
group member 
S0001 
--reason --reveal 
S0001 
