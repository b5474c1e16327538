#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>

#include "fh/codes.h"
#include "fh/config.h"
#include "fh/lookup.h"
#include "fh/map.h"
#include "fh/period.h"
#include "fh/photo.h"
#include "fh/report.h"
#include "fh/search.h"
#include "fh/show.h"
#include "fh/i18n.h"
#include "fh/text.h"

const char *const fh_report_keys[FH_REPORT_F_COUNT] = {
	[FH_REPORT_F_CATEGORY] = "category", [FH_REPORT_F_BY] = "by", [FH_REPORT_F_ZONE] = "zone",
	[FH_REPORT_F_GROUP] = "group", [FH_REPORT_F_AT] = "at", [FH_REPORT_F_WHERE] = "where",
	[FH_REPORT_F_LAT] = "lat", [FH_REPORT_F_LON] = "lon", [FH_REPORT_F_SEVERITY] = "severity",
	[FH_REPORT_F_VIA] = "via", [FH_REPORT_F_ACTIVITY] = "activity", [FH_REPORT_F_PHOTO] = "photo",
	[FH_REPORT_F_TEXT] = "text", [FH_REPORT_F_STATUS] = "status", [FH_REPORT_F_OFFICER] = "officer",
	[FH_REPORT_F_HANDLED_AT] = "handled_at", [FH_REPORT_F_NOTE] = "note",
	[FH_REPORT_F_REASON] = "reason", [FH_REPORT_F_DUPLICATE_OF] = "duplicate_of",
};

const char *fh_report_key_list(void)
{
	return "category, by, zone, group, at, where, lat, lon, severity, via, activity, photo, text,"
	       " status, officer, handled_at, note, reason, duplicate_of";
}

int fh_report_key(const char *name, size_t len)
{
	for (int i = 0; i < FH_REPORT_F_COUNT; i++)
		if (strlen(fh_report_keys[i]) == len && !memcmp(fh_report_keys[i], name, len))
			return i;
	return -1;
}

enum {
	ST_MEMBER, ST_ZONE, ST_GROUP, ST_ACTIVITY, ST_REPORT, ST_EVENT,
	ST_PHOTO, ST_PHOTO_ID, ST_REPORT_PHOTO, ST_STAGE, ST_REWRITE, ST_NOTE, ST_NOTE_EVENT, ST_COUNT
};

static const char *const writer_sql[ST_COUNT] = {
	[ST_MEMBER] = "SELECT id, zone_id, group_id FROM members WHERE code = ?1",
	[ST_ZONE] = "SELECT id FROM zones WHERE code = ?1",
	[ST_GROUP] = "SELECT id, zone_id FROM groups WHERE code = ?1",
	[ST_ACTIVITY] = "SELECT 1 FROM activities WHERE id = ?1",
	[ST_REPORT] = "INSERT INTO reports(category, member_id, zone_id, group_id, reported_at,"
		      " place, lat, lon, severity, via, activity_id, text, id)"
		      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
	[ST_STAGE] = "INSERT INTO temp.fh_report_batch(category, member_id, zone_id, group_id, reported_at,"
		     " place, lat, lon, severity, via, activity_id, text, id)"
		     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
	[ST_EVENT] = "INSERT INTO report_events(report_id, at, actor, action) VALUES (?1, ?2, ?3, 'filed')",
	[ST_PHOTO] = "INSERT INTO photos(sha256, media_type, size, bytes) VALUES (?1, ?2, ?3, ?4)"
		     " ON CONFLICT(sha256) DO NOTHING",
	[ST_PHOTO_ID] = "SELECT id FROM photos WHERE sha256 = ?1",
	[ST_REPORT_PHOTO] = "INSERT INTO report_photos(report_id, seq, photo_id, name) VALUES (?1, ?2, ?3, ?4)",
	[ST_REWRITE] = "UPDATE reports SET category = ?1, member_id = ?2, zone_id = ?3, group_id = ?4,"
		       " reported_at = ?5, place = ?6, lat = ?7, lon = ?8, severity = ?9, via = ?10,"
		       " activity_id = ?11, text = ?12 WHERE id = ?13"
		       /* A report left the same is not written, so the audit names only real changes. */
		       " AND (category, member_id, zone_id, group_id, reported_at, place, lat, lon, severity,"
		       " via, activity_id, text) IS NOT (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
	[ST_NOTE] = "UPDATE reports SET notes = coalesce(notes || char(10), '') || ?2 WHERE id = ?1",
	[ST_NOTE_EVENT] = "INSERT INTO report_events(report_id, at, actor, action, note)"
			  " VALUES (?1, ?2, ?3, ?4, ?5)",
};

struct fh_report_writer {
	struct fh_db *db;
	char *actor;
	char now[FH_TIME_LEN];
	struct fh_time now_t;  /* now, parsed: fixed for the whole batch */
	sqlite3_stmt *stmt[ST_COUNT];
	/* Codes already looked up, so that a batch of a million reports by a few
	   thousand members asks the database once per code: id, aux the zone,
	   aux2 the group. */
	struct fh_map categories, members, zones, groups;
	long long photo_max;  /* 0 until the first photo asks for it */
	struct fh_limits limits;  /* the station's size limits; text 0 until read */
	int staged;           /* reports wait in temp.fh_report_batch until the flush */
	sqlite3_int64 last_id;
};

int fh_report_writer_new(struct fh_db *db, const char *actor,
			 struct fh_report_writer **out, struct fh_error *err)
{
	struct fh_report_writer *w = calloc(1, sizeof(*w));
	struct fh_time t;

	*out = NULL;
	if (!w || !(w->actor = strdup(actor))) {
		free(w);
		return fh_error_set(err, _("out of memory"));
	}
	w->db = db;
	if (fh_now(&t, err)) {
		fh_report_writer_free(w);
		return -1;
	}
	fh_time_format(&t, w->now);
	w->now_t = t;
	*out = w;
	return 0;
}

void fh_report_writer_free(struct fh_report_writer *w)
{
	if (!w)
		return;
	for (int i = 0; i < ST_COUNT; i++)
		sqlite3_finalize(w->stmt[i]);
	fh_map_free(&w->categories);
	fh_map_free(&w->members);
	fh_map_free(&w->zones);
	fh_map_free(&w->groups);
	free(w->actor);
	free(w);
}

/* The writer's statement i, reset and unbound, prepared on first use; NULL on error. */
static sqlite3_stmt *stmt_get(struct fh_report_writer *w, int i, struct fh_error *err)
{
	if (!w->stmt[i]) {
		if (fh_db_prepare(w->db, &w->stmt[i], writer_sql[i], err))
			return NULL;
	} else {
		sqlite3_reset(w->stmt[i]);
		sqlite3_clear_bindings(w->stmt[i]);
	}
	return w->stmt[i];
}

/* Sets err to msg, placed at field of the input when it came from a file. */
static int fail_at(const struct fh_report_input *in, int field, struct fh_error *err,
		   const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static int fail_at(const struct fh_report_input *in, int field, struct fh_error *err,
		   const char *fmt, ...)
{
	char msg[900];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (in->file)
		return fh_error_at(err, in->file, field >= 0 && in->lines[field] ? in->lines[field] : in->line,
				   field >= 0 ? in->col[field] : 0, "%s", msg);
	return fh_error_set(err, "%s", msg);
}

/* Places an error already in err (from a lower layer) at field of the input. */
static int place_error(const struct fh_report_input *in, int field, struct fh_error *err)
{
	char msg[sizeof(err->msg)];

	if (!in->file)
		return -1;
	snprintf(msg, sizeof(msg), "%s", err->msg);
	return fh_error_at(err, in->file, field >= 0 && in->lines[field] ? in->lines[field] : in->line,
			   field >= 0 ? in->col[field] : 0, "%s", msg);
}

/*
 * Checks a category code (fh_lookup_category_check: unknown codes get the
 * list of valid ones), each known one looked up once per writer.
 */
static int check_category(struct fh_report_writer *w, const struct fh_report_input *in,
			  const char *code, struct fh_error *err)
{
	if (fh_map_find(&w->categories, code))
		return 0;
	if (fh_lookup_category_check(w->db, code, err))
		return place_error(in, FH_REPORT_F_CATEGORY, err);
	return fh_map_put(&w->categories, code) ? 0 : fh_error_set(err, _("out of memory"));
}

/* Looks up a member, zone or group code through its cache. */
static struct fh_map_entry *lookup_code(struct fh_report_writer *w, const struct fh_report_input *in,
				      int field, struct fh_error *err)
{
	static const struct { int st; const char *what; } kinds[FH_REPORT_F_COUNT] = {
		[FH_REPORT_F_BY] = { ST_MEMBER, N_("member") }, [FH_REPORT_F_ZONE] = { ST_ZONE, N_("zone") },
		[FH_REPORT_F_GROUP] = { ST_GROUP, N_("group") },
	};
	struct fh_map *cache = field == FH_REPORT_F_BY ? &w->members :
		field == FH_REPORT_F_ZONE ? &w->zones : &w->groups;
	const char *code = in->value[field];
	struct fh_map_entry *e = fh_map_find(cache, code);
	sqlite3_stmt *stmt;
	int rc;

	if (e)
		return e;
	if (!(stmt = stmt_get(w, kinds[field].st, err)))
		return NULL;
	sqlite3_bind_text(stmt, 1, code, -1, SQLITE_STATIC);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW) {
		if (!(e = fh_map_put(cache, code))) {
			fh_error_set(err, _("out of memory"));
		} else {
			e->id = sqlite3_column_int64(stmt, 0);
			e->aux = field == FH_REPORT_F_ZONE ? e->id : sqlite3_column_int64(stmt, 1);
			e->aux2 = field == FH_REPORT_F_BY ? sqlite3_column_int64(stmt, 2) :
				field == FH_REPORT_F_GROUP ? e->id : 0;
		}
	} else if (rc == SQLITE_DONE) {
		fail_at(in, field, err, _("unknown %s '%s'"), _(kinds[field].what), code);
	} else {
		fh_db_error(w->db, err, _("cannot look up a code"));
	}
	sqlite3_reset(stmt);
	return e;
}

