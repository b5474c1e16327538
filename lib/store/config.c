#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <string.h>

#include "fh/codes.h"
#include "fh/config.h"
#include "fh/text.h"
#include "fh/ydoc.h"
#include "fh/i18n.h"

int fh_config_set(struct fh_db *db, const char *key, const char *value,
		  struct fh_error *err)
{
	sqlite3_stmt *stmt;
	int rc;

	if (fh_db_prepare(db, &stmt, "INSERT INTO settings(key, value) VALUES (?1, ?2) "
			  "ON CONFLICT(key) DO UPDATE SET value = excluded.value", err))
		return -1;
	sqlite3_bind_text(stmt, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 2, value, -1, SQLITE_STATIC);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE)
		return fh_db_error(db, err, _("cannot store a setting"));
	return 0;
}

long long fh_config_photo_max(struct fh_db *db)
{
	char *v = fh_db_setting(db, "photo_max_bytes");
	long long n = v ? atoll(v) : 0;

	free(v);
	return n > 0 ? n : FH_PHOTO_MAX_BYTES_DEFAULT;
}

/* The size limits a config may set, with their defaults and largest values. */
static const struct {
	const char *key;
	long long def, max;
} limit_keys[] = {
	{ "photo_max_bytes", FH_PHOTO_MAX_BYTES_DEFAULT, 1LL << 30 },
	{ "line_max_bytes", 1LL << 20, 1LL << 30 },
	{ "field_max_bytes", 4LL << 10, 1LL << 30 },
	{ "text_max_bytes", 64LL << 10, 1LL << 30 },
	{ "import_max_bytes", 1LL << 30, 1LL << 40 },
};

/* A limit's setting, or its default (limit_keys[i]). */
static long long limit_of(struct fh_db *db, size_t i)
{
	char *v = db ? fh_db_setting(db, limit_keys[i].key) : NULL;
	long long n = v ? atoll(v) : 0;

	free(v);
	return n > 0 ? n : limit_keys[i].def;
}

void fh_config_limits(struct fh_db *db, struct fh_limits *lim)
{
	lim->line = limit_of(db, 1);
	lim->field = limit_of(db, 2);
	lim->text = limit_of(db, 3);
	lim->input = limit_of(db, 4);
}

/* Stores the size limits the config sets (photo_max_bytes, line_max_bytes, ...). */
static int apply_limits(struct fh_db *db, const struct fh_ynode *root, const char *name,
			struct fh_error *err)
{
	for (size_t i = 0; i < sizeof(limit_keys) / sizeof(limit_keys[0]); i++) {
		const struct fh_ynode *v = fh_ydoc_get(root, limit_keys[i].key);
		char buf[32];
		long long n;

		if (!v)
			continue;
		if (fh_ydoc_int(v, name, limit_keys[i].key, 1, limit_keys[i].max, &n, err))
			return -1;
		snprintf(buf, sizeof(buf), "%lld", n);
		if (fh_config_set(db, limit_keys[i].key, buf, err))
			return -1;
	}
	return 0;
}

/* The default group size bounds of fh-group check and plan. */
#define GROUP_MIN_DEFAULT 8
#define GROUP_MAX_DEFAULT 12

void fh_config_group_sizes(struct fh_db *db, int *min, int *max)
{
	char *lo = fh_db_setting(db, "group_min_size"), *hi = fh_db_setting(db, "group_max_size");

	*min = lo && atoi(lo) > 0 ? atoi(lo) : GROUP_MIN_DEFAULT;
	*max = hi && atoi(hi) > 0 ? atoi(hi) : GROUP_MAX_DEFAULT;
	free(lo);
	free(hi);
}

/*
 * group_min_size and group_max_size: positive, and the minimum not above
 * the maximum once both (given or stored) are known.
 */
static int apply_group_sizes(struct fh_db *db, const struct fh_ynode *root, const char *name,
			     struct fh_error *err)
{
	const struct fh_ynode *lo = fh_ydoc_get(root, "group_min_size");
	const struct fh_ynode *hi = fh_ydoc_get(root, "group_max_size");
	long long min, max;
	int smin, smax;
	char buf[32];

	if (!lo && !hi)
		return 0;
	fh_config_group_sizes(db, &smin, &smax);
	min = smin;
	max = smax;
	if ((lo && fh_ydoc_int(lo, name, "group_min_size", 1, 10000, &min, err)) ||
	    (hi && fh_ydoc_int(hi, name, "group_max_size", 1, 10000, &max, err)))
		return -1;
	if (min > max) {
		const struct fh_ynode *at = lo ? lo : hi;

		return fh_error_at(err, name, at->line, at->col,
				   _("group_min_size %lld is more than group_max_size %lld"), min, max);
	}
	snprintf(buf, sizeof(buf), "%lld", min);
	if (lo && fh_config_set(db, "group_min_size", buf, err))
		return -1;
	snprintf(buf, sizeof(buf), "%lld", max);
	return hi ? fh_config_set(db, "group_max_size", buf, err) : 0;
}

