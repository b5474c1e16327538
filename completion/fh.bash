# bash completion for fh and its tools (fh-group, fh-report, ...).
# Subcommands and options are read from the tools' own --help, so they
# never fall out of step; fixed value lists from `fh codes`; codes (zones,
# groups, members, categories) from the tools' list commands over the
# database named on the line, $FH_DB or ./fh.db.
# zsh users: autoload -U bashcompinit && bashcompinit && source this file.

# Prints the codes of one kind from the database, quietly, as the tools
# list them (no SQL here: the tools own their tables).  Members who left
# are not offered.
_fh_codes()
{
	local db=$1 cmd
	case $2 in
	zone) cmd="fh-group zone list" ;;
	group) cmd="fh-group list" ;;
	member) cmd="fh-group member list" ;;
	team) cmd="fh-group team list" ;;
	category) cmd="fh-report categories" ;;
	*) return ;;
	esac
	$cmd ${db:+--db "$db"} -f tsv 2>/dev/null |
		awk -F'\t' 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "left_on") c = i; next }
			!c || $c == "" { print $1 }'
}

# Prints the codes of one of fh's fixed lists (see `fh codes`).
_fh_list()
{
	fh codes --no-header -f tsv "$1" 2>/dev/null | cut -f 1
}

_fh()
{
	local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
	local tool=${COMP_WORDS[0]##*/} db= i=1 sub= words=()

	# Collect the words typed so far without the common options and their values.
	while [ $i -lt $COMP_CWORD ]; do
		case ${COMP_WORDS[i]} in
		--db) db=${COMP_WORDS[i+1]}; i=$((i + 2)); continue ;;
		--db=*) db=${COMP_WORDS[i]#--db=} ;;
		-f|--format|--as) i=$((i + 2)); continue ;;
		-*) ;;
		*) words+=("${COMP_WORDS[i]}") ;;
		esac
		i=$((i + 1))
	done
	if [ "$tool" = fh ] && [ ${#words[@]} -gt 0 ] &&
	   command -v "fh-${words[0]}" >/dev/null 2>&1; then
		tool=fh-${words[0]}
		words=("${words[@]:1}")
	fi

	case $prev in
	--db|--config|--template|--minutes|--svg|--photo|-o)
		COMPREPLY=($(compgen -f -- "$cur")); return ;;
	-f|--format)
		COMPREPLY=($(compgen -W "table tsv csv json md text yaml" -- "$cur")); return ;;
	--zone|--group|--team|--category|--by)
		local kind=${prev#--}
		[ "$kind" = by ] && kind=member
		COMPREPLY=($(compgen -W "$(_fh_codes "$db" "$kind")" -- "$cur")); return ;;
	--status)
		COMPREPLY=($(compgen -W "$(_fh_list statuses)" -- "$cur")); return ;;
	--family)
		COMPREPLY=($(compgen -W "$(_fh_list families)" -- "$cur")); return ;;
	--severity)
		COMPREPLY=($(compgen -W "$(_fh_list severities)" -- "$cur")); return ;;
	--via)
		COMPREPLY=($(compgen -W "$(_fh_list channels)" -- "$cur")); return ;;
	--kind)
		local list=kinds
		[ "$tool" = fh-activity ] && list=activity-kinds
		[ "${words[0]}" = team ] && return
		COMPREPLY=($(compgen -W "$(_fh_list $list)" -- "$cur")); return ;;
	--topic)
		COMPREPLY=($(compgen -W "$(_fh_list topics)" -- "$cur")); return ;;
	esac

	# The usage lines of the tool: "usage: fh-report add ..." and "       fh-report list ...".
	local usage subs
	usage=$("$tool" --help 2>/dev/null)
	if [ ${#words[@]} -eq 0 ] && [[ $cur != -* ]]; then
		subs=$(printf '%s\n' "$usage" | awk -v t="$tool" '$0 ~ "^ *[^ ]*:? *" t " " {
			for (i = 1; i <= NF; i++) if ($i == t) { print $(i + 1); break } }' | grep -v '^[A-Z[(]')
		[ "$tool" = fh ] && subs="$subs group report activity meeting stats"
		COMPREPLY=($(compgen -W "$subs" -- "$cur"))
		return
	fi
	sub=${words[0]}
	if [[ $cur == -* ]]; then
		local opts
		opts=$("$tool" $sub --help 2>/dev/null | grep -o -- '--[a-z][a-z-]*' | sort -u)
		COMPREPLY=($(compgen -W "$opts --db --format --no-header --reveal --as --help" -- "$cur"))
		return
	fi
	# Arguments that are codes: members for most roster and report commands.
	case "$tool $sub" in
	"fh-group member"|"fh-group leader"|"fh-group assign"|"fh-group equipment")
		COMPREPLY=($(compgen -W "$(_fh_codes "$db" member) $(_fh_codes "$db" group)" -- "$cur")) ;;
	"fh-group show"|"fh-group dissolve")
		COMPREPLY=($(compgen -W "$(_fh_codes "$db" group)" -- "$cur")) ;;
	"fh purge")
		COMPREPLY=($(compgen -W "$(_fh_codes "$db" member)" -- "$cur")) ;;
	*)
		COMPREPLY=($(compgen -f -- "$cur")) ;;
	esac
}

complete -F _fh fh fh-group fh-report fh-activity fh-meeting fh-stats
