# bash completion for fh and its tools (fh-group, fh-report, ...).
# The tools answer for themselves: "TOOL --complete WORD... CURRENT" prints
# the words that may replace CURRENT, read from their own usage lines,
# fixed value lists and the codes of the database named on the line
# (--db, $FH_DB or ./fh.db); "@files" asks for file names.  So this file
# holds no list of subcommands, options or values that could fall out of
# step.
# zsh users: autoload -U bashcompinit && bashcompinit && source this file.

_fh()
{
	local cur=${COMP_WORDS[COMP_CWORD]} tool=${COMP_WORDS[0]} IFS=$'\n'
	local -a offered

	offered=($("$tool" --complete "${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null))
	if [ "${offered[0]-}" = @files ]; then
		COMPREPLY=($(compgen -f -- "$cur"))
	else
		COMPREPLY=("${offered[@]}")
	fi
}

complete -F _fh fh fh-group fh-report fh-activity fh-meeting fh-stats
