assign moves members into a group; across zones only with --force; a leader moved away ends the term; errors change nothing.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
--- run
fh-group assign S0009 S0010 G003
fh-group assign S0002 S0009 G001; echo $?
fh-group assign S0001 G002
fh-group assign S0009 G001 --force
fh-group assign M0002 G001; echo $?
fh-group assign S0404 G001; echo $?
fh-group assign G001; echo $?
fh-group list
fh sql "SELECT \"group\", member, ended_on FROM leaders_v"
--- stdout
1
1
1
2
group	zone	size	leader	letter_signed	leader_name	name	formed_on	dissolved_on
G001	Z1	3						
G002	Z1	4	S0005		枫泾豆腐干			
G003	Z2	3				南大街组		
group	member	ended_on
G001	S0001	2026-11-23
G002	S0005	
--- stderr
fh-group: member 'S0009' is in zone 'Z2' but group 'G001' in zone 'Z1' (use --force to allow it)
fh-group: member 'M0002' left on 2026-10-01
fh-group: unknown member 'S0404'
fh-group: assign needs one or more MEMBERs and a GROUP (see 'fh-group --help')