/*
 * rank: {closed: 40, on_time: 30, rework: 15, extension: 15} sets the
 * weights of fh-stats rank's score, as settings rank.closed ....
 */
static int apply_rank(struct fh_db *db, const struct fh_ynode *map, const char *name,
		      struct fh_error *err)
{
	static const char *const keys[] = { "closed", "on_time", "rework", "extension", NULL };

	if (map->kind != FH_YMAP)
		return fh_error_at(err, name, map->line, map->col,
				   _("rank must be a mapping of indicator to weight"));
	if (fh_ydoc_check_keys(map, name, keys, err))
		return -1;
	for (size_t i = 0; i < map->n; i++) {
		char key[64], value[32];
		long long w;

		if (fh_ydoc_int(map->items[i], name, _("a weight"), 0, 100, &w, err))
			return -1;
		snprintf(key, sizeof(key), "rank.%s", map->keys[i]->value);
		snprintf(value, sizeof(value), "%lld", w);
		if (fh_config_set(db, key, value, err))
			return -1;
	}
	return 0;
}

/* The points rules (settings points.NAME) with their defaults. */
static const struct {
	const char *key;
	int def;
} points_keys[] = {
	{ "report_filed", FH_POINTS_REPORT_FILED }, { "hazard_handled", FH_POINTS_HAZARD_HANDLED },
	{ "lead", FH_POINTS_LEAD }, { "training", FH_POINTS_TRAINING }, { "drill", FH_POINTS_DRILL },
	{ "patrol", FH_POINTS_PATROL }, { "publicity_led", FH_POINTS_PUBLICITY_LED },
	{ "top", FH_POINTS_TOP },
};
#define N_POINTS_KEYS (sizeof(points_keys) / sizeof(points_keys[0]))

/*
 * points: {report_filed: 1, patrol: 2, ..., top: 5} sets what each thing a
 * member does is worth (0 to 1000, 0 counting it for nothing) and how
 * many members the agenda praises (0 to 100), as settings points.NAME.
 */
static int apply_points(struct fh_db *db, const struct fh_ynode *map, const char *name,
			struct fh_error *err)
{
	const char *keys[N_POINTS_KEYS + 1];

	for (size_t i = 0; i < N_POINTS_KEYS; i++)
		keys[i] = points_keys[i].key;
	keys[N_POINTS_KEYS] = NULL;
	if (map->kind != FH_YMAP)
		return fh_error_at(err, name, map->line, map->col,
				   _("points must be a mapping of rule to points"));
	if (fh_ydoc_check_keys(map, name, keys, err))
		return -1;
	for (size_t i = 0; i < map->n; i++) {
		int top = !strcmp(map->keys[i]->value, "top");
		char key[64], value[32];
		long long n;

		if (fh_ydoc_int(map->items[i], name, top ? "points.top" : _("a rule's points"), 0,
				top ? 100 : 1000, &n, err))
			return -1;
		snprintf(key, sizeof(key), "points.%s", map->keys[i]->value);
		snprintf(value, sizeof(value), "%lld", n);
		if (fh_config_set(db, key, value, err))
			return -1;
	}
	return 0;
}

/* deadlines: {hazard: 3, ...} sets the deadline of every category of a family. */
static int apply_deadlines(struct fh_db *db, const struct fh_ynode *map,
			   const char *name, struct fh_error *err)
{
	sqlite3_stmt *stmt;
	int rc = 0;

	if (map->kind != FH_YMAP)
		return fh_error_at(err, name, map->line, map->col, _("deadlines must be a mapping of family to days"));
	if (fh_ydoc_check_keys(map, name, fh_codes(FH_CODES_FAMILY), err))
		return -1;
	if (fh_db_prepare(db, &stmt, "UPDATE categories SET deadline_days = ?2 WHERE family = ?1", err))
		return -1;
	for (size_t i = 0; i < map->n && !rc; i++) {
		long long days;

		if (fh_ydoc_int(map->items[i], name, _("a deadline"), 1, 3650, &days, err)) {
			rc = -1;
			break;
		}
		sqlite3_bind_text(stmt, 1, map->keys[i]->value, -1, SQLITE_STATIC);
		sqlite3_bind_int64(stmt, 2, days);
		if (sqlite3_step(stmt) != SQLITE_DONE)
			rc = fh_db_error(db, err, _("cannot set a deadline"));
		sqlite3_reset(stmt);
	}
	sqlite3_finalize(stmt);
	return rc;
}

/*
 * A category's label: one line of text, not empty, and not another
 * category's code or label, since commands take a label wherever they
 * take a category's code (fh_category_resolve).
 */
