verify and extend refuse a report in the wrong status, a member who does not lead the reporter's group, a rejection without a note, and an extension without days or reason or of a bad length; nothing changes.
--- setup
fh init
sqlite3 fh.db < "$DATA/report/roster.sql"
sqlite3 fh.db "INSERT INTO leader_terms(group_id, member_id, started_on) VALUES (1, 1, '2026-01-01')"
fh-report import "$DATA/report/reports.jsonl" >/dev/null
fh-report handle 1 4 --note 已处理
fh-report dismiss 2 --reason 重复上报
--- run
fh-report verify 3; echo "exit $?"
fh-report verify 1 3; echo "exit $?"
fh-report --as S0002 verify 1; echo "exit $?"
fh-report --as S0001 verify 4 --reject --note 不合格; echo "exit $?"
fh-report verify 1 --reject; echo "exit $?"
fh-report verify; echo "exit $?"
fh-report extend 1 --days 3 --reason 等待; echo "exit $?"
fh-report extend 2 --days 3 --reason 等待; echo "exit $?"
fh-report extend 3 --reason 等待; echo "exit $?"
fh-report extend 3 --days 3; echo "exit $?"
fh-report extend 3 --days 0 --reason 等待; echo "exit $?"
fh-report extend 3 --days 366 --reason 等待; echo "exit $?"
fh-report extend 3 --days 3 --reason 等待 --at "2026-11-20 10:00"; echo "exit $?"
--- unchanged
--- stdout
exit 1
exit 1
exit 1
exit 1
exit 2
exit 2
exit 1
exit 1
exit 2
exit 2
exit 2
exit 2
exit 2
--- stderr
fh-report: report 3 is open: only a handled report can be verified
fh-report: report 3 is open: only a handled report can be verified
fh-report: member 'S0002' cannot verify report 1: only the station or the leader of its reporter's group can
fh-report: member 'S0001' cannot verify report 4: only the station or the leader of its reporter's group can
fh-report: verify --reject needs --note saying what is wrong (see 'fh-report --help')
fh-report: verify needs report ids (or -) (see 'fh-report --help')
fh-report: report 1 is handled: only an open or assigned report's deadline can be extended
fh-report: report 2 is dismissed: only an open or assigned report's deadline can be extended
fh-report: extend needs --days N (see 'fh-report --help')
fh-report: extend needs --reason saying why (see 'fh-report --help')
fh-report: invalid value '0' for --days (a whole number from 1 to 365)
fh-report: invalid value '366' for --days (a whole number from 1 to 365)
fh-report: unknown option or missing value for '--at' (see 'fh-report --help')
