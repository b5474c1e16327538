/*
 * The database schema, as a list of migrations.  Migration i (from 0)
 * takes a database from user_version i to i + 1.  A released migration is
 * never edited: a change to the schema is a new migration at the end.
 * man/fh-schema.7 documents the tables and views; keep it in step.
 */
#include <stddef.h>

#include "fh/schema.h"

static const char migration_1[] =
/* Station-wide settings (station name, photo size limit, ...). */
"CREATE TABLE settings (\n"
"  key   TEXT PRIMARY KEY,\n"
"  value TEXT NOT NULL\n"
");\n"
"CREATE TABLE categories (\n"
"  code          TEXT PRIMARY KEY CHECK (code <> ''),\n"
"  family        TEXT NOT NULL CHECK (family IN ('hazard','incident','service','other')),\n"
"  label         TEXT NOT NULL,\n"
"  deadline_days INTEGER NOT NULL CHECK (deadline_days > 0)\n"
");\n"
/*
 * Released with these rows, so kept (the SQL is never edited); but the
 * categories' one writer is lib/store/config.c, whose default list fh init
 * puts in their place (fh_config_seed_categories), so that no new
 * database gets its categories from here.  test_config checks that the two
 * lists agree.
 */
"INSERT INTO categories VALUES\n"
"  ('fire','hazard','消防隐患',3), ('traffic','hazard','交通隐患',3),\n"
"  ('safety','hazard','安全隐患',3),\n"
"  ('dispute','incident','矛盾纠纷',7), ('theft','incident','盗窃',7),\n"
"  ('suspicious','incident','可疑人员或事件',7), ('fraud','incident','电信诈骗',7),\n"
"  ('lost-person','service','走失人员',1), ('lost-item','service','遗失物品',1),\n"
"  ('consult','service','咨询求助',1), ('lead','service','线索',1),\n"
"  ('other','other','其他',7);\n"
"CREATE TABLE zones (\n"
"  id   INTEGER PRIMARY KEY,\n"
"  code TEXT NOT NULL UNIQUE CHECK (code <> ''),\n"
"  name TEXT NOT NULL\n"
");\n"
"CREATE TABLE groups (\n"
"  id           INTEGER PRIMARY KEY,\n"
"  code         TEXT NOT NULL UNIQUE CHECK (code <> ''),\n"
"  zone_id      INTEGER NOT NULL REFERENCES zones(id),\n"
"  name         TEXT,\n"
"  formed_on    TEXT,\n"
"  dissolved_on TEXT,\n"
"  note         TEXT\n"
");\n"
"CREATE INDEX groups_zone ON groups(zone_id);\n"
"CREATE TABLE members (\n"
"  id        INTEGER PRIMARY KEY,\n"
"  code      TEXT NOT NULL UNIQUE CHECK (code <> ''),\n"
"  kind      TEXT NOT NULL DEFAULT 'shop'\n"
"            CHECK (kind IN ('shop','household','organisation','mobile')),\n"
"  name      TEXT NOT NULL,\n"
"  contact   TEXT,\n"
"  phone     TEXT,\n"
"  address   TEXT,\n"
"  zone_id   INTEGER NOT NULL REFERENCES zones(id),\n"
"  group_id  INTEGER REFERENCES groups(id),\n"
"  lat       REAL CHECK (lat BETWEEN -90 AND 90),\n"
"  lon       REAL CHECK (lon BETWEEN -180 AND 180),\n"
"  joined_on TEXT,\n"
"  left_on   TEXT,\n"
"  note      TEXT\n"
");\n"
"CREATE INDEX members_zone ON members(zone_id);\n"
"CREATE INDEX members_group ON members(group_id);\n"
/* Who led a group from when to when; ended_on NULL is the current term. */
"CREATE TABLE leader_terms (\n"
"  id            INTEGER PRIMARY KEY,\n"
"  group_id      INTEGER NOT NULL REFERENCES groups(id),\n"
"  member_id     INTEGER NOT NULL REFERENCES members(id),\n"
"  started_on    TEXT NOT NULL,\n"
"  ended_on      TEXT,\n"
"  letter_signed TEXT,\n"
"  CHECK (ended_on IS NULL OR ended_on >= started_on)\n"
");\n"
"CREATE UNIQUE INDEX leader_terms_current ON leader_terms(group_id) WHERE ended_on IS NULL;\n"
"CREATE INDEX leader_terms_member ON leader_terms(member_id);\n"
"CREATE TABLE teams (\n"
"  id      INTEGER PRIMARY KEY,\n"
"  code    TEXT NOT NULL UNIQUE CHECK (code <> ''),\n"
"  name    TEXT NOT NULL,\n"
"  kind    TEXT NOT NULL DEFAULT 'other'\n"
"          CHECK (kind IN ('patrol','publicity','inspection','service','other')),\n"
"  zone_id INTEGER REFERENCES zones(id)\n"
");\n"
"CREATE TABLE team_members (\n"
"  team_id   INTEGER NOT NULL REFERENCES teams(id),\n"
"  member_id INTEGER NOT NULL REFERENCES members(id),\n"
"  joined_on TEXT,\n"
"  left_on   TEXT,\n"
"  PRIMARY KEY (team_id, member_id)\n"
");\n"
"CREATE INDEX team_members_member ON team_members(member_id);\n"
/* Equipment is a ledger of moves: count > 0 issued, count < 0 returned. */
"CREATE TABLE equipment_moves (\n"
"  id        INTEGER PRIMARY KEY,\n"
"  member_id INTEGER NOT NULL REFERENCES members(id),\n"
"  item      TEXT NOT NULL CHECK (item <> ''),\n"
"  count     INTEGER NOT NULL CHECK (count <> 0),\n"
"  on_date   TEXT NOT NULL,\n"
"  note      TEXT\n"
");\n"
"CREATE INDEX equipment_moves_member ON equipment_moves(member_id, item);\n"
"CREATE TABLE activities (\n"
"  id         INTEGER PRIMARY KEY,\n"
"  kind       TEXT NOT NULL CHECK (kind IN ('training','drill','patrol',\n"
"             'publicity','inspection','visit','meeting')),\n"
"  topic      TEXT,\n"
"  zone_id    INTEGER REFERENCES zones(id),\n"
"  group_id   INTEGER REFERENCES groups(id),\n"
"  team_id    INTEGER REFERENCES teams(id),\n"
"  held_on    TEXT NOT NULL,\n"
"  led_by     TEXT,\n"
"  count      INTEGER CHECK (count >= 0),\n"
"  note       TEXT,\n"
"  created_at TEXT NOT NULL\n"
");\n"
"CREATE INDEX activities_held ON activities(held_on);\n"
"CREATE INDEX activities_zone ON activities(zone_id, held_on);\n"
"CREATE INDEX activities_group ON activities(group_id, held_on);\n"
"CREATE TABLE activity_attendance (\n"
"  activity_id INTEGER NOT NULL REFERENCES activities(id),\n"
"  member_id   INTEGER NOT NULL REFERENCES members(id),\n"
"  PRIMARY KEY (activity_id, member_id)\n"
");\n"
"CREATE INDEX activity_attendance_member ON activity_attendance(member_id);\n"
/*
 * Reports.  status and handled_at are kept in the row (the events hold
 * the history) so that lists and statistics need no join.  notes gathers
 * the notes of the report's events, for search.
 */
