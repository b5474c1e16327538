-- A bare scan of 2026Q4's reports: the rows and values fh-stats summary
-- --period 2026Q4 --by zone,category reads (zone, category, status,
-- minutes to handle), folded into one row so that nothing is written.
-- The floor for summary (target: summary within 1.3 times this).
SELECT count(*), max(z.code), max(r.category), max(r.status),
  max(CASE WHEN r.status IN ('handled', 'closed')
    THEN round((julianday(r.handled_at) - julianday(r.reported_at)) * 1440) END)
FROM reports r LEFT JOIN zones z ON z.id = r.zone_id
WHERE r.reported_at >= '2026-10-01 00:00' AND r.reported_at < '2027-01-01 00:00';