/* Parses a coordinate in [-limit, limit]. */
static int parse_coord(const struct fh_report_input *in, int field, double limit,
		       double *out, struct fh_error *err)
{
	const char *s = in->value[field];

	if (fh_text_decimal(s, out) || *out < -limit || *out > limit)
		return fail_at(in, field, err, _("invalid %s '%s' (a number from %g to %g)"),
			       field == FH_REPORT_F_LAT ? "latitude" : "longitude", s, -limit, limit);
	return 0;
}

/* Stores the photos of report id, each photo's content once. */
static int add_photos(struct fh_report_writer *w, const struct fh_report_input *in,
		      sqlite3_int64 id, struct fh_error *err)
{
	for (size_t i = 0; i < in->nphotos; i++) {
		const char *name = in->photos[i], *type, *base;
		char hex[FH_SHA256_HEX_LEN], *path = NULL;
		unsigned char *bytes = NULL;
		sqlite3_stmt *stmt;
		sqlite3_int64 photo_id = 0;
		size_t n, len;
		int rc = -1;

		if (!w->photo_max)
			w->photo_max = fh_config_photo_max(w->db);
		len = (in->photo_dir ? strlen(in->photo_dir) : 0) + strlen(name) + 2;
		if (!(path = malloc(len)))
			return fh_error_set(err, _("out of memory"));
		if (in->photo_dir && name[0] != '/')
			snprintf(path, len, "%s/%s", in->photo_dir, name);
		else
			snprintf(path, len, "%s", name);
		if (fh_photo_read(path, name, w->photo_max, &bytes, &n, &type, err)) {
			place_error(in, FH_REPORT_F_PHOTO, err);
			goto next;
		}
		if (fh_photo_sha256(bytes, n, hex)) {
			fail_at(in, FH_REPORT_F_PHOTO, err, _("cannot compute the SHA-256 of photo '%s'"), name);
			goto next;
		}
		if (!(stmt = stmt_get(w, ST_PHOTO, err)))
			goto next;
		sqlite3_bind_text(stmt, 1, hex, -1, SQLITE_STATIC);
		sqlite3_bind_text(stmt, 2, type, -1, SQLITE_STATIC);
		sqlite3_bind_int64(stmt, 3, (sqlite3_int64)n);
		sqlite3_bind_blob64(stmt, 4, bytes, n, SQLITE_STATIC);
		if (sqlite3_step(stmt) != SQLITE_DONE) {
			fh_db_error(w->db, err, _("cannot store a photo"));
			goto next;
		}
		sqlite3_reset(stmt);
		if (!(stmt = stmt_get(w, ST_PHOTO_ID, err)))
			goto next;
		sqlite3_bind_text(stmt, 1, hex, -1, SQLITE_STATIC);
		if (sqlite3_step(stmt) == SQLITE_ROW)
			photo_id = sqlite3_column_int64(stmt, 0);
		sqlite3_reset(stmt);
		if (!(stmt = stmt_get(w, ST_REPORT_PHOTO, err)))
			goto next;
		base = strrchr(name, '/');
		sqlite3_bind_int64(stmt, 1, id);
		sqlite3_bind_int64(stmt, 2, (sqlite3_int64)i + 1);
		sqlite3_bind_int64(stmt, 3, photo_id);
		sqlite3_bind_text(stmt, 4, base ? base + 1 : name, -1, SQLITE_STATIC);
		if (sqlite3_step(stmt) != SQLITE_DONE) {
			fh_db_error(w->db, err, _("cannot store a photo"));
			goto next;
		}
		sqlite3_reset(stmt);
		rc = 0;
next:
		free(bytes);
		free(path);
		if (rc)
			return -1;
	}
	return 0;
}

/* A report's values once checked, ready to be written. */
struct checked {
	struct fh_map_entry *member;
	sqlite3_int64 zone, group, activity;
	char at[FH_TIME_LEN];
	double lat, lon;
};

/* Step 1 of adding: the text is UTF-8, category and text are given and known. */
static int check_text(struct fh_report_writer *w, const struct fh_report_input *in,
		      struct fh_error *err)
{
	const char *const *v = in->value;

	if (!w->limits.text)
		fh_config_limits(w->db, &w->limits);
	for (int i = 0; i < FH_REPORT_F_COUNT; i++) {
		long long max = i == FH_REPORT_F_TEXT ? w->limits.text : w->limits.field;

		/*
		 * One pass finds invalid UTF-8 and control characters (a YAML "\e"
		 * or JSON "\u001b" decodes to what a terminal obeys); only a value
		 * it stops at is read again, to say which of the two it holds.
		 */
		if (v[i] && fh_text_bad_offset(v[i], i == FH_REPORT_F_TEXT ? FH_TEXT_MULTILINE : FH_TEXT_LINE) != (size_t)-1)
			return fail_at(in, i, err, !fh_text_utf8_valid(v[i]) ? _("invalid UTF-8 in %s") :
				       _("%s contains a control character"), fh_report_keys[i]);
		/* Bounded before anything is stored or indexed (fh-config(5)). */
		if (v[i] && (long long)strlen(v[i]) > max)
			return fail_at(in, i, err, _("%s is longer than the limit of %lld bytes (%s in fh-config(5))"),
				       fh_report_keys[i], max, i == FH_REPORT_F_TEXT ? "text_max_bytes" : "field_max_bytes");
	}
	if (!v[FH_REPORT_F_CATEGORY] || !*v[FH_REPORT_F_CATEGORY])
		return fail_at(in, -1, err, _("missing category"));
	if (!v[FH_REPORT_F_TEXT] || !v[FH_REPORT_F_TEXT][strspn(v[FH_REPORT_F_TEXT], " \t\r\n")])
		return fail_at(in, -1, err, _("missing text"));
	return check_category(w, in, v[FH_REPORT_F_CATEGORY], err);
}

/*
 * Step 2: who and where.  The member, zone and group codes exist and
 * agree; a zone or group left out is the member's.
 */
static int check_who(struct fh_report_writer *w, const struct fh_report_input *in,
		     struct checked *c, struct fh_error *err)
{
	const char *const *v = in->value;
	struct fh_map_entry *zone = NULL, *group = NULL, *member = NULL;

	if (v[FH_REPORT_F_BY] && !(member = lookup_code(w, in, FH_REPORT_F_BY, err)))
		return -1;
	if (v[FH_REPORT_F_ZONE] && !(zone = lookup_code(w, in, FH_REPORT_F_ZONE, err)))
		return -1;
	if (v[FH_REPORT_F_GROUP] && !(group = lookup_code(w, in, FH_REPORT_F_GROUP, err)))
		return -1;
	if (zone && group && group->aux != zone->id)
		return fail_at(in, FH_REPORT_F_GROUP, err, _("group '%s' is not in zone '%s'"),
			       v[FH_REPORT_F_GROUP], v[FH_REPORT_F_ZONE]);
	c->member = member;
	c->zone = zone ? zone->id : group ? group->aux : member ? member->aux : 0;
	c->group = group ? group->id :
		member && (!zone || member->aux == zone->id) ? member->aux2 : 0;
	return 0;
}

/* Step 3: when (not in the future), the coordinates, severity and channel. */
static int check_values(struct fh_report_writer *w, const struct fh_report_input *in,
			struct checked *c, struct fh_error *err)
{
	const char *const *v = in->value;
	char buf[128];
	struct fh_time t;