"CREATE TABLE reports (\n"
"  id           INTEGER PRIMARY KEY,\n"
"  category     TEXT NOT NULL REFERENCES categories(code),\n"
"  member_id    INTEGER REFERENCES members(id),\n"
"  zone_id      INTEGER REFERENCES zones(id),\n"
"  group_id     INTEGER REFERENCES groups(id),\n"
"  reported_at  TEXT NOT NULL,\n"
"  place        TEXT,\n"
"  lat          REAL CHECK (lat BETWEEN -90 AND 90),\n"
"  lon          REAL CHECK (lon BETWEEN -180 AND 180),\n"
"  severity     TEXT NOT NULL DEFAULT 'normal'\n"
"               CHECK (severity IN ('low','normal','high','urgent')),\n"
"  via          TEXT CHECK (via IN ('wechat','phone','walk-in','patrol',\n"
"               'inspection','app','other')),\n"
"  activity_id  INTEGER REFERENCES activities(id),\n"
"  text         TEXT NOT NULL,\n"
"  status       TEXT NOT NULL DEFAULT 'open'\n"
"               CHECK (status IN ('open','assigned','handled','dismissed')),\n"
"  officer      TEXT,\n"
"  handled_at   TEXT,\n"
"  closed_at    TEXT,\n"
"  duplicate_of INTEGER REFERENCES reports(id),\n"
"  notes        TEXT,\n"
"  CHECK ((status = 'handled') = (handled_at IS NOT NULL))\n"
");\n"
"CREATE INDEX reports_at ON reports(reported_at);\n"
/* category last, so that a zone's counts by category read the index alone. */
"CREATE INDEX reports_zone_status ON reports(zone_id, status, reported_at, category);\n"
"CREATE INDEX reports_status ON reports(status, reported_at);\n"
"CREATE INDEX reports_category ON reports(category, reported_at);\n"
"CREATE INDEX reports_group ON reports(group_id, reported_at);\n"
"CREATE INDEX reports_member ON reports(member_id);\n"
"CREATE INDEX reports_activity ON reports(activity_id) WHERE activity_id IS NOT NULL;\n"
/* The few reports still open: fh-report dups, --overdue and --late walk only these. */
"CREATE INDEX reports_active ON reports(category, reported_at) WHERE status IN ('open','assigned');\n"
"CREATE TABLE report_events (\n"
"  id        INTEGER PRIMARY KEY,\n"
"  report_id INTEGER NOT NULL REFERENCES reports(id),\n"
"  at        TEXT NOT NULL,\n"
"  actor     TEXT NOT NULL,\n"
"  action    TEXT NOT NULL CHECK (action IN ('filed','assigned','handled',\n"
"            'dismissed','reopened','noted','edited')),\n"
"  officer   TEXT,\n"
"  note      TEXT\n"
");\n"
"CREATE INDEX report_events_report ON report_events(report_id);\n"
/* Photos are stored once per content, and linked to reports in order. */
"CREATE TABLE photos (\n"
"  id         INTEGER PRIMARY KEY,\n"
"  sha256     TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),\n"
"  media_type TEXT NOT NULL CHECK (media_type IN ('image/jpeg','image/png',\n"
"             'image/webp','image/heic')),\n"
"  size       INTEGER NOT NULL CHECK (size > 0),\n"
"  bytes      BLOB NOT NULL\n"
");\n"
"CREATE TABLE report_photos (\n"
"  report_id INTEGER NOT NULL REFERENCES reports(id),\n"
"  seq       INTEGER NOT NULL CHECK (seq >= 1),\n"
"  photo_id  INTEGER NOT NULL REFERENCES photos(id),\n"
"  name      TEXT,\n"
"  PRIMARY KEY (report_id, seq)\n"
");\n"
"CREATE INDEX report_photos_photo ON report_photos(photo_id);\n"
"CREATE TABLE meetings (\n"
"  id         INTEGER PRIMARY KEY,\n"
"  kind       TEXT NOT NULL DEFAULT 'zone' CHECK (kind IN ('zone','joint')),\n"
"  zone_id    INTEGER REFERENCES zones(id),\n"
"  quarter    TEXT NOT NULL,\n"
"  planned_on TEXT,\n"
"  held_on    TEXT,\n"
"  chair      TEXT,\n"
"  place      TEXT,\n"
"  minutes    TEXT,\n"
"  CHECK (kind = 'joint' OR zone_id IS NOT NULL)\n"
");\n"
"CREATE UNIQUE INDEX meetings_zone_quarter ON meetings(zone_id, quarter) WHERE kind = 'zone';\n"
"CREATE TABLE meeting_attendance (\n"
"  id         INTEGER PRIMARY KEY,\n"
"  meeting_id INTEGER NOT NULL REFERENCES meetings(id),\n"
"  group_id   INTEGER REFERENCES groups(id),\n"
"  member_id  INTEGER REFERENCES members(id),\n"
"  name       TEXT,\n"
"  CHECK (group_id IS NOT NULL OR member_id IS NOT NULL OR name IS NOT NULL)\n"
");\n"
"CREATE INDEX meeting_attendance_meeting ON meeting_attendance(meeting_id);\n"
"CREATE TABLE meeting_actions (\n"
"  id         INTEGER PRIMARY KEY,\n"
"  meeting_id INTEGER NOT NULL REFERENCES meetings(id),\n"
"  text       TEXT NOT NULL,\n"
"  owner      TEXT,\n"
"  due_on     TEXT,\n"
"  done_on    TEXT,\n"
"  created_at TEXT NOT NULL\n"
");\n"
"CREATE INDEX meeting_actions_meeting ON meeting_actions(meeting_id);\n"
/*
 * The audit trail: one row per writing command, and the rows it changed
 * as ranges of ids per table.  Both are append-only.
 */
