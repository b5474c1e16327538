-- A second station, for adding stations up (fh-stats --db a --db b).
-- Reports (hours to handle in brackets):
--   id category zone reported_at       status   handled_at
--    1 fire     Z1   2026-10-20 10:00  handled  2026-10-20 20:00  (10)
--    2 fire     Z1   2026-11-03 09:00  handled  2026-11-03 10:00  (1)
--    3 dispute  Z1   2026-11-15 15:00  open
BEGIN;
INSERT INTO settings VALUES ('station', '新城派出所');
INSERT INTO zones (id, code, name) VALUES (1, 'Z1', '东区块');
INSERT INTO reports (id, category, zone_id, reported_at, text, status, handled_at) VALUES
  (1, 'fire', 1, '2026-10-20 10:00', '仓库堆放易燃物', 'handled', '2026-10-20 20:00'),
  (2, 'fire', 1, '2026-11-03 09:00', '楼道电动车充电', 'handled', '2026-11-03 10:00'),
  (3, 'dispute', 1, '2026-11-15 15:00', '停车位纠纷', 'open', NULL);
COMMIT;