	if (v[FH_REPORT_F_AT]) {
		if (fh_time_parse(v[FH_REPORT_F_AT], &t, err) ||
		    fh_time_check_past(&t, 0, &w->now_t, v[FH_REPORT_F_AT], err))
			return place_error(in, FH_REPORT_F_AT, err);
		fh_time_format(&t, c->at);
	} else {
		memcpy(c->at, w->now, sizeof(c->at));
	}
	if (!v[FH_REPORT_F_LAT] != !v[FH_REPORT_F_LON])
		return fail_at(in, v[FH_REPORT_F_LAT] ? FH_REPORT_F_LAT : FH_REPORT_F_LON, err,
			       _("lat and lon go together: %s is missing"), v[FH_REPORT_F_LAT] ? "lon" : "lat");
	if (v[FH_REPORT_F_LAT] && (parse_coord(in, FH_REPORT_F_LAT, 90, &c->lat, err) ||
				   parse_coord(in, FH_REPORT_F_LON, 180, &c->lon, err)))
		return -1;
	if (v[FH_REPORT_F_SEVERITY] && !fh_codes_has(FH_CODES_SEVERITY, v[FH_REPORT_F_SEVERITY]))
		return fail_at(in, FH_REPORT_F_SEVERITY, err, _("unknown severity '%s' (valid: %s)"),
			       v[FH_REPORT_F_SEVERITY], fh_codes_join(FH_CODES_SEVERITY, buf, sizeof(buf)));
	if (v[FH_REPORT_F_VIA] && !fh_codes_has(FH_CODES_CHANNEL, v[FH_REPORT_F_VIA]))
		return fail_at(in, FH_REPORT_F_VIA, err, _("unknown channel '%s' (valid: %s)"),
			       v[FH_REPORT_F_VIA], fh_codes_join(FH_CODES_CHANNEL, buf, sizeof(buf)));
	return 0;
}

/* Step 4: the activity the report came from, when given, exists. */
static int check_activity(struct fh_report_writer *w, const struct fh_report_input *in,
			  struct checked *c, struct fh_error *err)
{
	const char *s = in->value[FH_REPORT_F_ACTIVITY];
	sqlite3_stmt *stmt;
	long long a = 0;
	int rc;

	if (!s)
		return 0;
	c->activity = fh_text_whole(s, 1, INT64_MAX, &a) ? 0 : a;
	if (c->activity < 1)
		return fail_at(in, FH_REPORT_F_ACTIVITY, err, _("invalid activity '%s' (an activity's id)"), s);
	if (!(stmt = stmt_get(w, ST_ACTIVITY, err)))
		return -1;
	sqlite3_bind_int64(stmt, 1, c->activity);
	rc = sqlite3_step(stmt);
	sqlite3_reset(stmt);
	if (rc == SQLITE_DONE)
		return fail_at(in, FH_REPORT_F_ACTIVITY, err, _("unknown activity %lld"), (long long)c->activity);
	if (rc != SQLITE_ROW)
		return fh_db_error(w->db, err, _("cannot look up an activity"));
	return 0;
}

/* Step 5: writes the checked report (to the stage in a staged batch); sets *id. */
static int insert_report(struct fh_report_writer *w, const struct fh_report_input *in,
			 const struct checked *c, sqlite3_int64 *id, struct fh_error *err)
{
	const char *const *v = in->value;
	sqlite3_stmt *stmt;

	if (!(stmt = stmt_get(w, w->staged ? ST_STAGE : ST_REPORT, err)))
		return -1;
	if (w->staged)
		sqlite3_bind_int64(stmt, 13, w->last_id + 1);
	sqlite3_bind_text(stmt, 1, v[FH_REPORT_F_CATEGORY], -1, SQLITE_STATIC);
	if (c->member)
		sqlite3_bind_int64(stmt, 2, c->member->id);
	if (c->zone)
		sqlite3_bind_int64(stmt, 3, c->zone);
	if (c->group)
		sqlite3_bind_int64(stmt, 4, c->group);
	sqlite3_bind_text(stmt, 5, c->at, -1, SQLITE_STATIC);
	if (v[FH_REPORT_F_WHERE] && *v[FH_REPORT_F_WHERE])
		sqlite3_bind_text(stmt, 6, v[FH_REPORT_F_WHERE], -1, SQLITE_STATIC);
	if (v[FH_REPORT_F_LAT]) {
		sqlite3_bind_double(stmt, 7, c->lat);
		sqlite3_bind_double(stmt, 8, c->lon);
	}
	sqlite3_bind_text(stmt, 9, v[FH_REPORT_F_SEVERITY] ? v[FH_REPORT_F_SEVERITY] : "normal", -1, SQLITE_STATIC);
	if (v[FH_REPORT_F_VIA])
		sqlite3_bind_text(stmt, 10, v[FH_REPORT_F_VIA], -1, SQLITE_STATIC);
	if (c->activity)
		sqlite3_bind_int64(stmt, 11, c->activity);
	sqlite3_bind_text(stmt, 12, v[FH_REPORT_F_TEXT], -1, SQLITE_STATIC);
	if (sqlite3_step(stmt) != SQLITE_DONE) {
		fh_db_error(w->db, err, _("cannot file the report"));
		return place_error(in, -1, err);
	}
	*id = sqlite3_last_insert_rowid(w->db->sql);
	return 0;
}

int fh_report_writer_add(struct fh_report_writer *w,
			 const struct fh_report_input *in, sqlite3_int64 *id,
			 struct fh_error *err)
{
	struct checked c = { 0 };
	sqlite3_stmt *stmt;

	if (check_text(w, in, err) || check_who(w, in, &c, err) || check_values(w, in, &c, err) ||
	    check_activity(w, in, &c, err) || insert_report(w, in, &c, id, err))
		return -1;
	if (w->staged) {
		/* A staged batch writes the events when it is flushed. */
		w->last_id = *id;
		return add_photos(w, in, *id, err);
	}
	if (!(stmt = stmt_get(w, ST_EVENT, err)))
		return -1;
	/* The filing event carries the time of the filing, as every event does of what it records. */
	sqlite3_bind_int64(stmt, 1, *id);
	sqlite3_bind_text(stmt, 2, c.at, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(stmt, 3, w->actor, -1, SQLITE_STATIC);
	if (sqlite3_step(stmt) != SQLITE_DONE)
		return fh_db_error(w->db, err, _("cannot record the report's event"));
	return add_photos(w, in, *id, err);
}

int fh_report_writer_check(struct fh_report_writer *w, const struct fh_report_input *in,
			   struct fh_report_checked *out, struct fh_error *err)
{
	struct checked c = { 0 };

	if (check_text(w, in, err) || check_who(w, in, &c, err) || check_values(w, in, &c, err) ||
	    check_activity(w, in, &c, err))
		return -1;
	out->member = c.member ? c.member->id : 0;
	out->zone = c.zone;
	out->group = c.group;
	out->activity = c.activity;
	memcpy(out->at, c.at, sizeof(out->at));
	out->lat = c.lat;
	out->lon = c.lon;
	return 0;
}

int fh_report_writer_stage(struct fh_report_writer *w, struct fh_error *err)
{
	sqlite3_stmt *stmt;
	int rc;

	if (fh_db_exec(w->db, "PRAGMA defer_foreign_keys = ON", err) ||
	    fh_db_exec(w->db, "CREATE TEMP TABLE fh_report_batch (id INTEGER PRIMARY KEY,"
		       " category, member_id, zone_id, group_id, reported_at, place, lat, lon,"
		       " severity, via, activity_id, text)", err) ||
	    fh_db_prepare(w->db, &stmt, "SELECT coalesce(max(id), 0) FROM reports", err))
		return -1;
	rc = sqlite3_step(stmt);
	w->last_id = sqlite3_column_int64(stmt, 0);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW)
		return fh_db_error(w->db, err, _("cannot read the reports"));
	w->staged = 1;
	return 0;
}

int fh_report_writer_flush(struct fh_report_writer *w, struct fh_error *err)
{
	sqlite3_stmt *stmt = NULL;
	int rc = -1;

	if (!w->staged)
		return 0;
	if (fh_db_exec(w->db, "INSERT INTO reports(id, category, member_id, zone_id, group_id,"
		       " reported_at, place, lat, lon, severity, via, activity_id, text)"
		       " SELECT id, category, member_id, zone_id, group_id, reported_at, place, lat, lon,"
		       " severity, via, activity_id, text FROM temp.fh_report_batch ORDER BY id", err) ||
	    fh_db_prepare(w->db, &stmt, "INSERT INTO report_events(report_id, at, actor, action)"
			  " SELECT id, reported_at, ?1, 'filed' FROM temp.fh_report_batch ORDER BY id", err))
		goto done;
	sqlite3_bind_text(stmt, 1, w->actor, -1, SQLITE_STATIC);
	if (sqlite3_step(stmt) != SQLITE_DONE) {
		fh_db_error(w->db, err, _("cannot record the reports' events"));
		goto done;
	}
	sqlite3_finalize(stmt);
	stmt = NULL;
	for (int i = 0; i < ST_COUNT; i++) {
		sqlite3_finalize(w->stmt[i]);
		w->stmt[i] = NULL;
	}
	if (fh_db_exec(w->db, "DROP TABLE temp.fh_report_batch", err))
		goto done;
	w->staged = 0;
	rc = 0;
done:
	sqlite3_finalize(stmt);
	return rc;
}

int fh_report_add(struct fh_db *db, const char *actor,
		  const struct fh_report_input *in, sqlite3_int64 *id,
		  struct fh_error *err)
{
	struct fh_report_writer *w;
	int rc = -1;

	if (fh_report_writer_new(db, actor, &w, err))
		return -1;
	if (fh_db_begin(db, err))
		goto done;
	if (fh_report_writer_add(w, in, id, err)) {
		fh_db_rollback(db);
		goto done;
	}
	/* The statements must be done before COMMIT can release its locks. */
	for (int i = 0; i < ST_COUNT; i++)
		if (w->stmt[i])
			sqlite3_reset(w->stmt[i]);
	rc = fh_db_commit(db, err);
done:
	fh_report_writer_free(w);
	return rc;
}