"CREATE TABLE audit (\n"
"  id      INTEGER PRIMARY KEY,\n"
"  at      TEXT NOT NULL,\n"
"  actor   TEXT NOT NULL,\n"
"  command TEXT NOT NULL\n"
");\n"
"CREATE TABLE audit_rows (\n"
"  audit_id  INTEGER NOT NULL REFERENCES audit(id),\n"
"  tbl       TEXT NOT NULL,\n"
"  op        TEXT NOT NULL CHECK (op IN ('insert','update','delete')),\n"
"  first_id  INTEGER,\n"
"  last_id   INTEGER\n"
");\n"
"CREATE INDEX audit_rows_audit ON audit_rows(audit_id);\n"
"CREATE INDEX audit_at ON audit(at);\n"
"CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit\n"
"BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END;\n"
"CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit\n"
"BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END;\n"
"CREATE TRIGGER audit_rows_no_update BEFORE UPDATE ON audit_rows\n"
"BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END;\n"
"CREATE TRIGGER audit_rows_no_delete BEFORE DELETE ON audit_rows\n"
"BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END;\n"
/*
 * Search: an external-content FTS5 index over the report's text, place
 * and notes, with fh's bigram tokenizer so Chinese words are found inside
 * sentences.  Nothing documented depends on it: the views work in the
 * plain sqlite3 shell, which does not know the tokenizer.
 */
"CREATE VIRTUAL TABLE reports_fts USING fts5(text, place, notes,\n"
"  content='reports', content_rowid='id', tokenize='fh_bigram');\n"
"CREATE TRIGGER reports_fts_insert AFTER INSERT ON reports BEGIN\n"
"  INSERT INTO reports_fts(rowid, text, place, notes)\n"
"  VALUES (new.id, new.text, new.place, new.notes);\n"
"END;\n"
"CREATE TRIGGER reports_fts_delete AFTER DELETE ON reports BEGIN\n"
"  INSERT INTO reports_fts(reports_fts, rowid, text, place, notes)\n"
"  VALUES ('delete', old.id, old.text, old.place, old.notes);\n"
"END;\n"
"CREATE TRIGGER reports_fts_update AFTER UPDATE OF text, place, notes ON reports BEGIN\n"
"  INSERT INTO reports_fts(reports_fts, rowid, text, place, notes)\n"
"  VALUES ('delete', old.id, old.text, old.place, old.notes);\n"
"  INSERT INTO reports_fts(rowid, text, place, notes)\n"
"  VALUES (new.id, new.text, new.place, new.notes);\n"
"END;\n"
/* The documented views, for ad hoc queries (fh sql, or the sqlite3 shell). */
"CREATE VIEW zones_v AS\n"
"SELECT z.code AS zone, z.name AS name,\n"
"  (SELECT count(*) FROM groups g WHERE g.zone_id = z.id AND g.dissolved_on IS NULL) AS groups,\n"
"  (SELECT count(*) FROM members m WHERE m.zone_id = z.id AND m.left_on IS NULL) AS members\n"
"FROM zones z;\n"
"CREATE VIEW members_v AS\n"
"SELECT m.code AS member, m.kind, m.name, m.contact, m.phone, m.address,\n"
"  z.code AS zone, z.name AS zone_name, g.code AS \"group\", m.lat, m.lon,\n"
"  m.joined_on, m.left_on, m.left_on IS NULL AS active, m.note\n"
"FROM members m JOIN zones z ON z.id = m.zone_id\n"
"LEFT JOIN groups g ON g.id = m.group_id;\n"
"CREATE VIEW leaders_v AS\n"
"SELECT g.code AS \"group\", m.code AS member, m.name AS name,\n"
"  t.started_on, t.ended_on, t.letter_signed, t.ended_on IS NULL AS current\n"
"FROM leader_terms t JOIN groups g ON g.id = t.group_id\n"
"JOIN members m ON m.id = t.member_id;\n"
"CREATE VIEW groups_v AS\n"
"SELECT g.code AS \"group\", z.code AS zone,\n"
"  (SELECT count(*) FROM members m WHERE m.group_id = g.id AND m.left_on IS NULL) AS size,\n"
"  lm.code AS leader, lm.name AS leader_name, t.letter_signed, g.name,\n"
"  g.formed_on, g.dissolved_on, g.dissolved_on IS NULL AS active\n"
"FROM groups g JOIN zones z ON z.id = g.zone_id\n"
"LEFT JOIN leader_terms t ON t.group_id = g.id AND t.ended_on IS NULL\n"
"LEFT JOIN members lm ON lm.id = t.member_id;\n"
"CREATE VIEW teams_v AS\n"
"SELECT t.code AS team, t.name, t.kind, z.code AS zone,\n"
"  (SELECT count(*) FROM team_members tm WHERE tm.team_id = t.id AND tm.left_on IS NULL) AS size\n"
"FROM teams t LEFT JOIN zones z ON z.id = t.zone_id;\n"
"CREATE VIEW equipment_v AS\n"
"SELECT m.code AS member, m.name, z.code AS zone, g.code AS \"group\", e.item,\n"
"  sum(e.count) AS count, max(CASE WHEN e.count > 0 THEN e.on_date END) AS since\n"
"FROM equipment_moves e JOIN members m ON m.id = e.member_id\n"
"JOIN zones z ON z.id = m.zone_id LEFT JOIN groups g ON g.id = m.group_id\n"
"GROUP BY e.member_id, e.item HAVING sum(e.count) <> 0;\n"
"CREATE VIEW reports_v AS\n"
"SELECT r.id, r.reported_at, r.category, c.family, c.label AS category_label,\n"
"  z.code AS zone, g.code AS \"group\", r.status, r.severity, r.via,\n"
"  m.code AS member, m.name AS member_name, r.place, r.lat, r.lon, r.text,\n"
"  r.officer, r.handled_at, r.closed_at, r.duplicate_of, r.activity_id,\n"
"  c.deadline_days,\n"
"  (SELECT count(*) FROM report_photos p WHERE p.report_id = r.id) AS photos\n"
"FROM reports r JOIN categories c ON c.code = r.category\n"
"LEFT JOIN zones z ON z.id = r.zone_id\n"
"LEFT JOIN groups g ON g.id = r.group_id\n"
"LEFT JOIN members m ON m.id = r.member_id;\n"
"CREATE VIEW report_events_v AS\n"
"SELECT e.report_id, e.id AS event, e.at, e.actor, e.action, e.officer, e.note\n"
"FROM report_events e;\n"
"CREATE VIEW activities_v AS\n"
"SELECT a.id, a.held_on, a.kind, a.topic, z.code AS zone, g.code AS \"group\",\n"
"  t.code AS team, a.led_by,\n"
"  coalesce(a.count, (SELECT count(*) FROM activity_attendance x\n"
"                     WHERE x.activity_id = a.id)) AS attendance,\n"
"  a.note\n"
"FROM activities a LEFT JOIN zones z ON z.id = a.zone_id\n"
"LEFT JOIN groups g ON g.id = a.group_id LEFT JOIN teams t ON t.id = a.team_id;\n"
"CREATE VIEW meetings_v AS\n"
"SELECT mt.id, mt.kind, z.code AS zone, mt.quarter, mt.planned_on, mt.held_on,\n"
"  mt.chair, mt.place,\n"
"  (SELECT count(*) FROM meeting_actions a WHERE a.meeting_id = mt.id\n"
"   AND a.done_on IS NULL) AS open_actions\n"
"FROM meetings mt LEFT JOIN zones z ON z.id = mt.zone_id;\n"
"CREATE VIEW actions_v AS\n"
"SELECT a.id, a.meeting_id AS meeting, z.code AS zone, mt.quarter, a.text,\n"
"  a.owner, a.due_on, a.done_on, a.created_at\n"
"FROM meeting_actions a JOIN meetings mt ON mt.id = a.meeting_id\n"
"LEFT JOIN zones z ON z.id = mt.zone_id;\n"
"CREATE VIEW audit_v AS\n"
"SELECT a.id, a.at, a.actor, a.command,\n"
"  (SELECT group_concat(r.op || ' ' || r.tbl || ' ' ||\n"
"     CASE WHEN r.first_id = r.last_id THEN r.first_id\n"
"          ELSE r.first_id || '-' || r.last_id END, '; ')\n"
"   FROM audit_rows r WHERE r.audit_id = a.id) AS changes\n"
"FROM audit a;\n";

