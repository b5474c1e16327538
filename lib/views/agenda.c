#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "fh/codes.h"
#include "fh/agenda.h"
#include "fh/check.h"
#include "fh/codes.h"
#include "fh/mask.h"
#include "fh/out.h"
#include "fh/period.h"
#include "fh/points.h"
#include "fh/ydoc.h"
#include "fh/i18n.h"

/*
 * The default template, the same text as examples/agenda-template.yaml
 * (a test checks that they agree), so that fh-meeting needs no file.
 */
const char fh_agenda_default_template[] =
	"# 区块季度组长例会议程的默认模板（fh-agenda-template(5)）。\n"
	"# 复制后修改，用 fh-meeting agenda --template FILE 使用。\n"
	"# 标题和文字中可用：{zone} {zone_name} {quarter} {date} {since} {until} {place} {chair}\n"
	"title: \"{zone_name}（{zone}）{quarter} 十户联防组长例会议程\"\n"
	"place: 派出所二楼会议室\n"
	"chair: 社区警务队队长\n"
	"opening: 通报本期辖区治安形势和隐患处置情况，听取各组组长汇报，落实上次会议事项，部署下季度重点工作。\n"
	"sections:\n"
	"  - key: meeting\n"
	"    title: 会议信息\n"
	"  - key: opening\n"
	"    title: 一、开场\n"
	"  - key: reports_by_category\n"
	"    title: 二、本期发现和处置情况\n"
	"    text: \"统计时段：{since} 至 {until}。\"\n"
	"    empty: 本期没有上报。\n"
	"  - key: open_reports\n"
	"    title: 三、尚未处置的上报（按上报时间）\n"
	"    empty: 没有尚未处置的上报，隐患已清零。\n"
	"  - key: group_issues\n"
	"    title: 四、需要关注的小组\n"
	"    empty: 各小组情况正常。\n"
	"  - key: activities\n"
	"    title: 五、培训、演练、巡逻和宣传\n"
	"    empty: 本期没有开展培训、演练、巡逻或宣传。\n"
	"  - key: praise\n"
	"    title: 六、表扬（本期积分前列）\n"
	"    empty: 本期没有成员获得积分。\n"
	"  - key: open_actions\n"
	"    title: 七、以往会议未完成事项\n"
	"    empty: 以往会议事项均已完成。\n"
	"  - key: comparison\n"
	"    title: 八、与上期对比\n"
	"  - key: text\n"
	"    title: 九、下季度工作重点\n"
	"    text: 由各组组长讨论确定，会后列入待办事项。\n";

/* The sections a template may name, with what a data section's rows hold. */
static const char *const section_keys[] = {
	"meeting", "opening", "reports_by_category", "open_reports", "group_issues",
	"activities", "open_actions", "comparison", "text", "praise", NULL,
};

/* The placeholders of titles and texts. */
static const char *const placeholders[] = {
	"zone", "zone_name", "quarter", "date", "since", "until", "place", "chair", NULL,
};

void fh_agenda_template_free(struct fh_agenda_template *tpl)
{
	if (!tpl)
		return;
	for (size_t i = 0; i < tpl->nsections; i++) {
		free(tpl->sections[i].key);
		free(tpl->sections[i].title);
		free(tpl->sections[i].text);
		free(tpl->sections[i].empty);
	}
	free(tpl->sections);
	free(tpl->title);
	free(tpl->place);
	free(tpl->chair);
	free(tpl->opening);
	free(tpl);
}

/* The first unknown {placeholder} of s, its name's length in *n; NULL when none. */
static const char *unknown_placeholder(const char *s, size_t *n)
{
	for (const char *p = strchr(s, '{'); p; p = strchr(p + 1, '{')) {
		int known = 0;

		*n = strcspn(p + 1, "}");
		if (!p[1 + *n])
			break;  /* a lone brace is text */
		for (const char *const *k = placeholders; *k; k++)
			known |= strlen(*k) == *n && !strncmp(*k, p + 1, *n);
		if (!known)
			return p;
	}
	return NULL;
}

/*
 * Copies the text of an optional scalar into *out, checking that every
 * {placeholder} in it is known.  Returns 0 or -1 with err at the node.
 */
static int template_text(const struct fh_ynode *node, const char *name, const char *what,
			 char **out, struct fh_error *err)
{
	const char *s, *p;

	if (!node)
		return 0;
	size_t n;

	if (fh_ydoc_text(node, name, what, &s, err))
		return -1;
	if ((p = unknown_placeholder(s, &n)))
		return fh_error_at(err, name, node->line, node->col,
				   _("unknown placeholder '{%.*s}' in %s"), (int)n, p + 1, what);
	if (!(*out = strdup(s)))
		return fh_error_set(err, _("out of memory"));
	return 0;
}

/* Reads one entry of the sections list into sec. */
static int template_section(const struct fh_ynode *node, const char *name,
			    struct fh_agenda_section *sec, struct fh_error *err)
{
	static const char *const allowed[] = { "key", "title", "text", "empty", NULL };
	const struct fh_ynode *key;
	int known = 0;

	if (node->kind != FH_YMAP)
		return fh_error_at(err, name, node->line, node->col,
				   _("a section must be a mapping with a key and a title"));
	if (fh_ydoc_check_keys(node, name, allowed, err))
		return -1;
	if (!(key = fh_ydoc_get(node, "key")))
		return fh_error_at(err, name, node->line, node->col, _("a section needs a key"));
	if (template_text(key, name, _("the section's key"), &sec->key, err))
		return -1;
	for (const char *const *k = section_keys; *k; k++)
		known |= !strcmp(*k, sec->key);
	if (!known)
		return fh_error_at(err, name, key->line, key->col,
				   _("unknown section '%s' (use meeting, opening, reports_by_category,"
				   " open_reports, group_issues, activities, praise, open_actions,"
				   " comparison or text)"), sec->key);
	if (template_text(fh_ydoc_get(node, "title"), name, _("the title"), &sec->title, err) ||
	    template_text(fh_ydoc_get(node, "text"), name, _("the text"), &sec->text, err) ||
	    template_text(fh_ydoc_get(node, "empty"), name, _("the empty text"), &sec->empty, err))
		return -1;
	if (!strcmp(sec->key, "text") && !sec->text)
		return fh_error_at(err, name, node->line, node->col, _("a text section needs a text"));
	return 0;
}

