# Sourced by the joint meeting cases' setup: the station of
# stats-meetings.sh (zones Z1, Z2; meetings 1-3) with a third zone Z3
# (no groups), task teams T1 (巡逻队, of no zone), T2 (of Z1) and T3 (of
# Z3), and two units (members of kind organisation): U001 in Z2, U002 in Z3.
. "$DATA/stats-meetings.sh"
fh-group zone add Z3 西区块
fh-group team add T1 巡逻队 --kind patrol
fh-group team add T2 北区宣传队 --kind publicity --zone Z1
fh-group team add T3 西区队 --kind patrol --zone Z3
fh-group member add U001 --name 景区管理处 --zone Z2 --kind organisation
fh-group member add U002 --name 西区单位 --zone Z3 --kind organisation