/*
 * The verify-and-extend life cycle (GB/T 30428's 核查结案 and 延期).  A
 * report may be 'closed' (verified) after 'handled', so handled_at is set
 * for both.  The row keeps, next to its status, the days its deadline was
 * extended, and how many times it was extended and sent back for rework
 * (a verification rejected, or a reopening after handling), so that the
 * figures need no join with the events.  The events gain 'verified',
 * 'rejected' and 'extended' (with its days).  Both tables are rebuilt the
 * way SQLite documents for a changed CHECK (foreign keys are off while
 * migrating): the ids, the indexes, the search index and its triggers stay.
 */
static const char migration_2[] =
"DROP VIEW reports_v;\n"
"DROP VIEW report_events_v;\n"
"CREATE TABLE new_reports (\n"
"  id           INTEGER PRIMARY KEY,\n"
"  category     TEXT NOT NULL REFERENCES categories(code),\n"
"  member_id    INTEGER REFERENCES members(id),\n"
"  zone_id      INTEGER REFERENCES zones(id),\n"
"  group_id     INTEGER REFERENCES groups(id),\n"
"  reported_at  TEXT NOT NULL,\n"
"  place        TEXT,\n"
"  lat          REAL CHECK (lat BETWEEN -90 AND 90),\n"
"  lon          REAL CHECK (lon BETWEEN -180 AND 180),\n"
"  severity     TEXT NOT NULL DEFAULT 'normal'\n"
"               CHECK (severity IN ('low','normal','high','urgent')),\n"
"  via          TEXT CHECK (via IN ('wechat','phone','walk-in','patrol',\n"
"               'inspection','app','other')),\n"
"  activity_id  INTEGER REFERENCES activities(id),\n"
"  text         TEXT NOT NULL,\n"
"  status       TEXT NOT NULL DEFAULT 'open'\n"
"               CHECK (status IN ('open','assigned','handled','closed','dismissed')),\n"
"  officer      TEXT,\n"
"  handled_at   TEXT,\n"
"  closed_at    TEXT,\n"
"  duplicate_of INTEGER REFERENCES reports(id),\n"
"  notes        TEXT,\n"
"  extended_days INTEGER NOT NULL DEFAULT 0 CHECK (extended_days >= 0),\n"
"  extensions   INTEGER NOT NULL DEFAULT 0 CHECK (extensions >= 0),\n"
"  reworks      INTEGER NOT NULL DEFAULT 0 CHECK (reworks >= 0),\n"
"  CHECK ((status IN ('handled','closed')) = (handled_at IS NOT NULL))\n"
");\n"
"INSERT INTO new_reports(id, category, member_id, zone_id, group_id, reported_at, place,\n"
"  lat, lon, severity, via, activity_id, text, status, officer, handled_at, closed_at,\n"
"  duplicate_of, notes)\n"
"SELECT id, category, member_id, zone_id, group_id, reported_at, place, lat, lon,\n"
"  severity, via, activity_id, text, status, officer, handled_at, closed_at,\n"
"  duplicate_of, notes FROM reports;\n"
/* A reopening counts as rework when the last close before it was a handling. */
"UPDATE new_reports SET reworks = (SELECT count(*) FROM report_events e\n"
"  WHERE e.report_id = new_reports.id AND e.action = 'reopened'\n"
"  AND (SELECT p.action FROM report_events p WHERE p.report_id = e.report_id\n"
"       AND p.id < e.id AND p.action IN ('handled','dismissed')\n"
"       ORDER BY p.id DESC LIMIT 1) = 'handled')\n"
"WHERE id IN (SELECT report_id FROM report_events WHERE action = 'reopened');\n"
"DROP TABLE reports;\n"
"ALTER TABLE new_reports RENAME TO reports;\n"
"CREATE INDEX reports_at ON reports(reported_at);\n"
"CREATE INDEX reports_zone_status ON reports(zone_id, status, reported_at, category);\n"
"CREATE INDEX reports_status ON reports(status, reported_at);\n"
"CREATE INDEX reports_category ON reports(category, reported_at);\n"
"CREATE INDEX reports_group ON reports(group_id, reported_at);\n"
"CREATE INDEX reports_member ON reports(member_id);\n"
"CREATE INDEX reports_activity ON reports(activity_id) WHERE activity_id IS NOT NULL;\n"
"CREATE INDEX reports_active ON reports(category, reported_at) WHERE status IN ('open','assigned');\n"
"CREATE TRIGGER reports_fts_insert AFTER INSERT ON reports BEGIN\n"
"  INSERT INTO reports_fts(rowid, text, place, notes)\n"
"  VALUES (new.id, new.text, new.place, new.notes);\n"
"END;\n"
"CREATE TRIGGER reports_fts_delete AFTER DELETE ON reports BEGIN\n"
"  INSERT INTO reports_fts(reports_fts, rowid, text, place, notes)\n"
"  VALUES ('delete', old.id, old.text, old.place, old.notes);\n"
"END;\n"
"CREATE TRIGGER reports_fts_update AFTER UPDATE OF text, place, notes ON reports BEGIN\n"
"  INSERT INTO reports_fts(reports_fts, rowid, text, place, notes)\n"
"  VALUES ('delete', old.id, old.text, old.place, old.notes);\n"
"  INSERT INTO reports_fts(rowid, text, place, notes)\n"
"  VALUES (new.id, new.text, new.place, new.notes);\n"
"END;\n"
"CREATE TABLE new_report_events (\n"
"  id        INTEGER PRIMARY KEY,\n"
"  report_id INTEGER NOT NULL REFERENCES reports(id),\n"
"  at        TEXT NOT NULL,\n"
"  actor     TEXT NOT NULL,\n"
"  action    TEXT NOT NULL CHECK (action IN ('filed','assigned','handled',\n"
"            'dismissed','reopened','noted','edited','verified','rejected','extended')),\n"
"  officer   TEXT,\n"
"  note      TEXT,\n"
"  days      INTEGER CHECK ((action = 'extended') = (days IS NOT NULL) AND days > 0)\n"
");\n"
"INSERT INTO new_report_events(id, report_id, at, actor, action, officer, note)\n"
"SELECT id, report_id, at, actor, action, officer, note FROM report_events;\n"
"DROP TABLE report_events;\n"
"ALTER TABLE new_report_events RENAME TO report_events;\n"
"CREATE INDEX report_events_report ON report_events(report_id);\n"
/*
 * reports_v: deadline_at is the filing time plus the category's deadline
 * and the extensions, in the station's local time like the other times;
 * closed says whether the report counts as closed (结案): verified, or
 * handled where the station does not require verification.
 */