int fh_report_writer_rewrite(struct fh_report_writer *w, sqlite3_int64 id,
			     const struct fh_report_input *in, const struct fh_report_checked *c,
			     struct fh_error *err)
{
	const char *const *v = in->value;
	sqlite3_stmt *st = stmt_get(w, ST_REWRITE, err);
	int rc;

	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, v[FH_REPORT_F_CATEGORY], -1, SQLITE_STATIC);
	if (c->member)
		sqlite3_bind_int64(st, 2, c->member);
	if (c->zone)
		sqlite3_bind_int64(st, 3, c->zone);
	if (c->group)
		sqlite3_bind_int64(st, 4, c->group);
	sqlite3_bind_text(st, 5, c->at, -1, SQLITE_STATIC);
	if (v[FH_REPORT_F_WHERE] && *v[FH_REPORT_F_WHERE])
		sqlite3_bind_text(st, 6, v[FH_REPORT_F_WHERE], -1, SQLITE_STATIC);
	if (v[FH_REPORT_F_LAT]) {
		sqlite3_bind_double(st, 7, c->lat);
		sqlite3_bind_double(st, 8, c->lon);
	}
	sqlite3_bind_text(st, 9, v[FH_REPORT_F_SEVERITY] ? v[FH_REPORT_F_SEVERITY] : "normal", -1,
			  SQLITE_STATIC);
	if (v[FH_REPORT_F_VIA])
		sqlite3_bind_text(st, 10, v[FH_REPORT_F_VIA], -1, SQLITE_STATIC);
	if (c->activity)
		sqlite3_bind_int64(st, 11, c->activity);
	sqlite3_bind_text(st, 12, v[FH_REPORT_F_TEXT], -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 13, id);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : fh_db_error(w->db, err, _("cannot change a report"));
}

/* Records event action (edited or noted) of report id with note, now, by the writer's actor. */
static int writer_event(struct fh_report_writer *w, sqlite3_int64 id, const char *action,
			const char *note, struct fh_error *err)
{
	sqlite3_stmt *st = stmt_get(w, ST_NOTE_EVENT, err);
	int rc;

	if (!st)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, w->now, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, w->actor, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, action, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, note, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : fh_db_error(w->db, err, _("cannot record the report's event"));
}

int fh_report_writer_edited(struct fh_report_writer *w, sqlite3_int64 id, const char *changes,
			    struct fh_error *err)
{
	return writer_event(w, id, "edited", changes, err);
}

int fh_report_writer_note(struct fh_report_writer *w, sqlite3_int64 id, const char *note,
			  struct fh_error *err)
{
	sqlite3_stmt *st = stmt_get(w, ST_NOTE, err);
	int rc;

	if (!st)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_text(st, 2, note, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return fh_db_error(w->db, err, _("cannot change a report"));
	if (!sqlite3_changes(w->db->sql))
		return fh_error_set(err, _("no report %lld"), (long long)id);
	return writer_event(w, id, "noted", note, err);
}

/* The event each move leaves (its past participle). */
static const char *move_done(enum fh_report_move m)
{
	static const char *const names[] = {
		[FH_MOVE_ASSIGN] = "assigned", [FH_MOVE_HANDLE] = "handled",
		[FH_MOVE_DISMISS] = "dismissed", [FH_MOVE_REOPEN] = "reopened",
		[FH_MOVE_VERIFY] = "verified", [FH_MOVE_REJECT] = "rejected",
		[FH_MOVE_EXTEND] = "extended",
	};
	return names[m];
}

/* Appends note ?4 to the report's notes (for search) when one is given. */
#define ADD_NOTE " notes = CASE WHEN ?4 IS NULL THEN notes ELSE coalesce(notes || char(10), '') || ?4 END"

/*
 * Each move's change to the row.  A rejected verification and a reopening
 * after handling count as rework; an extension moves the deadline.  A
 * rejected report goes back to its officer (assigned), or to open, to be
 * dispatched, when it was handled without one: assigned means someone has it.
 */
static const char *const change_sql[FH_MOVE_COUNT] = {
	[FH_MOVE_ASSIGN] = "UPDATE reports SET status = 'assigned', officer = ?2 WHERE id = ?1",
	[FH_MOVE_HANDLE] = "UPDATE reports SET status = 'handled', handled_at = ?3, closed_at = ?3,"
			   ADD_NOTE " WHERE id = ?1",
	[FH_MOVE_DISMISS] = "UPDATE reports SET status = 'dismissed', closed_at = ?3, duplicate_of = ?5,"
			    ADD_NOTE " WHERE id = ?1",
	[FH_MOVE_REOPEN] = "UPDATE reports SET status = 'open', officer = NULL, handled_at = NULL,"
			   " closed_at = NULL, duplicate_of = NULL,"
			   " reworks = reworks + (status IN ('handled', 'closed')) WHERE id = ?1",
	[FH_MOVE_VERIFY] = "UPDATE reports SET status = 'closed', closed_at = ?3," ADD_NOTE " WHERE id = ?1",
	[FH_MOVE_REJECT] = "UPDATE reports SET status = CASE WHEN officer IS NULL THEN 'open'"
			   " ELSE 'assigned' END, handled_at = NULL, closed_at = NULL,"
			   " reworks = reworks + 1," ADD_NOTE " WHERE id = ?1",
	[FH_MOVE_EXTEND] = "UPDATE reports SET extended_days = extended_days + ?6,"
			   " extensions = extensions + 1," ADD_NOTE " WHERE id = ?1",
};

/* The statuses a move may start from, as bits of status_bit. */
enum { S_OPEN = 1, S_ASSIGNED = 2, S_HANDLED = 4, S_CLOSED = 8, S_DISMISSED = 16 };
static const unsigned move_from[FH_MOVE_COUNT] = {
	[FH_MOVE_ASSIGN] = S_OPEN | S_ASSIGNED, [FH_MOVE_HANDLE] = S_OPEN | S_ASSIGNED,
	[FH_MOVE_DISMISS] = S_OPEN | S_ASSIGNED, [FH_MOVE_EXTEND] = S_OPEN | S_ASSIGNED,
	[FH_MOVE_REOPEN] = S_HANDLED | S_CLOSED | S_DISMISSED,
	[FH_MOVE_VERIFY] = S_HANDLED, [FH_MOVE_REJECT] = S_HANDLED,
};

static unsigned status_bit(const char *status)
{
	const char *const *codes = fh_codes(FH_CODES_STATUS);

	for (unsigned i = 0; codes[i]; i++)
		if (!strcmp(codes[i], status))
			return 1u << i;
	return 0;
}

/* Checks that a move is legal from status; sets err naming the report if not. */
static int check_move(sqlite3_int64 id, const char *status, enum fh_report_move m,
		      struct fh_error *err)
{
	/* Whole sentences, as a verb reads differently in each language. */
	static const char *const refusals[FH_MOVE_COUNT] = {
		[FH_MOVE_ASSIGN] = N_("report %lld is %s: it cannot be assigned (reopen it first)"),
		[FH_MOVE_HANDLE] = N_("report %lld is %s: it cannot be handled (reopen it first)"),
		[FH_MOVE_DISMISS] = N_("report %lld is %s: it cannot be dismissed (reopen it first)"),
		[FH_MOVE_REOPEN] = N_("report %lld is %s: it cannot be reopened (it is not handled or dismissed)"),
		[FH_MOVE_VERIFY] = N_("report %lld is %s: only a handled report can be verified"),
		[FH_MOVE_REJECT] = N_("report %lld is %s: only a handled report can be sent back"),
		[FH_MOVE_EXTEND] = N_("report %lld is %s: only an open or assigned report's deadline can be extended"),
	};

	if (move_from[m] & status_bit(status))
		return 0;
	return fh_error_set(err, _(refusals[m]), (long long)id, _(status));
}

static int compare_ids(const void *a, const void *b)
{
	sqlite3_int64 x = *(const sqlite3_int64 *)a, y = *(const sqlite3_int64 *)b;

	return (x > y) - (x < y);
}

enum { MV_GET, MV_EVENT, MV_LEADER, MV_DUP_CHAIN, MV_COUNT };

static const char *const mover_sql[MV_COUNT] = {
	[MV_GET] = "SELECT status, reported_at, handled_at, officer FROM reports WHERE id = ?1",
	[MV_EVENT] = "INSERT INTO report_events(report_id, at, actor, action, officer, note, days)"
		     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
	/*
	 * Whether actor ?2 is a member's code and, if so, whether that member
	 * leads (now) the group of report ?1's reporter, or the report's group
	 * when it has no reporter.
	 */
	[MV_LEADER] = "SELECT EXISTS (SELECT 1 FROM members WHERE code = ?2),"
		      " EXISTS (SELECT 1 FROM reports r LEFT JOIN members rm ON rm.id = r.member_id"
		      "  JOIN leader_terms t ON t.group_id = coalesce(rm.group_id, r.group_id)"
		      "   AND t.ended_on IS NULL"
		      "  JOIN members lm ON lm.id = t.member_id WHERE r.id = ?1 AND lm.code = ?2)",
	/*
	 * Whether report ?1 (the one to stay) is, through its chain of
	 * duplicates, a duplicate of ?2.  UNION stops on a cycle already stored.
	 */
	[MV_DUP_CHAIN] = "WITH RECURSIVE chain(id) AS (SELECT ?1 UNION"
			 " SELECT r.duplicate_of FROM reports r JOIN chain c ON r.id = c.id"
			 " WHERE r.duplicate_of IS NOT NULL) SELECT 1 FROM chain WHERE id = ?2",
};

struct fh_report_mover {
	struct fh_db *db;
	char *actor;
	char now[FH_TIME_LEN];
	struct fh_time now_t;
	sqlite3_stmt *stmt[MV_COUNT], *upd[FH_MOVE_COUNT];
};

int fh_report_mover_new(struct fh_db *db, const char *actor, struct fh_report_mover **out,
			struct fh_error *err)
{
	struct fh_report_mover *m = calloc(1, sizeof(*m));