static int check_label(struct fh_db *db, const struct fh_ynode *v, const char *name,
		       const char *code, const char **label, struct fh_error *err)
{
	sqlite3_stmt *stmt;
	int rc;

	if (fh_ydoc_text(v, name, "label", label, err))
		return -1;
	if (!**label || fh_text_bad_offset(*label, FH_TEXT_LINE) != (size_t)-1)
		return fh_error_at(err, name, v->line, v->col,
				   _("a category's label must be one line of text, not empty"));
	if (fh_db_prepare(db, &stmt, "SELECT code FROM categories WHERE code <> ?1"
			  " AND (label = ?2 OR code = ?2)", err))
		return -1;
	sqlite3_bind_text(stmt, 1, code, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 2, *label, -1, SQLITE_STATIC);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW)
		fh_error_at(err, name, v->line, v->col, _("label '%s' is already used by category '%s'"),
			    *label, (const char *)sqlite3_column_text(stmt, 0));
	else if (rc != SQLITE_DONE)
		fh_db_error(db, err, _("cannot read the categories"));
	sqlite3_finalize(stmt);
	return rc == SQLITE_DONE ? 0 : -1;
}


/*
 * A category's headline and unit, when given: how fh-stats headline
 * quotes it (找回走失人员 3 名).  Returns 0 or -1.
 */
static int apply_headline(struct fh_db *db, const struct fh_ynode *c, const char *code,
			  const char *name, struct fh_error *err)
{
	const struct fh_ynode *h = fh_ydoc_get(c, "headline"), *u = fh_ydoc_get(c, "unit");
	const char *headline = NULL, *unit = NULL;
	sqlite3_stmt *stmt;
	int rc;

	if (!h && !u)
		return 0;
	if ((h && fh_ydoc_text(h, name, "headline", &headline, err)) ||
	    (u && fh_ydoc_text(u, name, "unit", &unit, err)))
		return -1;
	if (fh_db_prepare(db, &stmt, "UPDATE categories SET headline = coalesce(?2, headline),"
			  " unit = coalesce(?3, unit) WHERE code = ?1", err))
		return -1;
	sqlite3_bind_text(stmt, 1, code, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 2, headline, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 3, unit, -1, SQLITE_STATIC);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	return rc == SQLITE_DONE ? 0 : fh_db_error(db, err, _("cannot add a category"));
}

/* categories: a list of {code, family, label, deadline, headline, unit}; adds or changes them. */
static int apply_categories(struct fh_db *db, const struct fh_ynode *seq,
			    const char *name, struct fh_error *err)
{
	static const char *const keys[] = { "code", "family", "label", "deadline", "headline", "unit",
					    NULL };
	sqlite3_stmt *stmt;
	int rc = 0;

	if (seq->kind != FH_YSEQ)
		return fh_error_at(err, name, seq->line, seq->col, _("categories must be a list"));
	if (fh_db_prepare(db, &stmt,
			  "INSERT INTO categories(code, family, label, deadline_days) VALUES (?1, ?2, ?3, "
			  " coalesce(?4, (SELECT deadline_days FROM categories WHERE family = ?2 LIMIT 1), 7)) "
			  "ON CONFLICT(code) DO UPDATE SET family = excluded.family, label = excluded.label, "
			  " deadline_days = excluded.deadline_days", err))
		return -1;
	for (size_t i = 0; i < seq->n && !rc; i++) {
		const struct fh_ynode *c = seq->items[i], *v;
		const char *code, *family, *label;
		char buf[128];
		long long days = 0;

		rc = -1;
		if (c->kind != FH_YMAP) {
			fh_error_at(err, name, c->line, c->col, _("a category must be a mapping"));
			break;
		}
		if (fh_ydoc_check_keys(c, name, keys, err))
			break;
		if (!(v = fh_ydoc_get(c, "code"))) {
			fh_error_at(err, name, c->line, c->col, _("a category needs a code"));
			break;
		}
		if (fh_ydoc_text(v, name, "code", &code, err))
			break;
		if (!*code || strspn(code, "abcdefghijklmnopqrstuvwxyz0123456789-_") != strlen(code)) {
			fh_error_at(err, name, v->line, v->col,
				    _("invalid category code '%s' (use lower-case letters, digits and '-')"), code);
			break;
		}
		if (!(v = fh_ydoc_get(c, "family"))) {
			fh_error_at(err, name, c->line, c->col, _("category '%s' needs a family"), code);
			break;
		}
		if (fh_ydoc_text(v, name, "family", &family, err))
			break;
		if (!fh_codes_has(FH_CODES_FAMILY, family)) {
			fh_error_at(err, name, v->line, v->col,
				    _("unknown family '%s' (valid: %s)"), family,
				    fh_codes_join(FH_CODES_FAMILY, buf, sizeof(buf)));
			break;
		}
		label = code;
		if ((v = fh_ydoc_get(c, "label")) && check_label(db, v, name, code, &label, err))
			break;
		if ((v = fh_ydoc_get(c, "deadline")) &&
		    fh_ydoc_int(v, name, _("a deadline"), 1, 3650, &days, err))
			break;
		sqlite3_bind_text(stmt, 1, code, -1, SQLITE_STATIC);
		sqlite3_bind_text(stmt, 2, family, -1, SQLITE_STATIC);
		sqlite3_bind_text(stmt, 3, label, -1, SQLITE_STATIC);
		if (days)
			sqlite3_bind_int64(stmt, 4, days);
		else
			sqlite3_bind_null(stmt, 4);
		rc = sqlite3_step(stmt) == SQLITE_DONE ? 0 : fh_db_error(db, err, _("cannot add a category"));
		sqlite3_reset(stmt);
		if (!rc)
			rc = apply_headline(db, c, code, name, err);
	}
	sqlite3_finalize(stmt);
	return rc;
}

