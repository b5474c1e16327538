-- A small roster for the fh-report cases (fh-group is not needed to make it).
INSERT INTO zones(code, name) VALUES ('Z1', '北区块'), ('Z2', '南区块');
INSERT INTO groups(code, zone_id) VALUES ('G001', 1), ('G002', 1), ('G101', 2);
INSERT INTO members(code, kind, name, phone, zone_id, group_id) VALUES
  ('S0001', 'shop', '老街茶馆', '13800138000', 1, 1),
  ('S0002', 'shop', '北街药店', '13900139000', 1, 2),
  ('S0101', 'shop', '南街饭店', NULL, 2, 3),
  ('M0001', 'mobile', '外卖骑手李', NULL, 2, NULL);
INSERT INTO activities(kind, topic, zone_id, held_on, created_at)
  VALUES ('inspection', 'fire', 1, '2026-11-20', '2026-11-20 09:00');
