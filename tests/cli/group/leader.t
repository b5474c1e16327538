leader records a term; the previous one ends; the letter date can be set later; a member who is not in the group is refused.
--- setup
fh init
fh-group import "$DATA/roster-small.yaml"
--- run
fh-group leader G003 S0007 --letter-signed 2026-11-01 --on 2026-11-01
fh-group leader G003 S0008
fh-group leader G003 S0008 --letter-signed 2026-11-23
fh-group leader G003 S0001; echo $?
fh-group leader G003 S0007 --on 2026-10-01; echo $?
fh-group leader G003 S0007 --letter-signed 2026-02-30; echo $?
fh-group show G003
--- stdout
1
1
1
field	value
group	G003
zone	Z2
name	南大街组
size	2
leader	S0008
leader_name	南栅酒家
letter_signed	2026-11-23
formed_on	
dissolved_on	
note	

member	name	kind	contact	phone	address	joined_on
S0007	南栅书店	shop			南大街2号	
S0008	南栅酒家	shop			南大街4号	

leader	name	started_on	ended_on	letter_signed
S0007	南栅书店	2026-11-01	2026-11-23	2026-11-01
S0008	南栅酒家	2026-11-23		2026-11-23
--- stderr
fh-group: member 'S0001' is not an active member of group 'G003'
fh-group: the current leader of group 'G003' started on 2026-11-23, after 2026-10-01
fh-group: --letter-signed: invalid date '2026-02-30': no such day
