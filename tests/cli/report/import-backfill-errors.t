A backfill that breaks a life-cycle rule is refused with file:line:col and nothing is imported: a key that does not go with the status, a status without the keys it needs, an unknown status, handled before filing or in the future, a duplicate of a later or unknown report, an empty officer, a bad type.
--- setup
fh init
sqlite3 fh.db < "$DATA/report/roster.sql"
fh-report import "$DATA/report/reports.jsonl" >/dev/null
r='{"category":"consult","zone":"Z1","at":"2026-11-01 09:00","text":"问路"'
ok='{"category":"consult","zone":"Z1","at":"2026-11-01 08:00","text":"问路"}'
printf '%s\n' "$ok" "$r,\"status\":\"handled\",\"note\":\"已解答\"}" > needs.jsonl
printf '%s\n' "$r,\"status\":\"handled\",\"handled_at\":\"2026-10-31 09:00\",\"note\":\"已解答\"}" > before.jsonl
printf '%s\n' "$r,\"status\":\"handled\",\"handled_at\":\"2026-11-24 09:00\",\"note\":\"已解答\"}" > future.jsonl
printf '%s\n' "$r,\"status\":\"open\",\"officer\":\"王警官\"}" > open-officer.jsonl
printf '%s\n' "$r,\"note\":\"已解答\"}" > note-alone.jsonl
printf '%s\n' "$r,\"status\":\"done\"}" > unknown.jsonl
printf '%s\n' "$r,\"status\":\"dismissed\",\"reason\":\"重复\",\"duplicate_of\":8}" "$ok" > later.jsonl
printf '%s\n' "$r,\"status\":\"dismissed\",\"reason\":\"重复\",\"duplicate_of\":\"x\"}" > not-id.jsonl
printf '%s\n' "$r,\"status\":\"dismissed\",\"reason\":\"重复\",\"duplicate_of\":[1]}" > list.jsonl
printf '%s\n' "$r,\"status\":\"assigned\",\"officer\":\"\"}" > empty-officer.jsonl
printf -- '- category: consult\n  zone: Z1\n  at: 2026-11-01 09:00\n  text: 问路\n  status: closed\n  handled_at: 2026-11-01 09:30\n' > closed.yaml
printf 'category,zone,at,text,status,reason\nconsult,Z1,2026-11-01 09:00,问路,handled,重复\n' > reason.csv
--- run
for f in needs.jsonl before.jsonl future.jsonl open-officer.jsonl note-alone.jsonl unknown.jsonl \
	later.jsonl not-id.jsonl list.jsonl empty-officer.jsonl closed.yaml reason.csv; do
	fh-report import $f; echo "exit $?"
done
--- unchanged
--- stdout
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
exit 1
--- stderr
fh-report: needs.jsonl:2:84: status 'handled' needs 'handled_at'
fh-report: before.jsonl:1:107: handled_at '2026-10-31 09:00' is before the report was filed (2026-11-01 09:00)
fh-report: future.jsonl:1:107: time '2026-11-24 09:00' is in the future
fh-report: open-officer.jsonl:1:101: 'officer' does not go with status 'open'
fh-report: note-alone.jsonl:1:82: 'note' does not go with status 'open'
fh-report: unknown.jsonl:1:84: unknown status 'done' (valid: open, assigned, handled, closed, dismissed)
fh-report: later.jsonl:1:129: duplicate_of '8' is not the id of a report filed before this one
fh-report: not-id.jsonl:1:129: duplicate_of 'x' is not the id of a report filed before this one
fh-report: list.jsonl:1:129: 'duplicate_of' must be a report id, not a list
fh-report: empty-officer.jsonl:1:105: an officer's name must not be empty nor hold a comma
fh-report: closed.yaml:5:11: status 'closed' needs 'note'
fh-report: reason.csv:2:44: 'reason' does not go with status 'handled'