int fh_agenda_template_read(FILE *fp, const char *name, struct fh_agenda_template **tpl,
			    struct fh_error *err)
{
	static const char *const allowed[] = {
		"title", "place", "chair", "opening", "sections", NULL,
	};
	struct fh_ynode *root = NULL;
	const struct fh_ynode *sections;
	struct fh_agenda_template *t = NULL;
	int rc = -1;

	*tpl = NULL;
	if (fh_ydoc_read(fp, name, &root, err))
		return -1;
	if (!root || root->kind != FH_YMAP) {
		fh_error_at(err, name, root ? root->line : 1, root ? root->col : 1,
			    _("a template must be a mapping with a title and sections"));
		goto done;
	}
	if (fh_ydoc_check_keys(root, name, allowed, err))
		goto done;
	if (!(t = calloc(1, sizeof(*t)))) {
		fh_error_set(err, _("out of memory"));
		goto done;
	}
	if (template_text(fh_ydoc_get(root, "title"), name, _("the title"), &t->title, err) ||
	    template_text(fh_ydoc_get(root, "place"), name, _("the place"), &t->place, err) ||
	    template_text(fh_ydoc_get(root, "chair"), name, _("the chair"), &t->chair, err) ||
	    template_text(fh_ydoc_get(root, "opening"), name, _("the opening"), &t->opening, err))
		goto done;
	if (!t->title) {
		fh_error_at(err, name, root->line, root->col, _("the template needs a title"));
		goto done;
	}
	sections = fh_ydoc_get(root, "sections");
	if (!sections || sections->kind != FH_YSEQ || !sections->n) {
		fh_error_at(err, name, sections ? sections->line : root->line,
			    sections ? sections->col : root->col,
			    _("the template needs a list of sections"));
		goto done;
	}
	if (!(t->sections = calloc(sections->n, sizeof(*t->sections)))) {
		fh_error_set(err, _("out of memory"));
		goto done;
	}
	for (size_t i = 0; i < sections->n; i++) {
		t->nsections = i + 1;
		if (template_section(sections->items[i], name, &t->sections[i], err))
			goto done;
	}
	*tpl = t;
	t = NULL;
	rc = 0;
done:
	fh_agenda_template_free(t);
	fh_ydoc_free(root);
	return rc;
}

int fh_agenda_template_station(struct fh_db *db, struct fh_agenda_template **tpl,
			       struct fh_error *err)
{
	char *path = fh_db_setting(db, "agenda_template"), *title = fh_db_setting(db, "agenda_title");
	const char *bad;
	FILE *fp = NULL;
	size_t n;
	int rc = -1;

	*tpl = NULL;
	if (path && *path) {
		if (!(fp = fopen(path, "r"))) {
			fh_error_set(err, _("cannot open '%s': %s"), path, strerror(errno));
			goto done;
		}
		if (fh_agenda_template_read(fp, path, tpl, err))
			goto done;
	} else if (fh_agenda_template_default(tpl, err)) {
		goto done;
	}
	if (title && *title) {
		if ((bad = unknown_placeholder(title, &n))) {
			fh_error_set(err, _("agenda_title: unknown placeholder '{%.*s}' in %s"), (int)n,
				     bad + 1, _("the title"));
			goto done;
		}
		free((*tpl)->title);
		(*tpl)->title = title;
		title = NULL;
	}
	rc = 0;
done:
	if (fp)
		fclose(fp);
	if (rc) {
		fh_agenda_template_free(*tpl);
		*tpl = NULL;
	}
	free(path);
	free(title);
	return rc;
}

int fh_agenda_template_default(struct fh_agenda_template **tpl, struct fh_error *err)
{
	FILE *fp = fmemopen((void *)fh_agenda_default_template,
			    sizeof(fh_agenda_default_template) - 1, "r");
	int rc;

	if (!fp)
		return fh_error_set(err, _("cannot read the default template: %s"), strerror(errno));
	rc = fh_agenda_template_read(fp, "default template", tpl, err);
	fclose(fp);
	return rc;
}

/* Builds the data: the parameters every query of the agenda binds. */
struct span {
	sqlite3_int64 zone;
	char since[FH_TIME_LEN], until[FH_TIME_LEN], now[FH_TIME_LEN];
	char quarter[8];
};

static void bind_span(sqlite3_stmt *stmt, const struct span *s)
{
	sqlite3_bind_int64(stmt, 1, s->zone);
	sqlite3_bind_text(stmt, 2, s->since, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 3, s->until, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 4, s->now, -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 5, s->quarter, -1, SQLITE_STATIC);
}

/* A JSON string of s with personal data masked (fh_mask_text_dup), or NULL. */
static json_t *masked_string(const char *s)
{
	char *m = fh_mask_text_dup(s);
	json_t *v = m ? json_string(m) : NULL;

	free(m);
	return v;
}

/* The JSON value of column i of the current row; a column named overdue is a boolean. */
static json_t *column_json(sqlite3_stmt *stmt, int i)
{
	if (!strcmp(sqlite3_column_name(stmt, i), "overdue"))
		return json_boolean(sqlite3_column_int(stmt, i));
	switch (sqlite3_column_type(stmt, i)) {
	case SQLITE_INTEGER: return json_integer(sqlite3_column_int64(stmt, i));
	case SQLITE_FLOAT: return json_real(sqlite3_column_double(stmt, i));
	case SQLITE_NULL: return json_null();
	default: return masked_string((const char *)sqlite3_column_text(stmt, i));
	}
}

