-- A small station with known figures, for the fh-stats, fh-meeting and
-- fh-activity cases.  The clock of the cases is 2026-11-23 10:00.
-- Load after `fh init` with:  sqlite3 -cmd ".load $FH_BIGRAM_EXT" fh.db < stats-basic.sql
--
-- Reports (hours to handle in brackets):
--   id category    zone group reported_at       status    handled_at
--    1 fire        Z1   G001  2026-10-02 09:00  handled   2026-10-02 12:00  (3)
--    2 fire        Z1   G001  2026-10-05 10:00  handled   2026-10-06 10:00  (24)
--    3 traffic     Z1   G002  2026-10-10 08:00  open
--    4 dispute     Z1   G001  2026-11-01 14:00  dismissed
--    5 fraud       Z2   G003  2026-11-02 09:30  handled   2026-11-02 11:00  (1.5)
--    6 lost-person Z2   G003  2026-11-20 18:00  handled   2026-11-20 20:30  (2.5)
--    7 fire        Z2   G003  2026-11-21 09:00  assigned
--    8 lost-item   Z1   G002  2026-09-30 23:59  handled   2026-10-01 01:00  (61 min)
--    9 traffic     Z1   G001  2026-10-01 00:00  handled   2026-10-01 04:00  (4)
--   10 consult     Z2   -     2026-07-15 10:00  handled   2026-07-15 11:00  (1)
--   11 fire        Z1   G002  2026-08-20 10:00  handled   2026-08-22 10:00  (48)
BEGIN;
INSERT INTO settings VALUES ('station', '枫泾派出所');
INSERT INTO zones (id, code, name) VALUES (1, 'Z1', '北区块'), (2, 'Z2', '南区块');
INSERT INTO groups (id, code, zone_id, name, formed_on) VALUES
  (1, 'G001', 1, '北大街一组', '2026-01-10'),
  (2, 'G002', 1, '北大街二组', '2026-01-10'),
  (3, 'G003', 2, '南栅一组', '2026-01-10'),
  (4, 'G004', 2, '南栅二组', '2026-01-10'),
  (5, 'G005', 2, '南栅三组', '2026-06-01');
-- Every member signed its own responsibility letter when it joined.
INSERT INTO members (id, code, kind, name, contact, phone, address, zone_id, group_id, joined_on, left_on, letter_signed) VALUES
  (1, 'S0001', 'shop', '老街茶馆', '张三', '13800138000', '北大街12号', 1, 1, '2026-01-10', NULL, '2026-01-10'),
  (2, 'S0002', 'shop', '状元糕点', '李四', '13800138001', '北大街14号', 1, 1, '2026-01-10', NULL, '2026-01-10'),
  (3, 'S0003', 'shop', '丁蹄老店', '王五', '13800138002', '北大街30号', 1, 2, '2026-01-10', NULL, '2026-01-10'),
  (4, 'S0004', 'shop', '南栅酒家', '赵六', '13800138003', '南栅街3号', 2, 3, '2026-01-10', NULL, '2026-01-10'),
  (5, 'S0005', 'shop', '古镇客栈', '钱七', '13800138004', '南栅街9号', 2, 4, '2026-01-10', '2026-10-15', '2026-01-10');
INSERT INTO leader_terms (group_id, member_id, started_on, ended_on, letter_signed) VALUES
  (1, 1, '2026-01-10', NULL, '2026-03-01'),
  (2, 3, '2026-01-10', NULL, NULL),
  (3, 4, '2026-01-10', NULL, '2026-02-01'),
  (4, 5, '2026-01-10', NULL, '2026-02-01');
INSERT INTO reports (id, category, member_id, zone_id, group_id, reported_at, place, text, status, officer, handled_at, closed_at) VALUES
  (1, 'fire', 1, 1, 1, '2026-10-02 09:00', '北大街12号', '消防通道被杂物堵塞', 'handled', '王警官', '2026-10-02 12:00', '2026-10-02 12:00'),
  (2, 'fire', 2, 1, 1, '2026-10-05 10:00', '北大街14号', '灭火器过期', 'handled', '王警官', '2026-10-06 10:00', '2026-10-06 10:00'),
  (3, 'traffic', 3, 1, 2, '2026-10-10 08:00', '北大街路口', '路口电瓶车乱停', 'open', NULL, NULL, NULL),
  (4, 'dispute', 1, 1, 1, '2026-11-01 14:00', '北大街12号', '邻里因占道经营发生纠纷', 'dismissed', NULL, NULL, '2026-11-02 09:00'),
  (5, 'fraud', 4, 2, 3, '2026-11-02 09:30', '南栅街3号', '劝阻一起冒充客服诈骗', 'handled', '李警官', '2026-11-02 11:00', '2026-11-02 11:00'),
  (6, 'lost-person', 4, 2, 3, '2026-11-20 18:00', '南栅码头', '走失老人已送回家', 'handled', '李警官', '2026-11-20 20:30', '2026-11-20 20:30'),
  (7, 'fire', 4, 2, 3, '2026-11-21 09:00', '南栅街5号', '电线私拉乱接', 'assigned', '李警官', NULL, NULL),
  (8, 'lost-item', 3, 1, 2, '2026-09-30 23:59', '北大街30号', '捡到钱包一个', 'handled', '王警官', '2026-10-01 01:00', '2026-10-01 01:00'),
  (9, 'traffic', 1, 1, 1, '2026-10-01 00:00', '北大街', '夜间路灯损坏', 'handled', '王警官', '2026-10-01 04:00', '2026-10-01 04:00'),
  (10, 'consult', NULL, 2, NULL, '2026-07-15 10:00', '南栅码头', '游客问路', 'handled', '李警官', '2026-07-15 11:00', '2026-07-15 11:00'),
  (11, 'fire', 3, 1, 2, '2026-08-20 10:00', '北大街30号', '厨房油烟管道积油', 'handled', '王警官', '2026-08-22 10:00', '2026-08-22 10:00');
INSERT INTO report_events (report_id, at, actor, action, officer, note)
  SELECT id, reported_at, 'tester', 'filed', NULL, NULL FROM reports;
INSERT INTO report_events (report_id, at, actor, action, officer, note)
  SELECT id, handled_at, 'tester', 'handled', officer, '已处置' FROM reports WHERE status = 'handled';
INSERT INTO report_events (report_id, at, actor, action, officer, note)
  SELECT id, closed_at, 'tester', 'dismissed', NULL, '已调解' FROM reports WHERE status = 'dismissed';
INSERT INTO report_events (report_id, at, actor, action, officer, note)
  SELECT id, '2026-11-21 10:00', 'tester', 'assigned', officer, NULL FROM reports WHERE status = 'assigned';
INSERT INTO activities (id, kind, topic, zone_id, group_id, team_id, held_on, led_by, count, note, created_at) VALUES
  (1, 'training', 'fire', 1, NULL, NULL, '2026-10-15', '王警官', NULL, '灭火器使用培训', '2026-10-15 16:00'),
  (2, 'patrol', NULL, 2, 3, NULL, '2026-11-05', '李警官', 6, NULL, '2026-11-05 21:00'),
  (3, 'publicity', 'anti-fraud', 1, NULL, NULL, '2026-11-10', '王警官', NULL, '反诈宣传', '2026-11-10 12:00'),
  (4, 'drill', 'emergency', 2, NULL, NULL, '2026-08-01', '李警官', 10, NULL, '2026-08-01 12:00');
INSERT INTO activity_attendance VALUES (1, 1), (1, 2), (3, 3);
COMMIT;