/*
 * The categories a new station starts with.  config.c is the one module
 * that writes the categories table, so the defaults live here too:
 * fh init replaces whatever the schema left with this list.  Migration 1
 * (lib/store/schema.c) still carries an INSERT of the same twelve rows
 * (and migration 4 their headlines and units);
 * it is released and so never edited, and on a new database its rows are
 * deleted again by fh_config_seed_categories in init's transaction (no
 * report can use them yet).  test_config checks that both lists agree.
 */
static const struct fh_config_category default_categories[] = {
	{ "fire", "hazard", "消防隐患", 3, NULL, NULL },
	{ "traffic", "hazard", "交通隐患", 3, NULL, NULL },
	{ "safety", "hazard", "安全隐患", 3, NULL, NULL },
	{ "dispute", "incident", "矛盾纠纷", 7, "化解矛盾纠纷", "起" },
	{ "theft", "incident", "盗窃", 7, NULL, NULL },
	{ "suspicious", "incident", "可疑人员或事件", 7, NULL, NULL },
	{ "fraud", "incident", "电信诈骗", 7, "劝阻电信诈骗", "起" },
	{ "lost-person", "service", "走失人员", 1, "找回走失人员", "名" },
	{ "lost-item", "service", "遗失物品", 1, "返还遗失物品", "件" },
	{ "consult", "service", "咨询求助", 1, "解答咨询", "次" },
	{ "lead", "service", "线索", 1, "提供线索", "条" },
	{ "other", "other", "其他", 7, NULL, NULL },
	{ NULL, NULL, NULL, 0, NULL, NULL },
};

const struct fh_config_category *fh_config_default_categories(void)
{
	return default_categories;
}

int fh_config_seed_categories(struct fh_db *db, struct fh_error *err)
{
	sqlite3_stmt *stmt;
	int rc = 0;

	if (fh_db_exec(db, "DELETE FROM categories", err) ||
	    fh_db_prepare(db, &stmt, "INSERT INTO categories(code, family, label, deadline_days,"
			  " headline, unit) VALUES (?1, ?2, ?3, ?4, ?5, ?6)", err))
		return -1;
	for (const struct fh_config_category *c = default_categories; c->code && !rc; c++) {
		sqlite3_bind_text(stmt, 1, c->code, -1, SQLITE_STATIC);
		sqlite3_bind_text(stmt, 2, c->family, -1, SQLITE_STATIC);
		sqlite3_bind_text(stmt, 3, c->label, -1, SQLITE_STATIC);
		sqlite3_bind_int(stmt, 4, c->deadline_days);
		sqlite3_bind_text(stmt, 5, c->headline, -1, SQLITE_STATIC);
		sqlite3_bind_text(stmt, 6, c->unit, -1, SQLITE_STATIC);
		if (sqlite3_step(stmt) != SQLITE_DONE)
			rc = fh_db_error(db, err, _("cannot add a category"));
		sqlite3_reset(stmt);
	}
	sqlite3_finalize(stmt);
	return rc;
}