/* Runs sql over s and returns its rows as a new JSON array of objects, or NULL. */
static json_t *query_rows(struct fh_db *db, const char *sql, const struct span *s,
			  struct fh_error *err)
{
	sqlite3_stmt *stmt;
	json_t *rows = json_array();
	int rc;

	if (!rows) {
		fh_error_set(err, _("out of memory"));
		return NULL;
	}
	if (fh_db_prepare(db, &stmt, sql, err)) {
		json_decref(rows);
		return NULL;
	}
	bind_span(stmt, s);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		json_t *row = json_object();

		for (int i = 0; row && i < sqlite3_column_count(stmt); i++)
			json_object_set_new(row, sqlite3_column_name(stmt, i), column_json(stmt, i));
		if (!row || json_array_append_new(rows, row)) {
			rc = SQLITE_NOMEM;
			break;
		}
	}
	sqlite3_finalize(stmt);
	if (rc != SQLITE_DONE) {
		json_decref(rows);
		fh_db_error(db, err, _("cannot gather the agenda"));
		return NULL;
	}
	return rows;
}

/*
 * The reports of one zone are read through the (zone, status, reported_at)
 * index, naming the statuses wanted: left to itself the planner may pick
 * the index on time or category and read every zone's reports.
 */

/* Activities held in [?2, ?3), cancelled ones left out: their date at midnight compared with the bounds. */
#define HELD_IN_SPAN "a.held_on || ' 00:00' >= ?2 AND a.held_on || ' 00:00' < ?3" \
	" AND a.cancelled_at IS NULL"
#define ATTENDANCE "coalesce(a.count, (SELECT count(*) FROM activity_attendance x" \
	" WHERE x.activity_id = a.id))"

static const char sql_open_reports[] =
	"SELECT r.id, r.reported_at, r.category, c.label, g.code AS \"group\", r.place, r.text,"
	" r.status, CAST(julianday(?4) - julianday(r.reported_at) AS INTEGER) AS days_open,"
	" c.deadline_days, julianday(?4) - julianday(r.reported_at) > c.deadline_days + r.extended_days AS overdue"
	" FROM reports r JOIN categories c ON c.code = r.category"
	" LEFT JOIN groups g ON g.id = r.group_id"
	" WHERE r.zone_id = ?1 AND r.status IN ('open', 'assigned') AND r.reported_at < ?3"
	" ORDER BY r.reported_at, r.id";

/* The group problems are fh-group check's (lib/roster/check.c): one list of codes and labels. */
#define sql_group_issues fh_check_agenda_sql

static const char sql_activities[] =
	"SELECT a.id, a.held_on, a.kind, a.topic, g.code AS \"group\", a.led_by,"
	" " ATTENDANCE " AS attendance, a.note"
	" FROM activities a LEFT JOIN groups g ON g.id = a.group_id"
	" WHERE a.zone_id = ?1 AND a.kind IN ('training', 'drill', 'patrol', 'publicity')"
	" AND " HELD_IN_SPAN " ORDER BY a.held_on, a.id";

static const char sql_open_actions[] =
	"SELECT x.id, x.meeting_id AS meeting, mt.quarter, x.text, x.owner, x.due_on,"
	" coalesce(x.due_on < substr(?4, 1, 10), 0) AS overdue"
	" FROM meeting_actions x JOIN meetings mt ON mt.id = x.meeting_id"
	" WHERE mt.kind = 'zone' AND mt.zone_id = ?1 AND mt.quarter < ?5 AND x.done_on IS NULL"
	" AND x.cancelled_at IS NULL"
	" ORDER BY x.id";

/*
 * The zone's reports of a span, one row each: counted in C, because
 * SQLite's GROUP BY sorts every row and this runs over a whole quarter.
 */
static const char sql_span_reports[] =
	"SELECT r.status, r.category FROM reports r"
	" WHERE r.zone_id = ?1 AND r.status IN ('open', 'assigned', 'handled', 'closed', 'dismissed')"
	" AND r.reported_at >= ?2 AND r.reported_at < ?3";

/* The activities of a span and their attendance. */
static const char sql_span_activities[] =
	"SELECT count(*), coalesce(sum(" ATTENDANCE "), 0) FROM activities a"
	" WHERE a.zone_id = ?1 AND " HELD_IN_SPAN;

/* A category and what a span's reports of it came to. */
struct tally {
	char *code, *label, *family;
	long long found, handled, dismissed;
};

/* The station's categories, hazards first, as in the agenda's table. */
struct tallies {
	struct tally *v;
	size_t n;
};

static void tallies_free(struct tallies *t)
{
	for (size_t i = 0; i < t->n; i++) {
		free(t->v[i].code);
		free(t->v[i].label);
		free(t->v[i].family);
	}
	free(t->v);
	t->v = NULL;
	t->n = 0;
}

/* Reads the categories into t, every count zero.  Returns 0 or -1. */
static int tallies_init(struct fh_db *db, struct tallies *t, struct fh_error *err)
{
	sqlite3_stmt *stmt;
	int rc;

	t->v = NULL;
	t->n = 0;
	if (fh_db_prepare(db, &stmt, "SELECT code, label, family FROM categories"
			  " ORDER BY CASE family WHEN 'hazard' THEN 1 WHEN 'incident' THEN 2"
			  "  WHEN 'service' THEN 3 ELSE 4 END, code", err))
		return -1;
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		struct tally *v = realloc(t->v, (t->n + 1) * sizeof(*v));

		if (!v) {
			rc = SQLITE_NOMEM;
			break;
		}
		t->v = v;
		memset(&v[t->n], 0, sizeof(v[t->n]));
		v[t->n].code = strdup((const char *)sqlite3_column_text(stmt, 0));
		v[t->n].label = strdup((const char *)sqlite3_column_text(stmt, 1));
		v[t->n].family = strdup((const char *)sqlite3_column_text(stmt, 2));
		t->n++;
		if (!v[t->n - 1].code || !v[t->n - 1].label || !v[t->n - 1].family) {
			rc = SQLITE_NOMEM;
			break;
		}
	}
	sqlite3_finalize(stmt);
	if (rc == SQLITE_DONE)
		return 0;
	tallies_free(t);
	return rc == SQLITE_NOMEM ? fh_error_set(err, _("out of memory"))
				  : fh_db_error(db, err, _("cannot read the categories"));
}