"CREATE VIEW reports_v AS\n"
"SELECT r.id, r.reported_at, r.category, c.family, c.label AS category_label,\n"
"  z.code AS zone, g.code AS \"group\", r.status, r.severity, r.via,\n"
"  m.code AS member, m.name AS member_name, r.place, r.lat, r.lon, r.text,\n"
"  r.officer, r.handled_at, r.closed_at, r.duplicate_of, r.activity_id,\n"
"  c.deadline_days,\n"
"  (SELECT count(*) FROM report_photos p WHERE p.report_id = r.id) AS photos,\n"
"  z.name AS zone_name, g.name AS group_name,\n"
"  strftime('%Y-%m-%d %H:%M', r.reported_at,\n"
"           '+' || (c.deadline_days + r.extended_days) || ' days') AS deadline_at,\n"
"  r.reworks AS reworked, r.extensions AS extended, r.extended_days,\n"
"  (r.status = 'closed' OR (r.status = 'handled' AND coalesce((SELECT s.value\n"
"   FROM settings s WHERE s.key = 'verification'), 'false') <> 'true')) AS closed\n"
"FROM reports r JOIN categories c ON c.code = r.category\n"
"LEFT JOIN zones z ON z.id = r.zone_id\n"
"LEFT JOIN groups g ON g.id = r.group_id\n"
"LEFT JOIN members m ON m.id = r.member_id;\n"
"CREATE VIEW report_events_v AS\n"
"SELECT e.report_id, e.id AS event, e.at, e.actor, e.action, e.officer, e.note, e.days\n"
"FROM report_events e;\n";

/*
 * Every view names what it codes (issue 15): the zone's, group's and
 * team's names join their codes, as columns at the end so that queries
 * written for the old columns keep working.
 */
