The compiled-in default template is the one shipped in examples/, and
using the file gives the same agenda.
--- setup
. "$DATA/stats-meetings.sh"
--- run
fh-meeting template | cmp - "$EXAMPLES/agenda-template.yaml" && echo same template
fh-meeting agenda 2 > default.md
fh-meeting agenda 2 --template "$EXAMPLES/agenda-template.yaml" | cmp - default.md && echo same agenda
--- stdout
same template
same agenda