/* Counts the zone's reports of span s into t. */
static int tallies_count(struct fh_db *db, const struct span *s, struct tallies *t,
			 struct fh_error *err)
{
	sqlite3_stmt *stmt;
	size_t last = 0;
	int rc;

	if (fh_db_prepare(db, &stmt, sql_span_reports, err))
		return -1;
	bind_span(stmt, s);
	while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
		const char *status = (const char *)sqlite3_column_text(stmt, 0);
		const char *code = (const char *)sqlite3_column_text(stmt, 1);
		size_t i;

		/* Rows come in runs of one category often enough to try the last first. */
		if (last < t->n && !strcmp(t->v[last].code, code))
			i = last;
		else
			for (i = 0; i < t->n && strcmp(t->v[i].code, code); i++)
				;
		if (i == t->n)
			continue;  /* the foreign key makes this impossible */
		last = i;
		t->v[i].found++;
		if (fh_codes_status_done(status))
			t->v[i].handled++;
		else if (status[0] == 'd')
			t->v[i].dismissed++;
	}
	sqlite3_finalize(stmt);
	return rc == SQLITE_DONE ? 0 : fh_db_error(db, err, _("cannot count the reports"));
}

/* The reports_by_category section from t: the categories with reports. */
static json_t *by_category(const struct tallies *t)
{
	json_t *rows = json_array();

	for (size_t i = 0; rows && i < t->n; i++) {
		const struct tally *c = &t->v[i];

		if (!c->found)
			continue;
		if (json_array_append_new(rows, json_pack("{s:s, s:s, s:s, s:I, s:I, s:I, s:I}",
							  "category", c->code, "label", c->label,
							  "family", c->family, "found", (json_int_t)c->found,
							  "handled", (json_int_t)c->handled,
							  "dismissed", (json_int_t)c->dismissed,
							  "open", (json_int_t)(c->found - c->handled - c->dismissed)))) {
			json_decref(rows);
			return NULL;
		}
	}
	return rows;
}

#define NFIGURES 6

/* Reads the figures of span s into v: found, handled, open, hazards, activities, attendance. */
static int figures(struct fh_db *db, const struct span *s, struct tallies *t,
		   long long v[NFIGURES], struct fh_error *err)
{
	sqlite3_stmt *stmt;
	int rc;

	memset(v, 0, NFIGURES * sizeof(*v));
	for (size_t i = 0; i < t->n; i++) {
		t->v[i].found = t->v[i].handled = t->v[i].dismissed = 0;
	}
	if (tallies_count(db, s, t, err))
		return -1;
	for (size_t i = 0; i < t->n; i++) {
		v[0] += t->v[i].found;
		v[1] += t->v[i].handled;
		v[2] += t->v[i].found - t->v[i].handled - t->v[i].dismissed;
		if (!strcmp(t->v[i].family, "hazard"))
			v[3] += t->v[i].found;
	}
	if (fh_db_prepare(db, &stmt, sql_span_activities, err))
		return -1;
	bind_span(stmt, s);
	rc = sqlite3_step(stmt);
	if (rc == SQLITE_ROW) {
		v[4] = sqlite3_column_int64(stmt, 0);
		v[5] = sqlite3_column_int64(stmt, 1);
	}
	sqlite3_finalize(stmt);
	return rc == SQLITE_ROW ? 0 : fh_db_error(db, err, _("cannot count the activities"));
}

/* Minutes since 1970 of a "YYYY-MM-DD HH:MM" time. */
static long long to_minutes(const char *s)
{
	struct fh_time t;

	if (fh_time_parse(s, &t, NULL))
		return 0;
	return fh_days_from_civil(t.year, t.month, t.day) * 1440LL + t.hour * 60 + t.minute;
}

/* Writes minutes since 1970 as "YYYY-MM-DD HH:MM" into buf. */
static void from_minutes(long long m, char *buf)
{
	struct fh_time t = { 1970, 1, 1, 0, 0 };
	long long days = m >= 0 ? m / 1440 : -((-m + 1439) / 1440);

	fh_time_add_days(&t, (long)days);
	t.hour = (int)((m - days * 1440) / 60);
	t.minute = (int)((m - days * 1440) % 60);
	fh_time_format(&t, buf);
}

/*
 * The comparison section: each figure now and in the previous span of the
 * same length, whose bounds go into the meeting object.
 */