	*out = NULL;
	if (!m || !(m->actor = strdup(actor))) {
		free(m);
		return fh_error_set(err, _("out of memory"));
	}
	m->db = db;
	if (fh_now(&m->now_t, err)) {
		fh_report_mover_free(m);
		return -1;
	}
	fh_time_format(&m->now_t, m->now);
	*out = m;
	return 0;
}

void fh_report_mover_free(struct fh_report_mover *m)
{
	if (!m)
		return;
	for (int i = 0; i < MV_COUNT; i++)
		sqlite3_finalize(m->stmt[i]);
	for (int i = 0; i < FH_MOVE_COUNT; i++)
		sqlite3_finalize(m->upd[i]);
	free(m->actor);
	free(m);
}

/* Statement *slot for sql, reset and unbound, prepared on first use; NULL on error. */
static sqlite3_stmt *mover_stmt(struct fh_report_mover *m, sqlite3_stmt **slot, const char *sql,
				struct fh_error *err)
{
	if (!*slot)
		return fh_db_prepare(m->db, slot, sql, err) ? NULL : *slot;
	sqlite3_reset(*slot);
	sqlite3_clear_bindings(*slot);
	return *slot;
}

/* Runs a statement of one row of two integers for ?1 = a, ?2 = text b. */
static int mover_query(struct fh_report_mover *m, int which, sqlite3_int64 a, sqlite3_int64 b,
		       const char *text, int out[2], struct fh_error *err)
{
	sqlite3_stmt *st = mover_stmt(m, &m->stmt[which], mover_sql[which], err);
	int step;

	if (!st)
		return -1;
	sqlite3_bind_int64(st, 1, a);
	if (text)
		sqlite3_bind_text(st, 2, text, -1, SQLITE_STATIC);
	else
		sqlite3_bind_int64(st, 2, b);
	out[0] = out[1] = 0;
	step = sqlite3_step(st);
	if (step == SQLITE_ROW) {
		out[0] = sqlite3_column_int(st, 0);
		out[1] = sqlite3_column_count(st) > 1 ? sqlite3_column_int(st, 1) : 0;
	}
	sqlite3_reset(st);
	if (step != SQLITE_ROW && step != SQLITE_DONE)
		return fh_db_error(m->db, err, _("cannot read a report"));
	return step == SQLITE_ROW;
}

/*
 * Checks the values of a change that do not depend on the report: the
 * texts, a note where the move needs one, the days of an extension, the
 * time.  Sets *when to the time of the move.  Returns 0 or -1.
 */
static int check_change(const struct fh_report_mover *m, const struct fh_report_change *c,
			char when[FH_TIME_LEN], struct fh_error *err)
{
	if (c->note && !fh_text_utf8_valid(c->note))
		return fh_error_set(err, "invalid UTF-8 in --note");
	if (c->officer && !fh_text_utf8_valid(c->officer))
		return fh_error_set(err, "invalid UTF-8 in the officer's name");
	if (c->move == FH_MOVE_ASSIGN && (!c->officer || !*c->officer))
		return fh_error_usage(err, _("the OFFICER's name is empty"));
	if (c->move == FH_MOVE_REJECT && (!c->note || !*c->note))
		return fh_error_usage(err, _("a rejected verification needs --note saying what is wrong"));
	if (c->move == FH_MOVE_EXTEND && (!c->note || !*c->note))
		return fh_error_usage(err, _("an extension needs --reason"));
	if (c->move == FH_MOVE_EXTEND && (c->days < 1 || c->days > FH_REPORT_EXTEND_MAX))
		return fh_error_set(err, _("an extension must be of 1 to %d days, not %lld"),
				    FH_REPORT_EXTEND_MAX, c->days);
	memcpy(when, m->now, FH_TIME_LEN);
	if (c->at) {
		struct fh_time t;

		if (fh_time_parse(c->at, &t, err) || fh_time_check_past(&t, 0, &m->now_t, c->at, err))
			return -1;
		fh_time_format(&t, when);
	}
	return 0;
}

/*
 * Checks what depends on the report but not on its status: a duplicate
 * that would close a cycle, and who may verify.
 */
static int check_target(struct fh_report_mover *m, sqlite3_int64 id,
			const struct fh_report_change *c, struct fh_error *err)
{
	int row[2], rc;

	if (c->duplicate_of == id)
		return fh_error_set(err, _("report %lld cannot be a duplicate of itself"), (long long)id);
	if (c->duplicate_of) {
		if ((rc = mover_query(m, MV_DUP_CHAIN, c->duplicate_of, id, NULL, row, err)) < 0)
			return -1;
		if (rc)
			return fh_error_set(err, _("report %lld cannot be a duplicate of %lld, which is a duplicate of it"),
					    (long long)id, (long long)c->duplicate_of);
	}
	if (c->move == FH_MOVE_VERIFY || c->move == FH_MOVE_REJECT) {
		if (mover_query(m, MV_LEADER, id, 0, m->actor, row, err) < 0)
			return -1;
		/* A member may verify only as the leader of the reporter's group. */
		if (row[0] && !row[1])
			return fh_error_set(err, _("member '%s' cannot verify report %lld: only the station or the leader of its reporter's group can"),
					    m->actor, (long long)id);
	}
	return 0;
}

/*
 * Records the event of change on report id at when; officer is the
 * report's, which a rejection names as the one the report goes back to.
 */
static int record_event(struct fh_report_mover *m, sqlite3_int64 id,
			const struct fh_report_change *c, const char *when, const char *officer,
			struct fh_error *err)
{
	sqlite3_stmt *ev = mover_stmt(m, &m->stmt[MV_EVENT], mover_sql[MV_EVENT], err);