static const char migration_3[] =
"DROP VIEW members_v;\n"
"CREATE VIEW members_v AS\n"
"SELECT m.code AS member, m.kind, m.name, m.contact, m.phone, m.address,\n"
"  z.code AS zone, z.name AS zone_name, g.code AS \"group\", m.lat, m.lon,\n"
"  m.joined_on, m.left_on, m.left_on IS NULL AS active, m.note, g.name AS group_name\n"
"FROM members m JOIN zones z ON z.id = m.zone_id\n"
"LEFT JOIN groups g ON g.id = m.group_id;\n"
"DROP VIEW leaders_v;\n"
"CREATE VIEW leaders_v AS\n"
"SELECT g.code AS \"group\", m.code AS member, m.name AS name,\n"
"  t.started_on, t.ended_on, t.letter_signed, t.ended_on IS NULL AS current,\n"
"  g.name AS group_name\n"
"FROM leader_terms t JOIN groups g ON g.id = t.group_id\n"
"JOIN members m ON m.id = t.member_id;\n"
"DROP VIEW groups_v;\n"
"CREATE VIEW groups_v AS\n"
"SELECT g.code AS \"group\", z.code AS zone,\n"
"  (SELECT count(*) FROM members m WHERE m.group_id = g.id AND m.left_on IS NULL) AS size,\n"
"  lm.code AS leader, lm.name AS leader_name, t.letter_signed, g.name,\n"
"  g.formed_on, g.dissolved_on, g.dissolved_on IS NULL AS active, z.name AS zone_name\n"
"FROM groups g JOIN zones z ON z.id = g.zone_id\n"
"LEFT JOIN leader_terms t ON t.group_id = g.id AND t.ended_on IS NULL\n"
"LEFT JOIN members lm ON lm.id = t.member_id;\n"
"DROP VIEW teams_v;\n"
"CREATE VIEW teams_v AS\n"
"SELECT t.code AS team, t.name, t.kind, z.code AS zone,\n"
"  (SELECT count(*) FROM team_members tm WHERE tm.team_id = t.id AND tm.left_on IS NULL) AS size,\n"
"  z.name AS zone_name\n"
"FROM teams t LEFT JOIN zones z ON z.id = t.zone_id;\n"
"DROP VIEW equipment_v;\n"
"CREATE VIEW equipment_v AS\n"
"SELECT m.code AS member, m.name, z.code AS zone, g.code AS \"group\", e.item,\n"
"  sum(e.count) AS count, max(CASE WHEN e.count > 0 THEN e.on_date END) AS since,\n"
"  z.name AS zone_name, g.name AS group_name\n"
"FROM equipment_moves e JOIN members m ON m.id = e.member_id\n"
"JOIN zones z ON z.id = m.zone_id LEFT JOIN groups g ON g.id = m.group_id\n"
"GROUP BY e.member_id, e.item HAVING sum(e.count) <> 0;\n"
"DROP VIEW activities_v;\n"
"CREATE VIEW activities_v AS\n"
"SELECT a.id, a.held_on, a.kind, a.topic, z.code AS zone, g.code AS \"group\",\n"
"  t.code AS team, a.led_by,\n"
"  coalesce(a.count, (SELECT count(*) FROM activity_attendance x\n"
"                     WHERE x.activity_id = a.id)) AS attendance,\n"
"  a.note, z.name AS zone_name, g.name AS group_name, t.name AS team_name\n"
"FROM activities a LEFT JOIN zones z ON z.id = a.zone_id\n"
"LEFT JOIN groups g ON g.id = a.group_id LEFT JOIN teams t ON t.id = a.team_id;\n"
"DROP VIEW meetings_v;\n"
"CREATE VIEW meetings_v AS\n"
"SELECT mt.id, mt.kind, z.code AS zone, mt.quarter, mt.planned_on, mt.held_on,\n"
"  mt.chair, mt.place,\n"
"  (SELECT count(*) FROM meeting_actions a WHERE a.meeting_id = mt.id\n"
"   AND a.done_on IS NULL) AS open_actions,\n"
"  z.name AS zone_name\n"
"FROM meetings mt LEFT JOIN zones z ON z.id = mt.zone_id;\n"
"DROP VIEW actions_v;\n"
"CREATE VIEW actions_v AS\n"
"SELECT a.id, a.meeting_id AS meeting, z.code AS zone, mt.quarter, a.text,\n"
"  a.owner, a.due_on, a.done_on, a.created_at, z.name AS zone_name\n"
"FROM meeting_actions a JOIN meetings mt ON mt.id = a.meeting_id\n"
"LEFT JOIN zones z ON z.id = mt.zone_id;\n";

/*
 * The station's identity, a random id made with its database (fh init
 * runs this too) and given to an older one here: a setting, so backups
 * keep it, and fh-stats counts a station given twice, under any path or
 * as a copy, once.  And how the headline quotes a category (找回走失人员
 * 3 名): its phrase and unit, the stories' wording by default, a
 * station's own in its config.
 */
static const char migration_4[] =
"INSERT OR IGNORE INTO settings (key, value)\n"
"  VALUES ('station_id', lower(hex(randomblob(16))));\n"
"ALTER TABLE categories ADD COLUMN headline TEXT;\n"
"ALTER TABLE categories ADD COLUMN unit TEXT;\n"
"UPDATE categories SET headline = CASE code\n"
"  WHEN 'lost-person' THEN '找回走失人员' WHEN 'lost-item' THEN '返还遗失物品'\n"
"  WHEN 'consult' THEN '解答咨询' WHEN 'lead' THEN '提供线索'\n"
"  WHEN 'dispute' THEN '化解矛盾纠纷' WHEN 'fraud' THEN '劝阻电信诈骗' END,\n"
"  unit = CASE code\n"
"  WHEN 'lost-person' THEN '名' WHEN 'lost-item' THEN '件' WHEN 'consult' THEN '次'\n"
"  WHEN 'lead' THEN '条' WHEN 'dispute' THEN '起' WHEN 'fraud' THEN '起' END;\n";

/*
 * Corrections with history (fh-activity edit/cancel, fh-meeting
 * edit/cancel, fh-meeting action edit/cancel).  A cancelled record is
 * kept, with when and why, but no longer counts: lists, statistics and
 * agendas leave it out, and a cancelled zone meeting frees its quarter
 * for a new plan.  Each correction is an event with every old and new
 * value; the audit trail's changes show its note.
 */