static json_t *comparison(struct fh_db *db, const struct span *s, json_t *meeting,
			  json_t **by_cat, struct fh_error *err)
{
	static const struct { const char *figure, *label; } names[NFIGURES] = {
		{ "found", N_("发现上报") }, { "handled", N_("已处置") }, { "open", N_("尚未处置") },
		{ "hazards", N_("其中隐患") }, { "activities", N_("开展活动") }, { "attendance", N_("参加人次") },
	};
	struct span prev = *s;
	long long cur[NFIGURES], old[NFIGURES];
	long long a = to_minutes(s->since), b = to_minutes(s->until);
	struct tallies t;
	json_t *rows = NULL;

	from_minutes(a - (b - a), prev.since);
	memcpy(prev.until, s->since, sizeof(prev.until));
	if (tallies_init(db, &t, err))
		return NULL;
	if (figures(db, s, &t, cur, err)) {
		tallies_free(&t);
		return NULL;
	}
	/* The span's counts by category are a section of their own. */
	*by_cat = by_category(&t);
	if (!*by_cat || figures(db, &prev, &t, old, err)) {
		tallies_free(&t);
		if (!*by_cat)
			fh_error_set(err, _("out of memory"));
		return NULL;
	}
	tallies_free(&t);
	json_object_set_new(meeting, "previous_since", json_string(prev.since));
	json_object_set_new(meeting, "previous_until", json_string(prev.until));
	if (!(rows = json_array()))
		goto oom;
	for (int i = 0; i < NFIGURES; i++) {
		json_t *row = json_pack("{s:s, s:s, s:I, s:I, s:I}",
					"figure", names[i].figure, "label", _(names[i].label),
					"current", (json_int_t)cur[i], "previous", (json_int_t)old[i],
					"change", (json_int_t)(cur[i] - old[i]));

		if (!row || json_array_append_new(rows, row))
			goto oom;
	}
	return rows;
oom:
	json_decref(rows);
	fh_error_set(err, _("out of memory"));
	return NULL;
}

/*
 * Sets the zone, quarter and span of s from the meeting row of stmt (see
 * fh_agenda_build's query): since the zone's previous meeting (or the
 * quarter's start), until this one was held (or now, within the quarter).
 */
static int meeting_span(sqlite3_stmt *stmt, struct span *s, struct fh_error *err)
{
	struct fh_range q;

	s->zone = sqlite3_column_int64(stmt, 1);
	snprintf(s->quarter, sizeof(s->quarter), "%s", (const char *)sqlite3_column_text(stmt, 4));
	if (fh_period_parse(s->quarter, &q, err))
		return -1;
	/* Since the zone's previous meeting, or the whole quarter for its first. */
	if (sqlite3_column_type(stmt, 10) != SQLITE_NULL)
		snprintf(s->since, sizeof(s->since), "%s 00:00", (const char *)sqlite3_column_text(stmt, 10));
	else
		memcpy(s->since, q.start, sizeof(s->since));
	/* Until the meeting itself; one not yet held looks at the data up to now. */
	if (sqlite3_column_type(stmt, 6) != SQLITE_NULL)
		snprintf(s->until, sizeof(s->until), "%s 00:00", (const char *)sqlite3_column_text(stmt, 6));
	else if (strcmp(q.end, s->now) <= 0)
		memcpy(s->until, q.end, sizeof(s->until));
	else
		memcpy(s->until, s->now, sizeof(s->until));
	if (strcmp(s->until, s->since) < 0)
		memcpy(s->until, s->since, sizeof(s->until));
	return 0;
}

/* The "meeting" object of the agenda from the meeting row of stmt; NULL when out of memory. */
static json_t *meeting_json(sqlite3_stmt *stmt, sqlite3_int64 id, const struct span *s)
{
	json_t *meeting = json_object();

	if (!meeting)
		return NULL;
	json_object_set_new(meeting, "id", json_integer(id));
	json_object_set_new(meeting, "zone", json_string((const char *)sqlite3_column_text(stmt, 2)));
	json_object_set_new(meeting, "zone_name", json_string((const char *)sqlite3_column_text(stmt, 3)));
	json_object_set_new(meeting, "quarter", json_string(s->quarter));
	json_object_set_new(meeting, "planned_on", column_json(stmt, 5));
	json_object_set_new(meeting, "held_on", column_json(stmt, 6));
	json_object_set_new(meeting, "chair", column_json(stmt, 7));
	json_object_set_new(meeting, "place", column_json(stmt, 8));
	json_object_set_new(meeting, "since", json_string(s->since));
	json_object_set_new(meeting, "until", json_string(s->until));
	json_object_set_new(meeting, "previous_meeting", column_json(stmt, 9));
	return meeting;
}