	if (!ev)
		return -1;
	sqlite3_bind_int64(ev, 1, id);
	sqlite3_bind_text(ev, 2, when, -1, SQLITE_STATIC);
	sqlite3_bind_text(ev, 3, m->actor, -1, SQLITE_STATIC);
	sqlite3_bind_text(ev, 4, move_done(c->move), -1, SQLITE_STATIC);
	sqlite3_bind_text(ev, 5, c->move == FH_MOVE_ASSIGN ? c->officer
			  : c->move == FH_MOVE_REJECT && *officer ? officer : NULL, -1, SQLITE_STATIC);
	sqlite3_bind_text(ev, 6, c->note, -1, SQLITE_STATIC);
	if (c->move == FH_MOVE_EXTEND)
		sqlite3_bind_int64(ev, 7, c->days);
	if (sqlite3_step(ev) != SQLITE_DONE)
		return fh_db_error(m->db, err, _("cannot record the report's event"));
	sqlite3_reset(ev);
	return 0;
}

/*
 * Checks that report id, of status, filed and handled at those times, may
 * make the move at when, then changes it.  Returns 0 or -1.
 */
static int change_one(struct fh_report_mover *m, sqlite3_int64 id,
		      const struct fh_report_change *c, const char *when, const char *status,
		      const char *filed, const char *handled, struct fh_error *err)
{
	sqlite3_stmt *upd;

	if (check_move(id, status, c->move, err))
		return -1;
	if ((c->move == FH_MOVE_HANDLE || c->at) && strcmp(when, filed) < 0)
		return fh_error_set(err, c->move == FH_MOVE_HANDLE
				    ? _("report %lld cannot be handled at %s, before it was filed (%s)")
				    : _("report %lld cannot change at %s, before it was filed (%s)"),
				    (long long)id, when, filed);
	if ((c->move == FH_MOVE_VERIFY || c->move == FH_MOVE_REJECT) && strcmp(when, handled) < 0)
		return fh_error_set(err, _("report %lld cannot be verified at %s, before it was handled (%s)"),
				    (long long)id, when, handled);
	if (!(upd = mover_stmt(m, &m->upd[c->move], change_sql[c->move], err)))
		return -1;
	sqlite3_bind_int64(upd, 1, id);
	sqlite3_bind_text(upd, 2, c->officer, -1, SQLITE_STATIC);
	sqlite3_bind_text(upd, 3, when, -1, SQLITE_STATIC);
	sqlite3_bind_text(upd, 4, c->note, -1, SQLITE_STATIC);
	if (c->duplicate_of)
		sqlite3_bind_int64(upd, 5, c->duplicate_of);
	sqlite3_bind_int64(upd, 6, c->days);
	if (sqlite3_step(upd) != SQLITE_DONE)
		return fh_db_error(m->db, err, _("cannot change a report"));
	sqlite3_reset(upd);
	return 0;
}

/* Reads report id, then checks and makes the move at when and records its event. */
static int move_one(struct fh_report_mover *m, sqlite3_int64 id, const struct fh_report_change *c,
		    const char *when, struct fh_error *err)
{
	sqlite3_stmt *get;
	char status[16], filed[FH_TIME_LEN], handled[FH_TIME_LEN], *officer;
	int step, rc;

	if (check_target(m, id, c, err) ||
	    !(get = mover_stmt(m, &m->stmt[MV_GET], mover_sql[MV_GET], err)))
		return -1;
	sqlite3_bind_int64(get, 1, id);
	if ((step = sqlite3_step(get)) != SQLITE_ROW) {
		sqlite3_reset(get);
		if (step == SQLITE_DONE)
			return fh_error_set(err, _("no report %lld"), (long long)id);
		return fh_db_error(m->db, err, _("cannot read a report"));
	}
	snprintf(status, sizeof(status), "%s", (const char *)sqlite3_column_text(get, 0));
	snprintf(filed, sizeof(filed), "%s", (const char *)sqlite3_column_text(get, 1));
	snprintf(handled, sizeof(handled), "%s",
		 sqlite3_column_text(get, 2) ? (const char *)sqlite3_column_text(get, 2) : "");
	officer = strdup(sqlite3_column_text(get, 3) ? (const char *)sqlite3_column_text(get, 3) : "");
	sqlite3_reset(get);
	if (!officer)
		return fh_error_set(err, _("out of memory"));
	rc = change_one(m, id, c, when, status, filed, handled, err) ||
	     record_event(m, id, c, when, officer, err) ? -1 : 0;
	free(officer);
	return rc;
}

int fh_report_mover_apply(struct fh_report_mover *m, sqlite3_int64 id,
			  const struct fh_report_change *change, struct fh_error *err)
{
	char when[FH_TIME_LEN];
	int row[2];

	if (check_change(m, change, when, err))
		return -1;
	if (change->duplicate_of) {
		int rc = mover_query(m, MV_GET, change->duplicate_of, 0, NULL, row, err);

		if (rc < 0)
			return -1;
		if (!rc)
			return fh_error_set(err, _("no report %lld to be a duplicate of"),
					    (long long)change->duplicate_of);
	}
	return move_one(m, id, change, when, err);
}

/*
 * The backfill keys each status takes (bits by field), and those it needs.
 * open takes none: a report filed open is just filed.
 */
#define BF(k) (1u << ((k) - FH_REPORT_F_STATUS))
static const struct {
	const char *status;
	unsigned takes, needs;
} backfill_rules[] = {
	{ "open", BF(FH_REPORT_F_STATUS), 0 },
	{ "assigned", BF(FH_REPORT_F_STATUS) | BF(FH_REPORT_F_OFFICER), BF(FH_REPORT_F_OFFICER) },
	{ "handled", BF(FH_REPORT_F_STATUS) | BF(FH_REPORT_F_OFFICER) | BF(FH_REPORT_F_HANDLED_AT) |
	  BF(FH_REPORT_F_NOTE), BF(FH_REPORT_F_HANDLED_AT) | BF(FH_REPORT_F_NOTE) },
	{ "closed", BF(FH_REPORT_F_STATUS) | BF(FH_REPORT_F_OFFICER) | BF(FH_REPORT_F_HANDLED_AT) |
	  BF(FH_REPORT_F_NOTE), BF(FH_REPORT_F_HANDLED_AT) | BF(FH_REPORT_F_NOTE) },
	{ "dismissed", BF(FH_REPORT_F_STATUS) | BF(FH_REPORT_F_OFFICER) | BF(FH_REPORT_F_REASON) |
	  BF(FH_REPORT_F_DUPLICATE_OF), BF(FH_REPORT_F_REASON) },
};

/* Checks in's backfill keys against its status; sets *rule.  Returns 0 or -1. */
static int backfill_check(const struct fh_report_input *in, size_t *rule, struct fh_error *err)
{
	const char *status = in->value[FH_REPORT_F_STATUS];
	char buf[128];
	size_t r;

	for (r = 0; r < sizeof(backfill_rules) / sizeof(backfill_rules[0]); r++)
		if (!strcmp(backfill_rules[r].status, status ? status : "open"))
			break;
	if (r == sizeof(backfill_rules) / sizeof(backfill_rules[0]))
		return fail_at(in, FH_REPORT_F_STATUS, err, _("unknown status '%s' (valid: %s)"), status,
			       fh_codes_join(FH_CODES_STATUS, buf, sizeof(buf)));
	for (int k = FH_REPORT_F_STATUS; k < FH_REPORT_F_COUNT; k++)
		if (in->value[k] && !(backfill_rules[r].takes & BF(k)))
			return fail_at(in, k, err, _("'%s' does not go with status '%s'"),
				       fh_report_keys[k], backfill_rules[r].status);
	for (int k = FH_REPORT_F_STATUS; k < FH_REPORT_F_COUNT; k++) {
		if (!in->value[k] && backfill_rules[r].needs & BF(k))
			return fail_at(in, FH_REPORT_F_STATUS, err, _("status '%s' needs '%s'"),
				       backfill_rules[r].status, fh_report_keys[k]);
	}
	*rule = r;
	return 0;
}

/* Copies the filing time of report id, as the writer stored it, into filed.  Returns 0 or -1. */
static int mover_filed(struct fh_report_mover *m, sqlite3_int64 id, char filed[FH_TIME_LEN],
		       struct fh_error *err)
{
	sqlite3_stmt *get = mover_stmt(m, &m->stmt[MV_GET], mover_sql[MV_GET], err);
	int step;

	if (!get)
		return -1;
	sqlite3_bind_int64(get, 1, id);
	if ((step = sqlite3_step(get)) == SQLITE_ROW)
		snprintf(filed, FH_TIME_LEN, "%s", (const char *)sqlite3_column_text(get, 1));
	sqlite3_reset(get);
	if (step == SQLITE_DONE)
		return fh_error_set(err, _("no report %lld"), (long long)id);
	return step == SQLITE_ROW ? 0 : fh_db_error(m->db, err, _("cannot read a report"));
}

/* Refuses a handled_at before the filing time, in the words of the import's keys. */
static int backfill_handled_after(const struct fh_report_input *in, const char *filed,
				  struct fh_error *err)
{
	char at[FH_TIME_LEN];
	struct fh_time t;