/* Whether tz names a zone of this system's tz database, such as Asia/Shanghai. */
static int tz_known(const char *tz)
{
	const char *dir = getenv("TZDIR");
	char path[4096];
	struct stat st;

	snprintf(path, sizeof(path), "%s/%s", dir && *dir ? dir : "/usr/share/zoneinfo", tz);
	return *tz && *tz != '/' && !strstr(tz, "..") &&
	       strspn(tz, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/_+-") == strlen(tz) &&
	       !stat(path, &st) && S_ISREG(st.st_mode);
}

/* timezone: a name of the tz database that this system has. */
static int apply_timezone(struct fh_db *db, const struct fh_ynode *v, const char *name,
			  struct fh_error *err)
{
	const char *tz;

	if (fh_ydoc_text(v, name, "timezone", &tz, err))
		return -1;
	if (!tz_known(tz))
		return fh_error_at(err, name, v->line, v->col,
				   _("unknown time zone '%s' (a name such as Asia/Shanghai)"), tz);
	return fh_config_set(db, "timezone", tz, err);
}

int fh_config_default_timezone(struct fh_db *db, struct fh_error *err)
{
	const char *tz = getenv("TZ");
	char link[4096], *p;
	ssize_t n;

	if (tz && *tz == ':')
		tz++;
	if (tz && tz_known(tz))
		return fh_config_set(db, "timezone", tz, err);
	/* Else the zone /etc/localtime links to, as systemd and Debian keep it. */
	n = readlink("/etc/localtime", link, sizeof(link) - 1);
	if (n <= 0)
		return 0;
	link[n] = '\0';
	if ((p = strstr(link, "zoneinfo/")) && tz_known(p + 9))
		return fh_config_set(db, "timezone", p + 9, err);
	return 0;
}

int fh_config_use_timezone(struct fh_db *db)
{
	char *tz = fh_db_setting(db, "timezone");
	int rc = 0;

	if (tz && *tz) {
		rc = setenv("TZ", tz, 1);
		tzset();
	}
	free(tz);
	return rc;
}

/* Checks one officer's name: one line, not empty, no comma (the list's separator). */
static int officer_name_check(const char *officer, struct fh_error *err)
{
	if (fh_text_check(officer, FH_TEXT_LINE, _("an officer's name"), err))
		return -1;
	if (!*officer || strchr(officer, ','))
		return fh_error_set(err, _("an officer's name must not be empty nor hold a comma"));
	return 0;
}

/* Sets the officers from a comma list (fh config set officers A,B) or a sequence. */
static int apply_officers(struct fh_db *db, const struct fh_ynode *v, const char *name,
			  struct fh_error *err)
{
	char *list = NULL, *save = NULL, *w;
	size_t len = 0;
	FILE *fp = open_memstream(&list, &len);
	int rc = -1;

	if (!fp)
		return fh_error_set(err, _("out of memory"));
	for (size_t i = 0; i < (v->kind == FH_YSEQ ? v->n : 1); i++) {
		const char *text;

		if (fh_ydoc_text(v->kind == FH_YSEQ ? v->items[i] : v, name, "officers", &text, err))
			goto done;
		fprintf(fp, "%s%s", ftell(fp) ? "," : "", text);
	}
	if (fclose(fp)) {
		fp = NULL;
		fh_error_set(err, _("out of memory"));
		goto done;
	}
	fp = NULL;
	/* Blanks around the commas are only typing: "王警官, 李警官". */
	w = list;
	for (char *p = strtok_r(list, ",", &save); p; p = strtok_r(NULL, ",", &save)) {
		size_t n;

		p += strspn(p, " ");
		for (n = strlen(p); n && p[n - 1] == ' '; n--)
			;
		p[n] = '\0';
		if (officer_name_check(p, err))
			goto done;
		if (w != list)
			*w++ = ',';
		memmove(w, p, n);
		w += n;
	}
	*w = '\0';
	rc = fh_config_set(db, "officers", list, err);
done:
	if (fp)
		fclose(fp);
	free(list);
	return rc;
}

int fh_config_officer(struct fh_db *db, const char *officer, int add, struct fh_error *err)
{
	sqlite3_stmt *stmt;
	int rc;

	if (officer_name_check(officer, err) ||
	    fh_db_prepare(db, &stmt, "SELECT 1 FROM settings WHERE key = 'officers'"
			  " AND instr(',' || value || ',', ',' || ?1 || ',') > 0", err))
		return -1;
	sqlite3_bind_text(stmt, 1, officer, -1, SQLITE_STATIC);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	if (rc == SQLITE_ROW)
		return 0;
	if (rc != SQLITE_DONE)
		return fh_db_error(db, err, _("cannot read the settings"));
	/* A report id or a typo would split the statistics by officer. */
	if (!add)
		return fh_error_set(err, _("unknown officer (see 'fh config get officers'; --new adds one)"));
	if (fh_db_prepare(db, &stmt, "INSERT INTO settings(key, value) VALUES ('officers', ?1)"
			  " ON CONFLICT(key) DO UPDATE SET value = CASE WHEN value = '' THEN ?1"
			  " ELSE value || ',' || ?1 END", err))
		return -1;
	sqlite3_bind_text(stmt, 1, officer, -1, SQLITE_STATIC);
	rc = sqlite3_step(stmt);
	sqlite3_finalize(stmt);
	return rc == SQLITE_DONE ? 0 : fh_db_error(db, err, _("cannot store a setting"));
}

/*
 * agenda_template (stored as an absolute path, so that cron and every
 * directory find it; the caller checks that it parses) and agenda_title.
 */
static int apply_agenda(struct fh_db *db, const struct fh_ynode *root, const char *name,
			struct fh_error *err)
{
	const struct fh_ynode *v;
	const char *text;
	char *path;
	int rc;

	if ((v = fh_ydoc_get(root, "agenda_title")) &&
	    (fh_ydoc_text(v, name, "agenda_title", &text, err) ||
	     fh_config_set(db, "agenda_title", text, err)))
		return -1;
	if (!(v = fh_ydoc_get(root, "agenda_template")))
		return 0;
	if (fh_ydoc_text(v, name, "agenda_template", &text, err))
		return -1;
	if (!*text)
		return fh_config_set(db, "agenda_template", "", err);
	if (!(path = realpath(text, NULL)))
		return fh_error_at(err, name, v->line, v->col, _("cannot open '%s': %s"), text,
				   strerror(errno));
	rc = fh_config_set(db, "agenda_template", path, err);
	free(path);
	return rc;
}

/*
 * open311_media_url: where another system fetches a report's photos
 * (fh-report export --open311 writes BASE/ID/1), an http or https URL
 * without spaces; empty to leave media_url out.
 */
static int apply_media_url(struct fh_db *db, const struct fh_ynode *v, const char *name,
			   struct fh_error *err)
{
	const char *text;

	if (fh_ydoc_text(v, name, "open311_media_url", &text, err))
		return -1;
	if (*text && ((strncmp(text, "http://", 7) && strncmp(text, "https://", 8)) ||
		      strpbrk(text, " \t\r\n\"<>") || fh_text_bad_offset(text, FH_TEXT_LINE) != (size_t)-1))
		return fh_error_at(err, name, v->line, v->col,
				   _("open311_media_url must be an http:// or https:// URL without spaces"));
	return fh_config_set(db, "open311_media_url", text, err);
}

/* Applies a parsed config; see fh_config_apply. */
static int apply_root(struct fh_db *db, const struct fh_ynode *root, const char *name,
		      int *group_access, struct fh_error *err)
{
	static const char *const keys[] = {
		"station", "deadlines", "categories", "photo_max_bytes", "group_access",
		"line_max_bytes", "field_max_bytes", "text_max_bytes", "import_max_bytes", "timezone",
		"verification", "rank", "officers", "group_min_size", "group_max_size",
		"agenda_template", "agenda_title", "open311_media_url", "points", NULL,
	};
	const struct fh_ynode *v;
	const char *text;
	int rc = -1;

	*group_access = 0;
	if (root->kind != FH_YMAP)
		return fh_error_at(err, name, root->line, root->col, _("a config must be a mapping"));
	if (fh_ydoc_check_keys(root, name, keys, err))
		goto done;
	if ((v = fh_ydoc_get(root, "timezone")) && apply_timezone(db, v, name, err))
		goto done;
	if ((v = fh_ydoc_get(root, "station")) &&
	    (fh_ydoc_text(v, name, "station", &text, err) ||
	     fh_config_set(db, "station", text, err)))
		goto done;
	if ((v = fh_ydoc_get(root, "deadlines")) && apply_deadlines(db, v, name, err))
		goto done;
	if ((v = fh_ydoc_get(root, "rank")) && apply_rank(db, v, name, err))
		goto done;
	if ((v = fh_ydoc_get(root, "officers")) && apply_officers(db, v, name, err))
		goto done;
	if ((v = fh_ydoc_get(root, "points")) && apply_points(db, v, name, err))
		goto done;
	if ((v = fh_ydoc_get(root, "categories")) && apply_categories(db, v, name, err))
		goto done;
	if (apply_limits(db, root, name, err) || apply_group_sizes(db, root, name, err) ||
	    apply_agenda(db, root, name, err))
		goto done;
	if ((v = fh_ydoc_get(root, "group_access"))) {
		if (fh_ydoc_text(v, name, "group_access", &text, err))
			goto done;
		if (strcmp(text, "true") && strcmp(text, "false")) {
			fh_error_at(err, name, v->line, v->col, _("group_access must be true or false, not '%s'"), text);
			goto done;
		}
		*group_access = !strcmp(text, "true");
		if (fh_config_set(db, "group_access", text, err))
			goto done;
	}
	/* Whether a handled report awaits verification (fh-report verify) before it counts as closed. */
	if ((v = fh_ydoc_get(root, "verification"))) {
		if (fh_ydoc_text(v, name, "verification", &text, err))
			goto done;
		if (strcmp(text, "true") && strcmp(text, "false")) {
			fh_error_at(err, name, v->line, v->col, _("verification must be true or false, not '%s'"), text);
			goto done;
		}
		if (fh_config_set(db, "verification", text, err))
			goto done;
	}
	if ((v = fh_ydoc_get(root, "open311_media_url")) && apply_media_url(db, v, name, err))
		goto done;
	rc = 0;
done:
	return rc;
}

int fh_config_apply(struct fh_db *db, FILE *fp, const char *name,
		    int *group_access, struct fh_error *err)
{
	struct fh_ynode *root;
	int rc;

	*group_access = 0;
	if (fh_ydoc_read(fp, name, &root, err))
		return -1;
	if (!root)
		return 0;
	rc = apply_root(db, root, name, group_access, err);
	fh_ydoc_free(root);
	return rc;
}

/*
 * The settings a station can change one at a time, with their values as
 * fh config list shows them (a category's as "family label deadline").
 */
static const char list_sql[] =
	"SELECT key, value FROM ("
	" SELECT 1 AS o, 'station' AS key, (SELECT value FROM settings WHERE key = 'station') AS value"
	" UNION ALL SELECT 2, 'timezone', (SELECT value FROM settings WHERE key = 'timezone')"
	" UNION ALL SELECT 3, 'photo_max_bytes', coalesce((SELECT value FROM settings"
	"  WHERE key = 'photo_max_bytes'), ?1)"
	" UNION ALL SELECT 4, 'group_access', coalesce((SELECT value FROM settings"
	"  WHERE key = 'group_access'), 'false')"
	" UNION ALL SELECT 4, 'verification', coalesce((SELECT value FROM settings"
	"  WHERE key = 'verification'), 'false')"
	" UNION ALL SELECT 5, 'officers', coalesce((SELECT value FROM settings WHERE key = 'officers'), '')"
	" UNION ALL SELECT 5, key, coalesce((SELECT value FROM settings s WHERE s.key = d.key), def)"
	"  FROM (SELECT 'line_max_bytes' AS key, ?3 AS def UNION ALL SELECT 'field_max_bytes', ?4"
	"  UNION ALL SELECT 'text_max_bytes', ?5 UNION ALL SELECT 'import_max_bytes', ?6"
	"  UNION ALL SELECT 'rank.closed', 40 UNION ALL SELECT 'rank.on_time', 30"
	"  UNION ALL SELECT 'rank.rework', 15 UNION ALL SELECT 'rank.extension', 15"
	"  UNION ALL SELECT 'group_min_size', ?7 UNION ALL SELECT 'group_max_size', ?8"
	"  UNION ALL SELECT 'agenda_template', '' UNION ALL SELECT 'agenda_title', ''"
	"  UNION ALL SELECT 'open311_media_url', ''"
	"  UNION ALL SELECT 'station_id', ''"
	"  UNION ALL SELECT 'points.' || j.key, j.value FROM json_each(?9) j) AS d"
	" UNION ALL SELECT 6, 'categories.' || code, family || ' ' || label || ' ' || deadline_days"
	"  FROM categories) WHERE ?2 IS NULL OR key = ?2 ORDER BY o, rowid";

/* Prepares list_sql for key (NULL: every setting) into *stmt. */
static int list_prepare(struct fh_db *db, const char *key, sqlite3_stmt **stmt, struct fh_error *err)
{
	/* The points rules' defaults, as the JSON object list_sql reads them from. */
	char points_json[512];
	size_t n = 0;

	for (size_t i = 0; i < N_POINTS_KEYS; i++)
		n += (size_t)snprintf(points_json + n, sizeof(points_json) - n, "%s\"%s\":%d",
				      i ? "," : "{", points_keys[i].key, points_keys[i].def);
	snprintf(points_json + n, sizeof(points_json) - n, "}");
	if (fh_db_prepare(db, stmt, list_sql, err))
		return -1;
	sqlite3_bind_int64(*stmt, 1, FH_PHOTO_MAX_BYTES_DEFAULT);
	for (int i = 1; i <= 4; i++)
		sqlite3_bind_int64(*stmt, 2 + i, limit_keys[i].def);
	sqlite3_bind_int(*stmt, 7, GROUP_MIN_DEFAULT);
	sqlite3_bind_int(*stmt, 8, GROUP_MAX_DEFAULT);
	sqlite3_bind_text(*stmt, 9, points_json, -1, SQLITE_TRANSIENT);
	if (key)
		sqlite3_bind_text(*stmt, 2, key, -1, SQLITE_STATIC);
	return 0;
}

int fh_config_list(struct fh_db *db, struct fh_out *out, struct fh_error *err)
{
	sqlite3_stmt *stmt;
	int rc;

	if (list_prepare(db, NULL, &stmt, err))
		return -1;
	rc = fh_out_stmt(out, stmt, err);
	sqlite3_finalize(stmt);
	return rc == SQLITE_DONE ? 0 : -1;
}

int fh_config_get(struct fh_db *db, const char *key, char **value, struct fh_error *err)
{
	sqlite3_stmt *stmt;
	const char *v;
	int rc;

	*value = NULL;
	if (list_prepare(db, key, &stmt, err))
		return -1;
	rc = sqlite3_step(stmt);
	v = (const char *)sqlite3_column_text(stmt, 1);
	if (rc == SQLITE_ROW && !(*value = strdup(v ? v : "")))
		fh_error_set(err, _("out of memory"));
	else if (rc == SQLITE_DONE)
		fh_error_set(err, _("unknown setting '%s' (see fh config list)"), key);
	else if (rc != SQLITE_ROW)
		fh_db_error(db, err, _("cannot read the settings"));
	sqlite3_finalize(stmt);
	return *value ? 0 : -1;
}

/*
 * categories.CODE.FIELD VALUE: one field (label, family or deadline) of a
 * category, added when CODE is new (then family first).  The category
 * becomes the one-item list {code, family, label, deadline} of its stored
 * values with FIELD replaced, applied by apply_categories as at init.
 */
static int set_category(struct fh_db *db, const char *key, const char *code,
			const char *field, const char *value, struct fh_error *err)
{
	static const char *const fields[] = { "family", "label", "deadline", NULL };
	struct fh_ynode vals[4] = { { .kind = FH_YSCALAR } }, names[4] = { { .kind = FH_YSCALAR } };
	struct fh_ynode *keys[4], *items[4], map = { .kind = FH_YMAP, .keys = keys, .items = items };
	struct fh_ynode *mp = &map, seq = { .kind = FH_YSEQ, .items = &mp, .n = 1 };
	char stored[3][256] = { "", "", "" };
	sqlite3_stmt *stmt;
	int rc, f;

	for (f = 0; fields[f] && strcmp(fields[f], field); f++)
		;
	if (!fields[f])
		return fh_error_usage(err, _("unknown setting '%s' (a category has family, label and deadline)"), key);
	if (fh_db_prepare(db, &stmt, "SELECT family, label, deadline_days FROM categories WHERE code = ?1", err))
		return -1;
	sqlite3_bind_text(stmt, 1, code, -1, SQLITE_STATIC);
	rc = sqlite3_step(stmt);
	for (int i = 0; rc == SQLITE_ROW && i < 3; i++)
		snprintf(stored[i], sizeof(stored[i]), "%s", (const char *)sqlite3_column_text(stmt, i));
	sqlite3_finalize(stmt);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return fh_db_error(db, err, _("cannot read the categories"));
	names[0].value = (char *)"code";
	vals[0].value = (char *)code;
	map.n = 1;
	for (int i = 0; i < 3; i++) {
		const char *v = i == f ? value : stored[i];

		if (!*v && i != f)
			continue;  /* a new category: only the field given */
		names[map.n].kind = vals[map.n].kind = FH_YSCALAR;
		names[map.n].value = (char *)fields[i];
		vals[map.n].value = (char *)v;
		vals[map.n].quoted = 1;
		map.n++;
	}
	for (size_t i = 0; i < map.n; i++) {
		keys[i] = &names[i];
		items[i] = &vals[i];
	}
	return apply_categories(db, &seq, key, err);
}

int fh_config_set_key(struct fh_db *db, const char *key, const char *value, struct fh_error *err)
{
	struct fh_ynode scalar = { .kind = FH_YSCALAR, .value = (char *)value, .quoted = 1 };
	struct fh_ynode inner_key = { .kind = FH_YSCALAR }, outer_key = { .kind = FH_YSCALAR };
	struct fh_ynode inner = { .kind = FH_YMAP, .n = 1 }, root = { .kind = FH_YMAP, .n = 1 };
	struct fh_ynode *ik = &inner_key, *iv = &scalar, *ok = &outer_key, *ov = &scalar;
	char name[128];
	const char *dot = strchr(key, '.');
	int group_access;

	/* KEY VALUE is the one-line config {KEY: VALUE}, or {deadlines: {FAMILY: VALUE}}. */
	snprintf(name, sizeof(name), "%s", key);
	outer_key.value = name;
	if (dot) {
		name[dot - key] = '\0';
		if (!strcmp(name, "categories")) {
			char *field = strchr(name + (dot - key) + 1, '.');

			if (!field)
				return fh_error_usage(err, _("set a category as categories.CODE.FIELD (family, label or deadline)"));
			*field++ = '\0';
			return set_category(db, key, name + (dot - key) + 1, field, value, err);
		}
		if (strcmp(name, "deadlines") && strcmp(name, "rank") && strcmp(name, "points"))
			return fh_error_set(err, _("unknown setting '%s' (see fh config list)"), key);
		inner_key.value = name + (dot - key) + 1;
		inner.keys = &ik;
		inner.items = &iv;
		ov = &inner;
	} else if (!strcmp(key, "station_id")) {
		return fh_error_set(err, _("station_id cannot be changed: it tells this station's records"
					   " from another's"));
	} else if (!strcmp(key, "deadlines")) {
		return fh_error_usage(err, _("set the deadlines one at a time as deadlines.FAMILY, or with --file"));
	} else if (!strcmp(key, "categories")) {
		return fh_error_usage(err, _("set the categories with --file (see fh-config(5))"));
	}
	root.keys = &ok;
	root.items = &ov;
	return apply_root(db, &root, key, &group_access, err);
}