int fh_agenda_build(struct fh_db *db, sqlite3_int64 id, json_t **data, struct fh_error *err)
{
	static const struct { const char *key, *sql; } sections[] = {
		{ "open_reports", sql_open_reports },
		{ "group_issues", sql_group_issues },
		{ "activities", sql_activities },
		{ "open_actions", sql_open_actions },
		{ "praise", fh_points_agenda_sql },
	};
	sqlite3_stmt *stmt = NULL;
	struct span s = { 0 };
	struct fh_time now;
	json_t *d = NULL, *meeting = NULL, *rows, *by_cat = NULL;
	int rc = -1, step;

	*data = NULL;
	if (fh_now(&now, err))
		return -1;
	fh_time_format(&now, s.now);
	if (fh_db_prepare(db, &stmt,
			  "SELECT mt.kind, mt.zone_id, z.code, z.name, mt.quarter, mt.planned_on,"
			  " mt.held_on, mt.chair, mt.place,"
			  " (SELECT p.id FROM meetings p WHERE p.kind = 'zone' AND p.zone_id = mt.zone_id"
			  "  AND p.quarter < mt.quarter AND p.held_on IS NOT NULL AND p.cancelled_at IS NULL"
			  "  ORDER BY p.quarter DESC LIMIT 1) AS previous,"
			  " (SELECT p.held_on FROM meetings p WHERE p.kind = 'zone' AND p.zone_id = mt.zone_id"
			  "  AND p.quarter < mt.quarter AND p.held_on IS NOT NULL AND p.cancelled_at IS NULL"
			  "  ORDER BY p.quarter DESC LIMIT 1) AS previous_held_on, mt.cancelled_at"
			  " FROM meetings mt LEFT JOIN zones z ON z.id = mt.zone_id WHERE mt.id = ?1", err))
		return -1;
	sqlite3_bind_int64(stmt, 1, id);
	step = sqlite3_step(stmt);
	if (step == SQLITE_DONE) {
		fh_error_set(err, _("no meeting with id %lld"), (long long)id);
		goto done;
	}
	if (step != SQLITE_ROW) {
		fh_db_error(db, err, _("cannot read the meeting"));
		goto done;
	}
	if (sqlite3_column_type(stmt, 1) == SQLITE_NULL) {
		fh_error_set(err, _("meeting %lld is a joint meeting: agendas are for zone meetings"),
			     (long long)id);
		goto done;
	}
	if (sqlite3_column_type(stmt, 11) != SQLITE_NULL) {
		fh_error_set(err, _("meeting %lld was cancelled"), (long long)id);
		goto done;
	}
	if (meeting_span(stmt, &s, err))
		goto done;
	if (!(meeting = meeting_json(stmt, id, &s))) {
		fh_error_set(err, _("out of memory"));
		goto done;
	}
	sqlite3_finalize(stmt);
	stmt = NULL;
	if (!(d = json_object()) || json_object_set_new(d, "meeting", meeting)) {
		fh_error_set(err, _("out of memory"));
		goto done;
	}
	meeting = NULL;
	if (fh_check_register(db, err))
		goto done;
	for (size_t i = 0; i < sizeof(sections) / sizeof(sections[0]); i++) {
		if (!(rows = query_rows(db, sections[i].sql, &s, err)))
			goto done;
		json_object_set_new(d, sections[i].key, rows);
	}
	if (!(rows = comparison(db, &s, json_object_get(d, "meeting"), &by_cat, err)))
		goto done;
	/* The sections in their usual order, whatever order they were made in. */
	json_object_set_new(d, "comparison", rows);
	json_object_set_new(d, "reports_by_category", by_cat);
	by_cat = NULL;
	*data = d;
	d = NULL;
	rc = 0;
done:
	sqlite3_finalize(stmt);
	json_decref(meeting);
	json_decref(by_cat);
	json_decref(d);
	return rc;
}

/* How a cell of an agenda table is written. */
enum cell_kind { C_TEXT, C_NUM, C_OVERDUE, C_DAYS, C_KIND, C_TOPIC, C_CHANGE, C_STATUS, C_PROBLEM };

struct column {
	const char *head, *field;
	enum cell_kind kind;
};

/* The tables of the data sections. */
static const struct table {
	const char *key;
	struct column cols[10];
} tables[] = {
	{ "reports_by_category", {
		{ N_("类别"), "label", C_TEXT }, { N_("发现"), "found", C_NUM },
		{ N_("已处置"), "handled", C_NUM }, { N_("不予处理"), "dismissed", C_NUM },
		{ N_("尚未处置"), "open", C_NUM }, { NULL, NULL, 0 } } },
	{ "open_reports", {
		{ N_("编号"), "id", C_NUM }, { N_("上报时间"), "reported_at", C_TEXT },
		{ N_("类别"), "label", C_TEXT }, { N_("小组"), "group", C_TEXT },
		{ N_("地点"), "place", C_TEXT }, { N_("内容"), "text", C_TEXT },
		{ N_("状态"), "status", C_STATUS }, { N_("已过天数"), "days_open", C_DAYS },
		{ N_("逾期"), "overdue", C_OVERDUE }, { NULL, NULL, 0 } } },
	{ "group_issues", {
		{ N_("小组"), "group", C_TEXT }, { N_("名称"), "name", C_TEXT },
		{ N_("问题"), "issue", C_PROBLEM }, { N_("组长"), "leader", C_TEXT }, { NULL, NULL, 0 } } },
	{ "activities", {
		{ N_("日期"), "held_on", C_TEXT }, { N_("类型"), "kind", C_KIND },
		{ N_("主题"), "topic", C_TOPIC }, { N_("小组"), "group", C_TEXT },
		{ N_("负责人"), "led_by", C_TEXT }, { N_("参加人数"), "attendance", C_NUM },
		{ NULL, NULL, 0 } } },
	{ "open_actions", {
		{ N_("编号"), "id", C_NUM }, { N_("会议"), "quarter", C_TEXT },
		{ N_("事项"), "text", C_TEXT }, { N_("负责人"), "owner", C_TEXT },
		{ N_("期限"), "due_on", C_TEXT }, { N_("逾期"), "overdue", C_OVERDUE },
		{ NULL, NULL, 0 } } },
	{ "praise", {
		{ N_("成员"), "member", C_TEXT }, { N_("名称"), "name", C_TEXT },
		{ N_("小组"), "group", C_TEXT }, { N_("积分"), "points", C_NUM }, { NULL, NULL, 0 } } },
	{ "comparison", {
		{ N_("指标"), "label", C_TEXT }, { N_("本期"), "current", C_NUM },
		{ N_("上期"), "previous", C_NUM }, { N_("增减"), "change", C_CHANGE },
		{ NULL, NULL, 0 } } },
};

/* Chinese words for stored codes; a code not listed is written as it is. */
static const char *const words[][2] = {
	{ "training", N_("培训") }, { "drill", N_("演练") }, { "patrol", N_("巡逻") },
	{ "publicity", N_("宣传") }, { "inspection", N_("检查") }, { "visit", N_("走访") },
	{ "meeting", N_("会议") },
	{ "law", N_("法律知识") }, { "mediation", N_("矛盾调解") }, { "emergency", N_("应急处置") },
	{ "fire", N_("消防安全") }, { "disaster", N_("防灾避险") }, { "anti-fraud", N_("反诈骗") },
	{ "traffic", N_("交通安全") }, { "national-security", N_("国家安全") },
};

/*
 * A catalogue label in Chinese, as the rest of the agenda is in every
 * locale; the reader's language only when zh_CN.UTF-8 is not installed.
 */
static const char *chinese(const char *msgid)
{
	const char *zh = fh_i18n_chinese(msgid);

	return zh ? zh : gettext(msgid);
}