	if (fh_time_parse(in->value[FH_REPORT_F_HANDLED_AT], &t, NULL))
		return 0;  /* the move says what is wrong with it */
	fh_time_format(&t, at);
	if (strcmp(at, filed) < 0)
		return fail_at(in, FH_REPORT_F_HANDLED_AT, err,
			       _("handled_at '%s' is before the report was filed (%s)"), at, filed);
	return 0;
}

/* Applies one backfilled move; an error is placed at field. */
static int backfill_move(struct fh_report_mover *m, sqlite3_int64 id, const struct fh_report_input *in,
			 int field, const struct fh_report_change *c, struct fh_error *err)
{
	if (!fh_report_mover_apply(m, id, c, err))
		return 0;
	return in->file ? place_error(in, field, err) : -1;
}

int fh_report_mover_backfill(struct fh_report_mover *m, sqlite3_int64 id,
			     const struct fh_report_input *in, int new_officer, struct fh_error *err)
{
	const char *const *v = in->value;
	struct fh_report_change c = { .move = FH_MOVE_ASSIGN };
	char filed[FH_TIME_LEN];
	size_t r = 0;

	if (backfill_check(in, &r, err))
		return -1;
	if (r == 0)
		return 0;
	if (mover_filed(m, id, filed, err))
		return -1;
	if (v[FH_REPORT_F_DUPLICATE_OF]) {
		char *end;

		errno = 0;
		c.duplicate_of = strtoll(v[FH_REPORT_F_DUPLICATE_OF], &end, 10);
		if (errno || *end || end == v[FH_REPORT_F_DUPLICATE_OF] || c.duplicate_of < 1 ||
		    c.duplicate_of >= id)
			return fail_at(in, FH_REPORT_F_DUPLICATE_OF, err,
				       _("duplicate_of '%s' is not the id of a report filed before this one"),
				       v[FH_REPORT_F_DUPLICATE_OF]);
	}
	c.at = filed;
	/* The officers list binds an import as it binds assign (fh_report_change). */
	if ((c.officer = v[FH_REPORT_F_OFFICER]) &&
	    fh_config_officer(m->db, c.officer, new_officer, err))
		return place_error(in, FH_REPORT_F_OFFICER, err);
	if (c.officer && backfill_move(m, id, in, FH_REPORT_F_OFFICER, &c, err))
		return -1;
	c.officer = NULL;
	if (v[FH_REPORT_F_REASON]) {
		c.move = FH_MOVE_DISMISS;
		c.note = v[FH_REPORT_F_REASON];
		return backfill_move(m, id, in, c.duplicate_of ? FH_REPORT_F_DUPLICATE_OF : FH_REPORT_F_REASON,
				     &c, err);
	}
	if (!v[FH_REPORT_F_HANDLED_AT])
		return 0;
	if (backfill_handled_after(in, filed, err))
		return -1;
	c.move = FH_MOVE_HANDLE;
	c.at = v[FH_REPORT_F_HANDLED_AT];
	c.note = v[FH_REPORT_F_NOTE];
	if (backfill_move(m, id, in, FH_REPORT_F_HANDLED_AT, &c, err))
		return -1;
	c.move = FH_MOVE_VERIFY;
	c.note = NULL;
	if (strcmp(backfill_rules[r].status, "closed"))
		return 0;
	return backfill_move(m, id, in, FH_REPORT_F_STATUS, &c, err);
}

int fh_report_change(struct fh_db *db, const char *actor,
		     const sqlite3_int64 *ids, size_t n,
		     const struct fh_report_change *change, struct fh_error *err)
{
	struct fh_report_mover *m = NULL;
	sqlite3_int64 *sorted = NULL;
	int rc = -1;

	/* Each report once, whatever order and repeats the ids came in. */
	if (!(sorted = malloc((n ? n : 1) * sizeof(*sorted))))
		return fh_error_set(err, _("out of memory"));
	memcpy(sorted, ids, n * sizeof(*sorted));
	qsort(sorted, n, sizeof(*sorted), compare_ids);
	if (fh_report_mover_new(db, actor, &m, err) || fh_db_begin(db, err))
		goto done;
	if (change->officer && fh_config_officer(db, change->officer, change->new_officer, err))
		goto done;
	for (size_t i = 0; i < n; i++) {
		if (i && sorted[i] == sorted[i - 1])
			continue;
		if (fh_report_mover_apply(m, sorted[i], change, err))
			goto done;
	}
	fh_report_mover_free(m);
	m = NULL;
	rc = fh_db_commit(db, err);
done:
	fh_report_mover_free(m);
	if (rc && db->in_transaction)
		fh_db_rollback(db);
	free(sorted);
	return rc;
}

/*
 * The query of fh_report_list for the filters f (search: a full-text
 * search is given), its parameters numbered as fh_report_list binds them.
 * Returns it (sqlite3_free), or NULL when out of memory.
 */
static char *list_sql(struct fh_db *db, const struct fh_report_filter *f, int search)
{
	sqlite3_str *s;

	s = sqlite3_str_new(db->sql);
	sqlite3_str_appendall(s,
		"SELECT r.id, r.reported_at, r.category, z.code AS zone, g.code AS \"group\", r.status,"
		" r.severity, m.code AS member, r.place, r.text, r.officer,"
		" CAST(julianday(coalesce(r.closed_at, ?1)) - julianday(r.reported_at) AS INTEGER) AS age_days"
		" FROM reports r");
	if (f->family || f->late)
		sqlite3_str_appendall(s, " JOIN categories c ON c.code = r.category");
	sqlite3_str_appendall(s,
		" LEFT JOIN zones z ON z.id = r.zone_id LEFT JOIN groups g ON g.id = r.group_id"
		" LEFT JOIN members m ON m.id = r.member_id WHERE 1");
	/* Each filter is a JSON array of the values any of which matches. */
	if (f->status)
		sqlite3_str_appendall(s, " AND r.status IN (SELECT value FROM json_each(?2))");
	if (f->category)
		sqlite3_str_appendall(s, " AND r.category IN (SELECT value FROM json_each(?3))");
	if (f->family)
		sqlite3_str_appendall(s, " AND c.family IN (SELECT value FROM json_each(?4))");
	if (f->zone)
		sqlite3_str_appendall(s, " AND r.zone_id IN (SELECT value FROM json_each(?5))");
	if (f->group)
		sqlite3_str_appendall(s, " AND r.group_id IN (SELECT value FROM json_each(?6))");
	if (f->by)
		sqlite3_str_appendall(s, " AND r.member_id IN (SELECT value FROM json_each(?7))");
	if (f->since)
		sqlite3_str_appendall(s, " AND r.reported_at >= ?8");
	if (f->until)
		sqlite3_str_appendall(s, " AND r.reported_at < ?9");
	/* An extension moves both: the days count from the extended time. */
	if (f->overdue >= 0)
		sqlite3_str_appendall(s, " AND r.status IN ('open','assigned') AND r.reported_at < ?10"
				      " AND (r.extended_days = 0 OR strftime('%Y-%m-%d %H:%M', r.reported_at,"
				      " '+' || r.extended_days || ' days') < ?10)");
	if (f->late)
		sqlite3_str_appendall(s, " AND r.status IN ('open','assigned') AND r.reported_at <"
				      " strftime('%Y-%m-%d %H:%M', ?1, '-' || c.deadline_days || ' days')"
				      " AND (r.extended_days = 0 OR r.reported_at < strftime('%Y-%m-%d %H:%M', ?1,"
				      " '-' || (c.deadline_days + r.extended_days) || ' days'))");
	if (search)
		sqlite3_str_appendall(s, " AND r.id IN (SELECT rowid FROM reports_fts WHERE reports_fts MATCH ?11)");
	if (f->activity > 0)
		sqlite3_str_appendall(s, " AND r.activity_id = ?12");
	/*
	 * Found by search, the few matching rows are sorted rather than the
	 * whole table walked in time order to find them.
	 */
	sqlite3_str_appendall(s, search ? " ORDER BY +r.reported_at, r.id" : " ORDER BY r.reported_at, r.id");
	return sqlite3_str_finish(s);
}

int fh_report_list(struct fh_db *db, const struct fh_report_filter *f,
		   struct fh_out *out, long long *count, struct fh_error *err)
{
	/* Each filter a JSON array: codes (labels taken), or row ids for the id columns. */
	enum { F_STATUS, F_FAMILY, F_CATEGORY, F_ZONE, F_GROUP, F_MEMBER, F_COUNT };
	char *json[F_COUNT] = { 0 };
	char now[FH_TIME_LEN], cutoff[FH_TIME_LEN];
	sqlite3_stmt *stmt = NULL;
	char *query = NULL, *sql = NULL;
	struct fh_time t;
	int rc = -1;

	*count = 0;
	if (fh_now(&t, err))
		return -1;
	fh_time_format(&t, now);
	if (fh_lookup_filter_codes(FH_CODES_STATUS, _("status"), f->status, &json[F_STATUS], err) ||
	    fh_lookup_filter_codes(FH_CODES_FAMILY, _("family"), f->family, &json[F_FAMILY], err) ||
	    fh_lookup_filter_categories(db, f->category, &json[F_CATEGORY], err) ||
	    fh_lookup_filter_ids(db, FH_ZONE, f->zone, &json[F_ZONE], err) ||
	    fh_lookup_filter_ids(db, FH_GROUP, f->group, &json[F_GROUP], err) ||
	    fh_lookup_filter_ids(db, FH_MEMBER, f->by, &json[F_MEMBER], err))
		goto done;
	if (f->search && !(query = fh_search_query(f->search, err)))
		goto done;
	fh_time_add_days(&t, f->overdue > 0 ? -f->overdue : 0);
	fh_time_format(&t, cutoff);

	if (!(sql = list_sql(db, f, query != NULL))) {
		fh_error_set(err, _("out of memory"));
		goto done;
	}
	if (fh_db_prepare(db, &stmt, sql, err))
		goto done;
	sqlite3_bind_text(stmt, 1, now, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 2, json[F_STATUS], -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 3, json[F_CATEGORY], -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 4, json[F_FAMILY], -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 5, json[F_ZONE], -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 6, json[F_GROUP], -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 7, json[F_MEMBER], -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 8, f->since, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 9, f->until, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 10, cutoff, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 11, query, -1, SQLITE_STATIC);
	sqlite3_bind_int64(stmt, 12, f->activity);
	if (fh_out_stmt(out, stmt, err) != SQLITE_DONE)
		goto done;
	*count = fh_out_rows(out);
	rc = 0;
done:
	sqlite3_finalize(stmt);
	sqlite3_free(sql);
	free(query);
	for (int k = 0; k < F_COUNT; k++)
		free(json[k]);
	return rc;
}

static const char show_report_sql[] =
	"SELECT r.id, r.reported_at, r.category, c.label AS category_label, c.family,"
	" z.code AS zone, g.code AS \"group\", r.status, r.severity, r.via,"
	" m.code AS member, m.name AS member_name, r.place, r.lat, r.lon, r.text,"
	" r.officer, r.handled_at, r.closed_at, r.duplicate_of, r.activity_id AS activity,"
	" c.deadline_days, strftime('%Y-%m-%d %H:%M', r.reported_at,"
	"  '+' || (c.deadline_days + r.extended_days) || ' days') AS deadline_at, r.notes"
	" FROM reports r JOIN categories c ON c.code = r.category"
	" LEFT JOIN zones z ON z.id = r.zone_id LEFT JOIN groups g ON g.id = r.group_id"
	" LEFT JOIN members m ON m.id = r.member_id WHERE r.id = ?1";
static const char show_events_sql[] =
	"SELECT at, actor, action, officer,"
	/* An extension's days lead its reason, so the history reads without another column. */
	" CASE WHEN days IS NULL THEN note ELSE printf('+%d: %s', days, note) END AS note"
	" FROM report_events WHERE report_id = ?1 ORDER BY id";
static const char show_photos_sql[] =
	"SELECT rp.seq, p.media_type, p.size, p.sha256, rp.name FROM report_photos rp"
	" JOIN photos p ON p.id = rp.photo_id WHERE rp.report_id = ?1 ORDER BY rp.seq";

int fh_report_show(struct fh_db *db, sqlite3_int64 id, FILE *fp,
		   enum fh_format fmt, unsigned out_flags, struct fh_error *err)
{
	static const struct fh_show_part parts[] = {
		{ NULL, show_report_sql }, { "events", show_events_sql }, { "photos", show_photos_sql },
	};
	const struct fh_show show = { fp, fmt, out_flags };
	sqlite3_stmt *stmt;
	int step;

