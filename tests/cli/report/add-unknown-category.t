An unknown category is an error listing the valid ones, and nothing is written.
--- setup
fh init
sqlite3 fh.db < "$DATA/report/roster.sql"
--- run
fh-report add --category fir 消防通道被堵
--- stderr
fh-report: unknown category 'fir' (valid: fire, traffic, safety, dispute, theft, suspicious, fraud, lost-person, lost-item, consult, lead, other)
--- exit
1
--- unchanged