static const char *word_for(const char *code)
{
	/*
	 * A report's status and a group's problem have one label each,
	 * fh/codes.h's and fh-group check's, as in the tables under zh_CN.
	 */
	if (fh_codes_has(FH_CODES_STATUS, code))
		return chinese(code);
	for (const struct fh_check_problem *p = fh_check_problems; p->code; p++)
		if (!strcmp(p->code, code))
			return chinese(p->label);
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (!strcmp(words[i][0], code))
			return _(words[i][1]);
	return code;
}

/* The text of a cell, in a new string (NULL when out of memory). */
static char *cell_text(json_t *row, const struct column *col)
{
	json_t *v = json_object_get(row, col->field);
	char buf[64];

	if (col->kind == C_OVERDUE)
		return strdup(json_is_true(v) ? _("逾期") : "");
	if (json_is_integer(v)) {
		long long n = (long long)json_integer_value(v);

		if (col->kind == C_DAYS)
			snprintf(buf, sizeof(buf), _("%lld 天"), n);
		else if (col->kind == C_CHANGE && n > 0)
			snprintf(buf, sizeof(buf), "+%lld", n);
		else
			snprintf(buf, sizeof(buf), "%lld", n);
		return strdup(buf);
	}
	if (!json_is_string(v))
		return strdup("");
	if (col->kind == C_KIND || col->kind == C_TOPIC || col->kind == C_STATUS || col->kind == C_PROBLEM)
		return strdup(word_for(json_string_value(v)));
	return strdup(json_string_value(v));
}

/* A text of the meeting object, or "" when missing. */
static const char *meeting_text(json_t *meeting, const char *key)
{
	const char *s = json_string_value(json_object_get(meeting, key));

	return s ? s : "";
}

/* The meeting's date: held, else planned, else 待定. */
static const char *meeting_date(json_t *meeting)
{
	const char *s = meeting_text(meeting, "held_on");

	if (!*s)
		s = meeting_text(meeting, "planned_on");
	return *s ? s : _("待定");
}

/* Writes s with its {placeholders} filled in from the meeting. */
static void put_expanded(FILE *fp, const char *s, json_t *meeting)
{
	while (*s) {
		const char *close = *s == '{' ? strchr(s, '}') : NULL;
		int done = 0;

		for (const char *const *k = placeholders; close && *k && !done; k++) {
			size_t n = strlen(*k);

			if ((size_t)(close - s - 1) == n && !strncmp(s + 1, *k, n)) {
				fputs(!strcmp(*k, "date") ? meeting_date(meeting) : meeting_text(meeting, *k), fp);
				s = close + 1;
				done = 1;
			}
		}
		if (!done)
			fputc(*s++, fp);
	}
}

/* Expands s into a new string, or NULL when out of memory. */
static char *expand(const char *s, json_t *meeting)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);

	if (!fp)
		return NULL;
	put_expanded(fp, s, meeting);
	if (fclose(fp)) {
		free(buf);
		return NULL;
	}
	return buf;
}

static int right_aligned(enum cell_kind k)
{
	return k == C_NUM || k == C_DAYS || k == C_CHANGE;
}

/* Fills cells[0..ncols) with the total of each column of rows.  Returns 0 or -1. */
static int total_row(const struct table *t, json_t *rows, char **cells, size_t ncols)
{
	size_t nrows = json_array_size(rows);

	for (size_t c = 0; c < ncols; c++) {
		long long sum = 0;
		char buf[32];

		for (size_t r = 0; r < nrows; r++)
			sum += (long long)json_integer_value(json_object_get(json_array_get(rows, r),
									      t->cols[c].field));
		snprintf(buf, sizeof(buf), "%lld", sum);
		if (!(cells[c] = strdup(c ? buf : _("合计"))))
			return -1;
	}
	return 0;
}

/*
 * Writes rows as a table through the one writer (fh/out.h): Markdown, or
 * text aligned by display width.  Line breaks in a cell read as blanks.
 */
static int put_table(FILE *fp, enum fh_agenda_format fmt, const struct table *t, json_t *rows,
		     struct fh_error *err)
{
	struct fh_out *out = fh_out_new(fp, fmt == FH_AGENDA_MD ? FH_FORMAT_MARKDOWN :
					 FH_FORMAT_TABLE, 0);
	size_t ncols = 0, nrows = json_array_size(rows);
	char *cells[10] = { NULL };
	int rc = -1;

	if (!out)
		return fh_error_set(err, _("out of memory"));
	for (; t->cols[ncols].head; ncols++)
		fh_out_column(out, t->cols[ncols].head,
			      right_aligned(t->cols[ncols].kind) ? FH_COL_RIGHT : 0);
	/* The reports by category end with their total. */
	for (size_t r = 0; r <= nrows; r++) {
		if (r == nrows && strcmp(t->key, "reports_by_category"))
			break;
		for (size_t c = 0; c < ncols; c++) {
			free(cells[c]);
			cells[c] = r < nrows ? cell_text(json_array_get(rows, r), &t->cols[c]) : NULL;
		}
		if (r == nrows && total_row(t, rows, cells, ncols))
			goto done;
		for (size_t c = 0; c < ncols; c++) {
			if (!cells[c])
				goto done;
			for (char *p = cells[c]; *p; p++)
				if (*p == '\n' || *p == '\r')
					*p = ' ';
			fh_out_text(out, cells[c]);
		}
		fh_out_end_row(out);
	}
	rc = fh_out_finish(out);
done:
	for (size_t c = 0; c < ncols; c++)
		free(cells[c]);
	fh_out_free(out);
	return rc ? fh_error_set(err, _("out of memory")) : 0;
}