	if (fh_db_prepare(db, &stmt, "SELECT 1 FROM reports WHERE id = ?1", err))
		return -1;
	sqlite3_bind_int64(stmt, 1, id);
	step = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (step == SQLITE_DONE)
		return fh_error_set(err, _("no report %lld"), (long long)id);
	if (step != SQLITE_ROW)
		return fh_db_error(db, err, _("cannot read a report"));
	return fh_show_write(db, &show, parts, 3, id, err);
}

double fh_report_distance(double lat1, double lon1, double lat2, double lon2)
{
	const double r = 6371008.8, rad = M_PI / 180;
	double dlat = (lat2 - lat1) * rad, dlon = (lon2 - lon1) * rad;
	double a = sin(dlat / 2) * sin(dlat / 2) +
		cos(lat1 * rad) * cos(lat2 * rad) * sin(dlon / 2) * sin(dlon / 2);

	return 2 * r * asin(fmin(1, sqrt(a)));
}

/* fh_haversine(lat1, lon1, lat2, lon2) in SQL: fh_report_distance, or NULL if any is NULL. */
static void sql_haversine(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	(void)argc;
	for (int i = 0; i < 4; i++)
		if (sqlite3_value_type(argv[i]) == SQLITE_NULL) {
			sqlite3_result_null(ctx);
			return;
		}
	sqlite3_result_double(ctx, fh_report_distance(sqlite3_value_double(argv[0]), sqlite3_value_double(argv[1]),
						sqlite3_value_double(argv[2]), sqlite3_value_double(argv[3])));
}

int fh_report_dups(struct fh_db *db, double hours, double meters,
		   struct fh_out *out, struct fh_error *err)
{
	sqlite3_stmt *stmt = NULL;
	char back[64];
	int rc = -1;

	if (sqlite3_create_function(db->sql, "fh_haversine", 4, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
				    NULL, sql_haversine, NULL, NULL) != SQLITE_OK)
		return fh_db_error(db, err, _("cannot register a function"));
	snprintf(back, sizeof(back), "-%.6f hours", hours);
	if (fh_db_prepare(db, &stmt,
			  "SELECT a.id, b.id AS duplicate_of, a.category,"
			  " round((julianday(a.reported_at) - julianday(b.reported_at)) * 24, 1) AS hours_apart,"
			  " CAST(round(fh_haversine(a.lat, a.lon, b.lat, b.lon)) AS INTEGER) AS meters_apart,"
			  " a.place"
			  " FROM reports a JOIN reports b ON b.category = a.category"
			  "  AND b.reported_at >= strftime('%Y-%m-%d %H:%M', a.reported_at, ?1)"
			  "  AND (b.reported_at < a.reported_at OR (b.reported_at = a.reported_at AND b.id < a.id))"
			  " WHERE a.status IN ('open','assigned') AND b.status IN ('open','assigned')"
			  "  AND CASE WHEN a.lat IS NOT NULL AND a.lon IS NOT NULL AND b.lat IS NOT NULL"
			  "   AND b.lon IS NOT NULL THEN fh_haversine(a.lat, a.lon, b.lat, b.lon) <= ?2"
			  "   ELSE a.place IS NOT NULL AND a.place = b.place END"
			  " ORDER BY a.id, b.id", err))
		return -1;
	sqlite3_bind_text(stmt, 1, back, -1, SQLITE_STATIC);
	sqlite3_bind_double(stmt, 2, meters);
	if (fh_out_stmt(out, stmt, err) == SQLITE_DONE)
		rc = 0;
	sqlite3_finalize(stmt);
	return rc;
}

int fh_report_categories(struct fh_db *db, struct fh_out *out, struct fh_error *err)
{
	sqlite3_stmt *stmt;
	int rc;

	if (fh_db_prepare(db, &stmt, "SELECT code, family, label, deadline_days FROM categories ORDER BY rowid", err))
		return -1;
	rc = fh_out_stmt(out, stmt, err) == SQLITE_DONE ? 0 : -1;
	sqlite3_finalize(stmt);
	return rc;
}

/* Masks every personal number in the texts of the reports member filed, and in their events' notes. */
static int mask_filed_by(struct fh_db *db, sqlite3_stmt *reports, sqlite3_stmt *events,
			 sqlite3_int64 member, struct fh_error *err)
{
	int rc;

	sqlite3_bind_int64(reports, 1, member);
	rc = sqlite3_step(reports);
	sqlite3_reset(reports);
	if (rc == SQLITE_DONE) {
		sqlite3_bind_int64(events, 1, member);
		rc = sqlite3_step(events);
		sqlite3_reset(events);
	}
	return rc == SQLITE_DONE ? 0 : fh_db_error(db, err, _("cannot erase personal data"));
}

int fh_report_scrub(struct fh_db *db, const char *const *values, const sqlite3_int64 *members,
		    size_t n, struct fh_error *err)
{
	static const char *const reports[] = { "text", "place", "notes", NULL };
	static const char *const events[] = { "note", NULL };
	static const char *const photos[] = { "name", NULL };
	sqlite3_stmt *st = NULL, *ev = NULL;
	int rc = 0;

	if (fh_db_scrub(db, "reports", reports, values, err) ||
	    fh_db_scrub(db, "report_events", events, values, err) ||
	    fh_db_scrub(db, "report_photos", photos, values, err))
		return -1;
	/* What a person types about themselves holds their numbers in any form. */
	if (fh_db_prepare(db, &st, "UPDATE reports SET text = fh_mask_text(text),"
			  " place = fh_mask_text(place), notes = fh_mask_text(notes)"
			  " WHERE member_id = ?1 AND (text <> fh_mask_text(text)"
			  " OR place <> fh_mask_text(place) OR notes <> fh_mask_text(notes))", err) ||
	    fh_db_prepare(db, &ev, "UPDATE report_events SET note = fh_mask_text(note)"
			  " WHERE report_id IN (SELECT id FROM reports WHERE member_id = ?1)"
			  " AND note <> fh_mask_text(note)", err))
		rc = -1;
	for (size_t i = 0; i < n && !rc; i++)
		rc = mask_filed_by(db, st, ev, members[i], err);
	sqlite3_finalize(st);
	sqlite3_finalize(ev);
	return rc;
}

int fh_report_forget_before(struct fh_db *db, const char *date, struct fh_error *err)
{
	static const char *const steps[] = {
		"CREATE TEMP TABLE forget(id INTEGER PRIMARY KEY)",
		"INSERT INTO forget SELECT id FROM reports WHERE reported_at < ?1"
		" AND status NOT IN ('open', 'assigned')",
		"UPDATE reports SET text = '" FH_DB_ERASED "', place = NULL, lat = NULL, lon = NULL,"
		" notes = NULL WHERE id IN (SELECT id FROM forget) AND (text <> '" FH_DB_ERASED "'"
		" OR place IS NOT NULL OR lat IS NOT NULL OR lon IS NOT NULL OR notes IS NOT NULL)",
		"UPDATE report_events SET note = NULL WHERE note IS NOT NULL"
		" AND report_id IN (SELECT id FROM forget)",
		"DELETE FROM report_photos WHERE report_id IN (SELECT id FROM forget)",
		"DELETE FROM photos WHERE id NOT IN (SELECT photo_id FROM report_photos)",
		"DROP TABLE forget",
	};
	int rc = SQLITE_DONE;

	for (size_t i = 0; i < sizeof(steps) / sizeof(*steps) && rc == SQLITE_DONE; i++) {
		sqlite3_stmt *st;

		if (fh_db_prepare(db, &st, steps[i], err)) {
			sqlite3_exec(db->sql, "DROP TABLE IF EXISTS temp.forget", NULL, NULL, NULL);
			return -1;
		}
		if (sqlite3_bind_parameter_count(st))
			sqlite3_bind_text(st, 1, date, -1, SQLITE_STATIC);
		rc = sqlite3_step(st);
		sqlite3_finalize(st);
	}
	if (rc != SQLITE_DONE) {
		fh_db_error(db, err, _("cannot erase personal data"));
		sqlite3_exec(db->sql, "DROP TABLE IF EXISTS temp.forget", NULL, NULL, NULL);
		return -1;
	}
	return 0;
}