static const char migration_5[] =
"ALTER TABLE activities ADD COLUMN cancelled_at TEXT;\n"
"ALTER TABLE activities ADD COLUMN cancel_reason TEXT;\n"
"ALTER TABLE meetings ADD COLUMN cancelled_at TEXT;\n"
"ALTER TABLE meetings ADD COLUMN cancel_reason TEXT;\n"
"ALTER TABLE meeting_actions ADD COLUMN cancelled_at TEXT;\n"
"ALTER TABLE meeting_actions ADD COLUMN cancel_reason TEXT;\n"
"DROP INDEX meetings_zone_quarter;\n"
"CREATE UNIQUE INDEX meetings_zone_quarter ON meetings(zone_id, quarter)\n"
"  WHERE kind = 'zone' AND cancelled_at IS NULL;\n"
"CREATE TABLE activity_events (\n"
"  id          INTEGER PRIMARY KEY,\n"
"  activity_id INTEGER NOT NULL REFERENCES activities(id),\n"
"  at          TEXT NOT NULL,\n"
"  actor       TEXT NOT NULL,\n"
"  action      TEXT NOT NULL CHECK (action IN ('edited','cancelled')),\n"
"  note        TEXT NOT NULL\n"
");\n"
"CREATE INDEX activity_events_activity ON activity_events(activity_id);\n"
"CREATE TABLE meeting_events (\n"
"  id         INTEGER PRIMARY KEY,\n"
"  meeting_id INTEGER NOT NULL REFERENCES meetings(id),\n"
"  action_id  INTEGER REFERENCES meeting_actions(id),\n"
"  at         TEXT NOT NULL,\n"
"  actor      TEXT NOT NULL,\n"
"  action     TEXT NOT NULL CHECK (action IN ('edited','cancelled')),\n"
"  note       TEXT NOT NULL\n"
");\n"
"CREATE INDEX meeting_events_meeting ON meeting_events(meeting_id);\n"
"DROP VIEW activities_v;\n"
"CREATE VIEW activities_v AS\n"
"SELECT a.id, a.held_on, a.kind, a.topic, z.code AS zone, g.code AS \"group\",\n"
"  t.code AS team, a.led_by,\n"
"  coalesce(a.count, (SELECT count(*) FROM activity_attendance x\n"
"                     WHERE x.activity_id = a.id)) AS attendance,\n"
"  a.note, z.name AS zone_name, g.name AS group_name, t.name AS team_name,\n"
"  a.cancelled_at\n"
"FROM activities a LEFT JOIN zones z ON z.id = a.zone_id\n"
"LEFT JOIN groups g ON g.id = a.group_id LEFT JOIN teams t ON t.id = a.team_id;\n"
"DROP VIEW meetings_v;\n"
"CREATE VIEW meetings_v AS\n"
"SELECT mt.id, mt.kind, z.code AS zone, mt.quarter, mt.planned_on, mt.held_on,\n"
"  mt.chair, mt.place,\n"
"  (SELECT count(*) FROM meeting_actions a WHERE a.meeting_id = mt.id\n"
"   AND a.done_on IS NULL AND a.cancelled_at IS NULL) AS open_actions,\n"
"  z.name AS zone_name, mt.cancelled_at\n"
"FROM meetings mt LEFT JOIN zones z ON z.id = mt.zone_id;\n"
"DROP VIEW actions_v;\n"
"CREATE VIEW actions_v AS\n"
"SELECT a.id, a.meeting_id AS meeting, z.code AS zone, mt.quarter, a.text,\n"
"  a.owner, a.due_on, a.done_on, a.created_at, z.name AS zone_name, a.cancelled_at\n"
"FROM meeting_actions a JOIN meetings mt ON mt.id = a.meeting_id\n"
"LEFT JOIN zones z ON z.id = mt.zone_id;\n"
"CREATE VIEW activity_events_v AS\n"
"SELECT e.activity_id AS activity, e.id AS event, e.at, e.actor, e.action, e.note\n"
"FROM activity_events e;\n"
"CREATE VIEW meeting_events_v AS\n"
"SELECT e.meeting_id AS meeting, e.action_id AS item, e.id AS event, e.at, e.actor,\n"
"  e.action, e.note\n"
"FROM meeting_events e;\n"
"DROP VIEW audit_v;\n"
"CREATE VIEW audit_v AS\n"
"SELECT a.id, a.at, a.actor, a.command,\n"
"  (SELECT group_concat(r.op || ' ' || r.tbl || ' ' ||\n"
"     CASE WHEN r.first_id = r.last_id THEN r.first_id\n"
"          ELSE r.first_id || '-' || r.last_id END ||\n"
"     coalesce(' (' || CASE r.tbl\n"
"       WHEN 'activity_events' THEN (SELECT group_concat(e.action || ': ' || e.note, '; ')\n"
"         FROM activity_events e WHERE e.id BETWEEN r.first_id AND r.last_id)\n"
"       WHEN 'meeting_events' THEN (SELECT group_concat(e.action || ': ' || e.note, '; ')\n"
"         FROM meeting_events e WHERE e.id BETWEEN r.first_id AND r.last_id)\n"
"       END || ')', ''), '; ')\n"
"   FROM audit_rows r WHERE r.audit_id = a.id) AS changes\n"
"FROM audit a;\n";

/*
 * The audit trail never holds a personal value (fh(1), audit): the command
 * lines recorded before that, with names and addresses in them, are
 * redacted once, by fh's own fh_audit_redact (lib/store/audit.c), the
 * triggers lifted for that moment only.
 */
static const char migration_6[] =
"DROP TRIGGER audit_no_update;\n"
"UPDATE audit SET command = fh_audit_redact(command);\n"
"CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit\n"
"BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END;\n";

/*
 * Volunteer points (积分, issue 17): the manual awards (points > 0) and
 * redemptions (points < 0) of lib/roster/points.c, its only writer.  The
 * points earned by what members did are computed from the data, not
 * stored, so that they always follow the reports and activities.
 * Written so that running it again changes nothing (a test replays the
 * migrations from an older version).
 */
static const char migration_7[] =
"CREATE TABLE IF NOT EXISTS points_ledger (\n"
"  id         INTEGER PRIMARY KEY,\n"
"  member_id  INTEGER NOT NULL REFERENCES members(id),\n"
"  on_date    TEXT NOT NULL,\n"
"  points     INTEGER NOT NULL CHECK (points <> 0),\n"
"  reason     TEXT NOT NULL CHECK (reason <> ''),\n"
"  created_at TEXT NOT NULL\n"
");\n"
"CREATE INDEX IF NOT EXISTS points_ledger_member ON points_ledger(member_id, on_date);\n"
"DROP VIEW IF EXISTS points_ledger_v;\n"
"CREATE VIEW points_ledger_v AS\n"
"SELECT l.id, m.code AS member, l.on_date,\n"
"  CASE WHEN l.points > 0 THEN 'award' ELSE 'redeem' END AS kind, l.points, l.reason,\n"
"  z.code AS zone, g.code AS \"group\", l.created_at\n"
"FROM points_ledger l JOIN members m ON m.id = l.member_id\n"
"JOIN zones z ON z.id = m.zone_id LEFT JOIN groups g ON g.id = m.group_id;\n";