/* Writes a heading: Markdown's ##, or the title underlined for plain text. */
static void put_heading(FILE *fp, enum fh_agenda_format fmt, const char *title, int level)
{
	if (fmt == FH_AGENDA_MD) {
		fprintf(fp, "%s %s\n\n", level == 1 ? "#" : "##", title);
		return;
	}
	fprintf(fp, "%s\n", title);
	for (size_t i = fh_display_width(title); i > 0; i--)
		fputc(level == 1 ? '=' : '-', fp);
	fputs("\n\n", fp);
}

/* Writes the meeting's particulars as a list. */
static void put_meeting(FILE *fp, enum fh_agenda_format fmt, json_t *m)
{
	const char *bullet = fmt == FH_AGENDA_MD ? "- " : "";

	fprintf(fp, _("%s区块：%s（%s）\n"), bullet, meeting_text(m, "zone_name"), meeting_text(m, "zone"));
	fprintf(fp, _("%s季度：%s\n"), bullet, meeting_text(m, "quarter"));
	fprintf(fp, _("%s时间：%s\n"), bullet, meeting_date(m));
	if (*meeting_text(m, "place"))
		fprintf(fp, _("%s地点：%s\n"), bullet, meeting_text(m, "place"));
	if (*meeting_text(m, "chair"))
		fprintf(fp, _("%s主持：%s\n"), bullet, meeting_text(m, "chair"));
	fprintf(fp, _("%s统计时段：%s 至 %s\n\n"), bullet, meeting_text(m, "since"), meeting_text(m, "until"));
}

/* Writes the agenda as one JSON object: the meeting, then the template's sections. */
static int put_json(FILE *fp, const struct fh_agenda_template *tpl, json_t *data, json_t *m,
		    struct fh_error *err)
{
	json_t *obj = json_object(), *texts = json_array();
	char *s = NULL;
	int rc = -1;

	if (!obj || !texts || !(s = expand(tpl->title, m)))
		goto done;
	json_object_set_new(obj, "title", json_string(s));
	free(s);
	s = NULL;
	json_object_set(obj, "meeting", m);
	for (size_t i = 0; i < tpl->nsections; i++) {
		const struct fh_agenda_section *sec = &tpl->sections[i];

		if (!strcmp(sec->key, "text")) {
			char *title = sec->title ? expand(sec->title, m) : NULL;

			s = expand(sec->text, m);
			json_array_append_new(texts, json_pack("{s:s?, s:s?}", "title", title, "text", s));
			free(title);
			free(s);
			s = NULL;
		} else if (!strcmp(sec->key, "opening")) {
			const char *text = sec->text ? sec->text : tpl->opening ? tpl->opening : "";

			if (!(s = expand(text, m)))
				goto done;
			json_object_set_new(obj, "opening", json_string(s));
			free(s);
			s = NULL;
		} else if (strcmp(sec->key, "meeting")) {
			json_object_set(obj, sec->key, json_object_get(data, sec->key));
		}
	}
	if (json_array_size(texts))
		json_object_set(obj, "texts", texts);
	if (fh_out_json(fp, obj, 2) || fputc('\n', fp) == EOF) {
		rc = fh_error_set(err, _("cannot write the agenda: %s"), strerror(errno));
		goto done;
	}
	rc = 0;
done:
	if (rc && !err->msg[0])
		fh_error_set(err, _("out of memory"));
	free(s);
	json_decref(obj);
	json_decref(texts);
	return rc;
}

int fh_agenda_write(FILE *fp, const struct fh_agenda_template *tpl, json_t *data,
		    enum fh_agenda_format fmt, struct fh_error *err)
{
	json_t *m = json_deep_copy(json_object_get(data, "meeting"));
	char *title = NULL;
	int rc = -1;

	err->msg[0] = '\0';
	if (!m) {
		fh_error_set(err, _("out of memory"));
		return -1;
	}
	/* The meeting's own place and chair, else the template's fixed ones. */
	if (json_is_null(json_object_get(m, "place")) && tpl->place)
		json_object_set_new(m, "place", json_string(tpl->place));
	if (json_is_null(json_object_get(m, "chair")) && tpl->chair)
		json_object_set_new(m, "chair", json_string(tpl->chair));
	if (fmt == FH_AGENDA_JSON) {
		rc = put_json(fp, tpl, data, m, err);
		json_decref(m);
		return rc;
	}
	if (!(title = expand(tpl->title, m))) {
		fh_error_set(err, _("out of memory"));
		goto done;
	}
	put_heading(fp, fmt, title, 1);
	for (size_t i = 0; i < tpl->nsections; i++) {
		const struct fh_agenda_section *sec = &tpl->sections[i];
		const char *text = sec->text;
		json_t *rows = json_object_get(data, sec->key);

		if (sec->title) {
			char *t = expand(sec->title, m);

			if (!t) {
				fh_error_set(err, _("out of memory"));
				goto done;
			}
			put_heading(fp, fmt, t, 2);
			free(t);
		}
		if (!strcmp(sec->key, "opening") && !text)
			text = tpl->opening;
		if (text) {
			put_expanded(fp, text, m);
			fputs("\n\n", fp);
		}
		if (!strcmp(sec->key, "meeting")) {
			put_meeting(fp, fmt, m);
			continue;
		}
		for (size_t t = 0; t < sizeof(tables) / sizeof(tables[0]); t++) {
			if (strcmp(tables[t].key, sec->key))
				continue;
			if (!json_array_size(rows)) {
				put_expanded(fp, sec->empty ? sec->empty : _("无。"), m);
				fputs("\n\n", fp);
			} else {
				if (put_table(fp, fmt, &tables[t], rows, err))
					goto done;
				fputc('\n', fp);
			}
		}
	}
	if (fflush(fp) || ferror(fp)) {
		fh_error_set(err, _("cannot write the agenda: %s"), strerror(errno));
		goto done;
	}
	rc = 0;
done:
	free(title);
	json_decref(m);
	return rc;
}
