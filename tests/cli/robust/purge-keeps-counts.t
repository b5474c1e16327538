fh purge erases members' personal data but every anonymous count stays:
fh-stats gives the same totals, by zone, group, category, member and
month, the same activities, group counts, headline and trend, before and
after (a purged member stops leading a group, so the leader column empties).
--- setup
. "$DATA/stats-meetings.sh"
--- run
stats() {
	for by in zone group category member month; do fh-stats summary --period 2026 --by $by; done
	fh-stats activities --period 2026
	fh-stats groups --period 2026 | cut -f 1,2,4-  # a purged leader's term ends
	fh-stats headline --period 2026
	fh-stats trend --period 2026
}
stats > before
fh purge S0001 S0003 S0005  # says what it changed: rows per table, no values
stats > after
cmp before after && echo "same statistics after the purge"
wc -l < before
fh sql --no-header "SELECT count(*) FROM members WHERE name = '已删除' AND phone IS NULL AND contact IS NULL"
--- stdout
table	rows
members	3
leader_terms	3
meeting_actions	1
reports	4
same statistics after the purge
125
3