/*
 * Joint meetings (联席会议, fh-meeting plan --joint): the zones and task
 * teams a joint meeting covers, its title, and attendance by team beside
 * groups and units (members of kind organisation, by member_id).  The
 * attendance table is rebuilt the way SQLite documents, for its CHECK to
 * take a team's row.  lib/meeting.c writes all three.
 */
static const char migration_8[] =
"ALTER TABLE meetings ADD COLUMN title TEXT;\n"
"CREATE TABLE meeting_zones (\n"
"  meeting_id INTEGER NOT NULL REFERENCES meetings(id),\n"
"  zone_id    INTEGER NOT NULL REFERENCES zones(id),\n"
"  PRIMARY KEY (meeting_id, zone_id)\n"
");\n"
"CREATE INDEX meeting_zones_zone ON meeting_zones(zone_id);\n"
"CREATE TABLE meeting_teams (\n"
"  meeting_id INTEGER NOT NULL REFERENCES meetings(id),\n"
"  team_id    INTEGER NOT NULL REFERENCES teams(id),\n"
"  PRIMARY KEY (meeting_id, team_id)\n"
");\n"
"CREATE TABLE meeting_attendance_new (\n"
"  id         INTEGER PRIMARY KEY,\n"
"  meeting_id INTEGER NOT NULL REFERENCES meetings(id),\n"
"  group_id   INTEGER REFERENCES groups(id),\n"
"  member_id  INTEGER REFERENCES members(id),\n"
"  name       TEXT,\n"
"  team_id    INTEGER REFERENCES teams(id),\n"
"  CHECK (group_id IS NOT NULL OR member_id IS NOT NULL OR team_id IS NOT NULL\n"
"         OR name IS NOT NULL)\n"
");\n"
"INSERT INTO meeting_attendance_new (id, meeting_id, group_id, member_id, name)\n"
"  SELECT id, meeting_id, group_id, member_id, name FROM meeting_attendance;\n"
"DROP TABLE meeting_attendance;\n"
"ALTER TABLE meeting_attendance_new RENAME TO meeting_attendance;\n"
"CREATE INDEX meeting_attendance_meeting ON meeting_attendance(meeting_id);\n"
"DROP VIEW IF EXISTS actions_v;\n"
"DROP VIEW IF EXISTS meetings_v;\n"
"CREATE VIEW meetings_v AS\n"
"SELECT mt.id, mt.kind, z.code AS zone, mt.quarter, mt.planned_on, mt.held_on,\n"
"  mt.chair, mt.place,\n"
"  (SELECT count(*) FROM meeting_actions a WHERE a.meeting_id = mt.id\n"
"   AND a.done_on IS NULL AND a.cancelled_at IS NULL) AS open_actions,\n"
"  z.name AS zone_name, mt.cancelled_at,\n"
"  coalesce(z.code, (SELECT group_concat(code, ',') FROM (SELECT y.code FROM meeting_zones x\n"
"    JOIN zones y ON y.id = x.zone_id WHERE x.meeting_id = mt.id ORDER BY y.code))) AS zones,\n"
"  (SELECT group_concat(code, ',') FROM (SELECT t.code FROM meeting_teams x\n"
"    JOIN teams t ON t.id = x.team_id WHERE x.meeting_id = mt.id ORDER BY t.code)) AS teams,\n"
"  mt.title\n"
"FROM meetings mt LEFT JOIN zones z ON z.id = mt.zone_id;\n"
"CREATE VIEW actions_v AS\n"
"SELECT a.id, a.meeting_id AS meeting, v.zone, v.quarter, a.text,\n"
"  a.owner, a.due_on, a.done_on, a.created_at, v.zone_name, a.cancelled_at,\n"
"  v.kind, v.zones\n"
"FROM meeting_actions a JOIN meetings_v v ON v.id = a.meeting_id;\n";

/*
 * Every member's responsibility letter (issue 17: every shop of a group
 * signs it, not only its leader) and a mobile member's trade: rider,
 * courier, driver ... (fh/codes.h), or a station's own (setting
 * trades.CODE.label), so no CHECK here.  members_v gains both, at its end.
 */
static const char migration_9[] =
"ALTER TABLE members ADD COLUMN letter_signed TEXT;\n"
"ALTER TABLE members ADD COLUMN trade TEXT;\n"
"DROP VIEW members_v;\n"
"CREATE VIEW members_v AS\n"
"SELECT m.code AS member, m.kind, m.name, m.contact, m.phone, m.address,\n"
"  z.code AS zone, z.name AS zone_name, g.code AS \"group\", m.lat, m.lon,\n"
"  m.joined_on, m.left_on, m.left_on IS NULL AS active, m.note, g.name AS group_name,\n"
"  m.letter_signed, m.trade\n"
"FROM members m JOIN zones z ON z.id = m.zone_id\n"
"LEFT JOIN groups g ON g.id = m.group_id;\n";

/*
 * The station's exports to its bureau (fh sync export, lib/store/sync.c):
 * one row per export, numbered from 1, the last one's file kept whole so
 * that a lost copy can be written again.  The copies of what was last
 * exported (sync_base_TABLE) are made by sync.c at the first export, after
 * the tables' own columns.  Running it again changes nothing.
 */
static const char migration_10[] =
"CREATE TABLE IF NOT EXISTS sync_exports (\n"
"  seq         INTEGER PRIMARY KEY CHECK (seq >= 1),\n"
"  exported_at TEXT NOT NULL,\n"
"  full        INTEGER NOT NULL,\n"
"  personal    INTEGER NOT NULL,\n"
"  photos      INTEGER NOT NULL,\n"
"  changes     INTEGER NOT NULL,\n"
"  bytes       INTEGER NOT NULL,\n"
"  sha256      TEXT NOT NULL,\n"
"  file        BLOB\n"
");\n";

static const char *const migrations[] = {
	migration_1,
	migration_2,
	migration_3,
	migration_4,
	migration_5,
	migration_6,
	migration_7,
	migration_8,
	migration_9,
	migration_10,
};

const char *const *fh_schema_migrations(int *count)
{
	*count = (int)(sizeof(migrations) / sizeof(migrations[0]));
	return migrations;
}
