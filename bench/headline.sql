-- The headline's counts for 2026 straight from covering indexes: found per
-- category (reports_category), still active (the partial reports_active),
-- dismissed per category (reports_zone_status, one zone at a time, the
-- reports without a zone too).  fh-stats headline --period 2026 reads the same.
SELECT c.code, c.family,
  (SELECT count(*) FROM reports r WHERE r.category = c.code
    AND r.reported_at >= '2026-01-01 00:00' AND r.reported_at < '2027-01-01 00:00'),
  (SELECT count(*) FROM reports r WHERE r.category = c.code AND r.status IN ('open','assigned')
    AND r.reported_at >= '2026-01-01 00:00' AND r.reported_at < '2027-01-01 00:00'),
  coalesce(d.n, 0)
FROM categories c LEFT JOIN (
  SELECT r.category AS code, count(*) AS n FROM (SELECT id FROM zones UNION ALL SELECT NULL) zz CROSS
    JOIN reports r ON r.zone_id IS zz.id AND r.status = 'dismissed'
    AND r.reported_at >= '2026-01-01 00:00' AND r.reported_at < '2027-01-01 00:00'
  GROUP BY 1) d ON d.code = c.code;
