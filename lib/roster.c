/*
 * Importing a roster into the database, and writing it back out.
 *
 * The import reads on a second thread (lib/roster_read.c) and hands over
 * records in batches through a short queue, so that parsing one batch
 * overlaps inserting the previous one.  The main thread upserts each
 * record with statements prepared once, finds zones and groups by code in
 * a hash map (loaded from the database, grown as the file defines more),
 * and keeps for the end only what refers forward in the file: a
 * reference not yet known, and the leaders of groups, which are checked
 * once every member is in.
 */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "fh/config.h"
#include "fh/period.h"
#include "fh/phone.h"
#include "fh/roster.h"
#include "fh/i18n.h"

/* ---- code -> id ---- */

struct centry {
	char *code;
	sqlite3_int64 id;
	int in_file;         /* defined by the file being imported */
};

struct codemap {
	struct centry *e;
	size_t cap, n;
};

/* FNV-1a: codes are short, and this spreads G0001, G0002 ... well. */
static uint64_t hash_code(const char *s)
{
	uint64_t h = 1469598103934665603ull;

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ull;
	return h;
}

/* The entry of code (borrowed), or NULL. */
static struct centry *cm_find(const struct codemap *m, const char *code)
{
	if (!m->cap)
		return NULL;
	for (size_t i = hash_code(code) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
		if (!m->e[i].code)
			return NULL;
		if (!strcmp(m->e[i].code, code))
			return &m->e[i];
	}
}

/* Adds code (copied) or finds it; returns the entry or NULL when out of memory. */
static struct centry *cm_put(struct codemap *m, const char *code)
{
	struct centry *e;
	size_t i;

	if ((m->n + 1) * 2 > m->cap) {
		size_t cap = m->cap ? m->cap * 2 : 64;
		struct centry *ne = calloc(cap, sizeof(*ne));

		if (!ne)
			return NULL;
		for (size_t j = 0; j < m->cap; j++) {
			if (!m->e[j].code)
				continue;
			for (i = hash_code(m->e[j].code) & (cap - 1); ne[i].code; i = (i + 1) & (cap - 1))
				;
			ne[i] = m->e[j];
		}
		free(m->e);
		m->e = ne;
		m->cap = cap;
	}
	for (i = hash_code(code) & (m->cap - 1); m->e[i].code; i = (i + 1) & (m->cap - 1))
		if (!strcmp(m->e[i].code, code))
			return &m->e[i];
	e = &m->e[i];
	if (!(e->code = strdup(code)))
		return NULL;
	m->n++;
	return e;
}

/* Frees the map's entries and codes. */
static void cm_free(struct codemap *m)
{
	for (size_t i = 0; i < m->cap; i++)
		free(m->e[i].code);
	free(m->e);
}

/* ---- the queue between the reading thread and the writer ---- */

#define BATCH_RECORDS 512
#define BATCH_BYTES (128 * 1024)
#define QUEUE_FULL 4

struct batch {
	struct fh_roster_record rec[BATCH_RECORDS];
	size_t n;
	char *arena;
	size_t used, cap;
	struct batch *next;
};

struct queue {
	pthread_mutex_t mu;
	pthread_cond_t cv;
	struct batch *head, *tail;  /* full batches, in file order */
	int nfull;
	struct batch *spare;        /* emptied batches, to reuse */
	struct batch *cur;          /* the batch the reader is filling */
	int done, failed, cancel;
	struct fh_error err;        /* the reader's error, when failed */
	FILE *fp;
	const char *name;
	enum fh_roster_format fmt;
};

/* Frees a list of batches. */
static void batch_free(struct batch *b)
{
	while (b) {
		struct batch *next = b->next;

		free(b->arena);
		free(b);
		b = next;
	}
}

/* Hands the reader's full batch to the writer, waiting while the queue is full. */
static int queue_push(struct queue *q)
{
	int cancel;

	pthread_mutex_lock(&q->mu);
	while (q->nfull >= QUEUE_FULL && !q->cancel)
		pthread_cond_wait(&q->cv, &q->mu);
	cancel = q->cancel;
	if (!cancel && q->cur && q->cur->n) {
		q->cur->next = NULL;
		if (q->tail)
			q->tail->next = q->cur;
		else
			q->head = q->cur;
		q->tail = q->cur;
		q->nfull++;
		q->cur = NULL;
		pthread_cond_broadcast(&q->cv);
	}
	if (!q->cur && q->spare) {
		q->cur = q->spare;
		q->spare = q->spare->next;
		q->cur->next = NULL;
		q->cur->n = 0;
		q->cur->used = 0;
	}
	pthread_mutex_unlock(&q->mu);
	return cancel ? -1 : 0;
}

/* The reader's callback: copies the record and its strings into the batch. */
static int queue_record(void *ctx, const struct fh_roster_record *rec, struct fh_error *err)
{
	struct queue *q = ctx;
	struct fh_roster_record *r, checked;
	size_t need = 0;

	/*
	 * Parsing YAML costs more than writing, parsing CSV less: the values
	 * are checked on whichever thread has the time.
	 */
	if (rec->format == FH_ROSTER_CSV) {
		checked = *rec;
		if (fh_roster_check(q->name, &checked, err))
			return -1;
		rec = &checked;
	}

	for (int i = 0; i < FH_RF_COUNT; i++)
		if (rec->f[i].value)
			need += strlen(rec->f[i].value) + 1;
	if (q->cur && (q->cur->n == BATCH_RECORDS || q->cur->used + need > q->cur->cap) &&
	    queue_push(q))
		return fh_error_set(err, _("cancelled"));
	if (!q->cur && !(q->cur = calloc(1, sizeof(*q->cur))))
		return fh_error_set(err, _("out of memory"));
	if (q->cur->used + need > q->cur->cap) {
		size_t cap = need > BATCH_BYTES ? need : BATCH_BYTES;
		char *p = realloc(q->cur->arena, cap);

		if (!p)
			return fh_error_set(err, _("out of memory"));
		q->cur->arena = p;
		q->cur->cap = cap;
	}
	r = &q->cur->rec[q->cur->n++];
	*r = *rec;
	for (int i = 0; i < FH_RF_COUNT; i++) {
		if (!r->f[i].value)
			continue;
		size_t len = strlen(r->f[i].value) + 1;

		memcpy(q->cur->arena + q->cur->used, r->f[i].value, len);
		r->f[i].off = q->cur->used;
		r->f[i].value = NULL;  /* set again from off when taken */
		r->f[i].given |= 2;    /* 2: has a value at off */
		q->cur->used += len;
	}
	return 0;
}

/* The reading thread: reads the whole file into the queue, then says it is done. */
static void *reader_main(void *arg)
{
	struct queue *q = arg;
	struct fh_error err = { 0 };
	int rc = fh_roster_read_unchecked(q->fp, q->name, q->fmt, queue_record, q, &err);

	if (!rc)
		queue_push(q);
	pthread_mutex_lock(&q->mu);
	q->done = 1;
	if (rc) {
		q->failed = 1;
		q->err = err;
	}
	pthread_cond_broadcast(&q->cv);
	pthread_mutex_unlock(&q->mu);
	return NULL;
}

/*
 * Takes the next full batch, its strings pointed to again, or NULL at the
 * end (with *failed set when the reader failed).
 */
static struct batch *queue_take(struct queue *q, int *failed)
{
	struct batch *b;

	pthread_mutex_lock(&q->mu);
	while (!q->head && !q->done)
		pthread_cond_wait(&q->cv, &q->mu);
	b = q->head;
	if (b) {
		q->head = b->next;
		if (!q->head)
			q->tail = NULL;
		q->nfull--;
		pthread_cond_broadcast(&q->cv);
	}
	*failed = !b && q->failed;
	pthread_mutex_unlock(&q->mu);
	for (size_t i = 0; b && i < b->n; i++)
		for (int j = 0; j < FH_RF_COUNT; j++)
			if (b->rec[i].f[j].given & 2) {
				b->rec[i].f[j].given = 1;
				b->rec[i].f[j].value = b->arena + b->rec[i].f[j].off;
			}
	return b;
}

/* Returns a batch the writer has finished with, for the reader to fill again. */
static void queue_give_back(struct queue *q, struct batch *b)
{
	pthread_mutex_lock(&q->mu);
	b->next = q->spare;
	q->spare = b;
	pthread_mutex_unlock(&q->mu);
}

/* ---- the import ---- */

/* A reference to be resolved at the end: a zone or group not known yet. */
struct pending {
	int table;           /* 0 groups.zone_id, 1 members.zone_id, 2 members.group_id,
				3 teams.zone_id */
	sqlite3_int64 row;
	char *code;
	unsigned long line, col;
};

/* The teams a member belongs to, set once every team is known. */
struct pending_teams {
	sqlite3_int64 member;
	char *codes;         /* separated by spaces */
	unsigned long line, col;
};

/* A group's leader, set once all members are in. */
struct pending_leader {
	char *group, *member;
	char *letter, *since;   /* NULL when not given */
	int letter_given;
	unsigned long line, col;
};

enum {
	S_ZONE, S_GROUP, S_MEMBER, S_MEMBER_ID, S_ZONE_FIX, S_MEMBER_ZONE_FIX, S_MEMBER_GROUP_FIX,
	S_TEAM_ZONE_FIX, S_TEAM, S_COUNT
};

struct importer {
	struct fh_db *db;
	const char *name;
	struct fh_roster_stats *stats;
	struct codemap zones, groups, teams;
	sqlite3_stmt *st[S_COUNT];
	sqlite3_int64 max_member;       /* members with a larger id are new */
	unsigned char *seen;            /* members touched by this file, by id */
	size_t seen_bits;
	struct pending *pend;
	size_t npend, cappend;
	struct pending_leader *lead;
	size_t nlead, caplead;
	struct pending_teams *mteams;
	size_t nmteams, capmteams;
	char today[FH_DATE_LEN];
};

static const char *const stmt_sql[S_COUNT] = {
	[S_ZONE] = "INSERT INTO zones(code, name) VALUES (?1, ?2)"
		   " ON CONFLICT(code) DO UPDATE SET name = excluded.name RETURNING id",
	[S_GROUP] = "INSERT INTO groups(code, zone_id, name, formed_on, dissolved_on, note)"
		    " VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(code) DO UPDATE SET"
		    " zone_id = excluded.zone_id,"
		    " name = iif(?7 & 1, excluded.name, name),"
		    " formed_on = iif(?7 & 2, excluded.formed_on, formed_on),"
		    " dissolved_on = iif(?7 & 4, excluded.dissolved_on, dissolved_on),"
		    " note = iif(?7 & 8, excluded.note, note) RETURNING id",
	/* Keys a file leaves out keep their values; ?14 says which were given. */
	[S_MEMBER] = "INSERT INTO members(code, kind, name, contact, phone, address, zone_id,"
		     " group_id, lat, lon, joined_on, left_on, note)"
		     " VALUES (?1, coalesce(?2, 'shop'), ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"
		     " ON CONFLICT(code) DO UPDATE SET"
		     " kind = iif(?14 & 1, excluded.kind, kind), name = excluded.name,"
		     " contact = iif(?14 & 2, excluded.contact, contact),"
		     " phone = iif(?14 & 4, excluded.phone, phone),"
		     " address = iif(?14 & 8, excluded.address, address),"
		     " zone_id = excluded.zone_id,"
		     " group_id = iif(?14 & 16, excluded.group_id, group_id),"
		     " lat = iif(?14 & 32, excluded.lat, lat), lon = iif(?14 & 64, excluded.lon, lon),"
		     " joined_on = iif(?14 & 128, excluded.joined_on, joined_on),"
		     " left_on = iif(?14 & 256, excluded.left_on, left_on),"
		     " note = iif(?14 & 512, excluded.note, note)",
	[S_MEMBER_ID] = "SELECT id FROM members WHERE code = ?1",
	[S_ZONE_FIX] = "UPDATE groups SET zone_id = ?2 WHERE id = ?1",
	[S_MEMBER_ZONE_FIX] = "UPDATE members SET zone_id = ?2 WHERE id = ?1",
	[S_MEMBER_GROUP_FIX] = "UPDATE members SET group_id = ?2 WHERE id = ?1",
	[S_TEAM_ZONE_FIX] = "UPDATE teams SET zone_id = ?2 WHERE id = ?1",
	[S_TEAM] = "INSERT INTO teams(code, name, kind, zone_id) VALUES (?1, ?2, coalesce(?3, 'other'), ?4)"
		   " ON CONFLICT(code) DO UPDATE SET name = excluded.name,"
		   " kind = iif(?5 & 1, excluded.kind, kind), zone_id = iif(?5 & 2, excluded.zone_id, zone_id)"
		   " RETURNING id",
};

/* Binds a field's text, or NULL when it has none. */
static void bind_field(sqlite3_stmt *st, int i, const struct fh_roster_field *f)
{
	if (f->value)
		sqlite3_bind_text(st, i, f->value, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, i);
}

/* Steps an upsert ... RETURNING id; returns 0 with *id, or -1. */
static int step_id(struct importer *im, sqlite3_stmt *st, sqlite3_int64 *id,
		   const struct fh_roster_record *rec, struct fh_error *err)
{
	int rc = sqlite3_step(st);

	if (rc == SQLITE_ROW) {
		*id = sqlite3_column_int64(st, 0);
		rc = sqlite3_step(st);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		struct fh_error dberr = { 0 };

		fh_db_error(im->db, &dberr, _("cannot write"));
		return fh_error_at(err, im->name, rec->line, rec->col, "%s", dberr.msg);
	}
	return 0;
}

/* Keeps a reference to a code not known yet, to fill in at the end. */
static int add_pending(struct importer *im, int table, sqlite3_int64 row,
		       const struct fh_roster_field *f, struct fh_error *err)
{
	if (im->npend == im->cappend) {
		size_t cap = im->cappend ? im->cappend * 2 : 64;
		struct pending *p = realloc(im->pend, cap * sizeof(*p));

		if (!p)
			return fh_error_set(err, _("out of memory"));
		im->pend = p;
		im->cappend = cap;
	}
	if (!(im->pend[im->npend].code = strdup(f->value)))
		return fh_error_set(err, _("out of memory"));
	im->pend[im->npend].table = table;
	im->pend[im->npend].row = row;
	im->pend[im->npend].line = f->line;
	im->pend[im->npend].col = f->col;
	im->npend++;
	return 0;
}

/* Copies s (NULL stays NULL); sets *oom when memory runs out. */
static char *dup_or_null(const char *s, int *oom)
{
	char *d;

	if (!s)
		return NULL;
	if (!(d = strdup(s)))
		*oom = 1;
	return d;
}

/* Upserts a zone and maps its code. */
static int import_zone(struct importer *im, const struct fh_roster_record *rec,
		       struct fh_error *err)
{
	sqlite3_stmt *st = im->st[S_ZONE];
	const struct fh_roster_field *code = &rec->f[FH_RF_CODE];
	struct centry *e = cm_find(&im->zones, code->value);
	sqlite3_int64 id;

	if (e && e->in_file)
		return fh_error_at(err, im->name, code->line, code->col, _("duplicate zone code '%s'"), code->value);
	if (e)
		im->stats->zones_updated++;
	else
		im->stats->zones_added++;
	bind_field(st, 1, code);
	bind_field(st, 2, &rec->f[FH_RF_NAME]);
	if (step_id(im, st, &id, rec, err))
		return -1;
	if (!(e = cm_put(&im->zones, code->value)))
		return fh_error_set(err, _("out of memory"));
	e->id = id;
	e->in_file = 1;
	return 0;
}

/* Upserts a group, keeping its leader for the end. */
static int import_group(struct importer *im, const struct fh_roster_record *rec,
			struct fh_error *err)
{
	sqlite3_stmt *st = im->st[S_GROUP];
	const struct fh_roster_field *code = &rec->f[FH_RF_CODE], *zone = &rec->f[FH_RF_ZONE];
	struct centry *e = cm_find(&im->groups, code->value), *z;
	sqlite3_int64 id;
	int mask = 0, oom = 0;

	if (e && e->in_file)
		return fh_error_at(err, im->name, code->line, code->col, _("duplicate group code '%s'"), code->value);
	if (e)
		im->stats->groups_updated++;
	else
		im->stats->groups_added++;
	z = cm_find(&im->zones, zone->value);
	bind_field(st, 1, code);
	/* A zone defined further on is filled in at the end; 0 holds its place. */
	sqlite3_bind_int64(st, 2, z ? z->id : 0);
	bind_field(st, 3, &rec->f[FH_RF_NAME]);
	bind_field(st, 4, &rec->f[FH_RF_FORMED]);
	bind_field(st, 5, &rec->f[FH_RF_DISSOLVED]);
	bind_field(st, 6, &rec->f[FH_RF_NOTE]);
	mask |= rec->f[FH_RF_NAME].given ? 1 : 0;
	mask |= rec->f[FH_RF_FORMED].given ? 2 : 0;
	mask |= rec->f[FH_RF_DISSOLVED].given ? 4 : 0;
	mask |= rec->f[FH_RF_NOTE].given ? 8 : 0;
	sqlite3_bind_int(st, 7, mask);
	if (step_id(im, st, &id, rec, err))
		return -1;
	if (!z && add_pending(im, 0, id, zone, err))
		return -1;
	if (!(e = cm_put(&im->groups, code->value)))
		return fh_error_set(err, _("out of memory"));
	e->id = id;
	e->in_file = 1;
	if (rec->f[FH_RF_LEADER].value) {
		struct pending_leader *l;

		if (im->nlead == im->caplead) {
			size_t cap = im->caplead ? im->caplead * 2 : 16;

			if (!(l = realloc(im->lead, cap * sizeof(*l))))
				return fh_error_set(err, _("out of memory"));
			im->lead = l;
			im->caplead = cap;
		}
		l = &im->lead[im->nlead++];
		memset(l, 0, sizeof(*l));
		l->group = dup_or_null(code->value, &oom);
		l->member = dup_or_null(rec->f[FH_RF_LEADER].value, &oom);
		l->letter = dup_or_null(rec->f[FH_RF_LETTER_SIGNED].value, &oom);
		l->letter_given = rec->f[FH_RF_LETTER_SIGNED].given;
		l->since = dup_or_null(rec->f[FH_RF_LEADER_SINCE].value, &oom);
		l->line = rec->f[FH_RF_LEADER].line;
		l->col = rec->f[FH_RF_LEADER].col;
		if (oom)
			return fh_error_set(err, _("out of memory"));
	}
	return 0;
}

/* Marks member id as written by this file; 1 if it already was, -1 out of memory. */
static int mark_seen(struct importer *im, sqlite3_int64 id)
{
	size_t bit = (size_t)id;

	if (bit >= im->seen_bits) {
		size_t bits = ((bit + 1) * 2 + 1023) & ~(size_t)1023;
		unsigned char *p = realloc(im->seen, bits / 8);

		if (!p)
			return -1;
		memset(p + im->seen_bits / 8, 0, (bits - im->seen_bits) / 8);
		im->seen = p;
		im->seen_bits = bits;
	}
	if (im->seen[bit / 8] & (1u << (bit % 8)))
		return 1;
	im->seen[bit / 8] |= (unsigned char)(1u << (bit % 8));
	return 0;
}

/* Keeps a member's list of teams for the end, when every team is known. */
static int add_member_teams(struct importer *im, sqlite3_int64 member,
			    const struct fh_roster_field *f, struct fh_error *err)
{
	struct pending_teams *p;

	if (im->nmteams == im->capmteams) {
		size_t cap = im->capmteams ? im->capmteams * 2 : 64;

		if (!(p = realloc(im->mteams, cap * sizeof(*p))))
			return fh_error_set(err, _("out of memory"));
		im->mteams = p;
		im->capmteams = cap;
	}
	p = &im->mteams[im->nmteams];
	if (!(p->codes = strdup(f->value ? f->value : "")))
		return fh_error_set(err, _("out of memory"));
	p->member = member;
	p->line = f->line;
	p->col = f->col;
	im->nmteams++;
	return 0;
}

/* Binds a member's text field, or the stored text when the file gives its mask. */
static void bind_member_text(struct importer *im, sqlite3_stmt *st, int i,
			     const struct fh_roster_record *rec, int field)
{
	char *stored = fh_member_unmasked(im->db, rec->f[FH_RF_CODE].value, fh_roster_key(field),
					  rec->f[field].value);

	if (stored)
		sqlite3_bind_text(st, i, stored, -1, sqlite3_free);
	else
		bind_field(st, i, &rec->f[field]);
}

/* Binds the member's phone in its stored form (fh_phone_resolve). */
static int bind_phone(struct importer *im, sqlite3_stmt *st, int i,
		      const struct fh_roster_record *rec, struct fh_error *err)
{
	const struct fh_roster_field *f = &rec->f[FH_RF_PHONE];
	struct fh_error perr = { 0 };
	char phone[FH_PHONE_SIZE];

	if (fh_phone_resolve(im->db, rec->f[FH_RF_CODE].value, f->value, phone, sizeof(phone), &perr))
		return fh_error_at(err, im->name, f->line, f->col, "%s", perr.msg);
	sqlite3_bind_text(st, i, *phone ? phone : NULL, -1, SQLITE_TRANSIENT);
	return 0;
}

/* Upserts a member, refusing a code the file already gave. */
static int import_member(struct importer *im, const struct fh_roster_record *rec,
			 struct fh_error *err)
{
	static const int optional[] = {
		FH_RF_KIND, FH_RF_CONTACT, FH_RF_PHONE, FH_RF_ADDRESS, FH_RF_GROUP,
		FH_RF_LAT, FH_RF_LON, FH_RF_JOINED, FH_RF_LEFT, FH_RF_NOTE,
	};
	sqlite3_stmt *st = im->st[S_MEMBER];
	const struct fh_roster_field *code = &rec->f[FH_RF_CODE], *zone = &rec->f[FH_RF_ZONE],
				     *group = &rec->f[FH_RF_GROUP];
	struct centry *z = cm_find(&im->zones, zone->value);
	struct centry *g = group->value ? cm_find(&im->groups, group->value) : NULL;
	sqlite3_int64 id = 0, before;
	int mask = 0, dup;

	bind_field(st, 1, code);
	bind_field(st, 2, &rec->f[FH_RF_KIND]);
	bind_member_text(im, st, 3, rec, FH_RF_NAME);
	bind_member_text(im, st, 4, rec, FH_RF_CONTACT);
	if (bind_phone(im, st, 5, rec, err))
		return -1;
	bind_member_text(im, st, 6, rec, FH_RF_ADDRESS);
	sqlite3_bind_int64(st, 7, z ? z->id : 0);
	if (g)
		sqlite3_bind_int64(st, 8, g->id);
	else
		sqlite3_bind_null(st, 8);
	if (rec->f[FH_RF_LAT].value)
		sqlite3_bind_double(st, 9, rec->lat);
	else
		sqlite3_bind_null(st, 9);
	if (rec->f[FH_RF_LON].value)
		sqlite3_bind_double(st, 10, rec->lon);
	else
		sqlite3_bind_null(st, 10);
	bind_field(st, 11, &rec->f[FH_RF_JOINED]);
	bind_field(st, 12, &rec->f[FH_RF_LEFT]);
	bind_member_text(im, st, 13, rec, FH_RF_NOTE);
	for (size_t i = 0; i < sizeof(optional) / sizeof(optional[0]); i++)
		if (rec->f[optional[i]].given && (optional[i] != FH_RF_KIND || rec->f[FH_RF_KIND].value))
			mask |= 1 << i;
	sqlite3_bind_int(st, 14, mask);
	/*
	 * Not RETURNING id, which costs a temporary table per row: a new row
	 * moves the last insert rowid, an updated one is found by its code.
	 */
	before = sqlite3_last_insert_rowid(im->db->sql);
	if (step_id(im, st, &id, rec, err))
		return -1;
	id = sqlite3_last_insert_rowid(im->db->sql);
	if (id == before) {
		bind_field(im->st[S_MEMBER_ID], 1, code);
		if (step_id(im, im->st[S_MEMBER_ID], &id, rec, err))
			return -1;
	}
	if ((dup = mark_seen(im, id)) < 0)
		return fh_error_set(err, _("out of memory"));
	if (dup)
		return fh_error_at(err, im->name, code->line, code->col, _("duplicate member code '%s'"), code->value);
	if (id > im->max_member)
		im->stats->members_added++;
	else
		im->stats->members_updated++;
	if (!z && add_pending(im, 1, id, zone, err))
		return -1;
	if (group->value && !g && add_pending(im, 2, id, group, err))
		return -1;
	if (rec->f[FH_RF_TEAMS].given && add_member_teams(im, id, &rec->f[FH_RF_TEAMS], err))
		return -1;
	return 0;
}

/* Upserts a team and maps its code. */
static int import_team(struct importer *im, const struct fh_roster_record *rec,
		       struct fh_error *err)
{
	sqlite3_stmt *st = im->st[S_TEAM];
	const struct fh_roster_field *code = &rec->f[FH_RF_CODE], *zone = &rec->f[FH_RF_ZONE];
	struct centry *e = cm_find(&im->teams, code->value), *z = NULL;
	sqlite3_int64 id;

	if (e && e->in_file)
		return fh_error_at(err, im->name, code->line, code->col, _("duplicate team code '%s'"), code->value);
	if (e)
		im->stats->teams_updated++;
	else
		im->stats->teams_added++;
	if (zone->value)
		z = cm_find(&im->zones, zone->value);
	bind_field(st, 1, code);
	bind_field(st, 2, &rec->f[FH_RF_NAME]);
	bind_field(st, 3, &rec->f[FH_RF_KIND]);
	if (z)
		sqlite3_bind_int64(st, 4, z->id);
	else
		sqlite3_bind_null(st, 4);  /* a zone further on is filled in at the end */
	sqlite3_bind_int(st, 5, (rec->f[FH_RF_KIND].value ? 1 : 0) | (zone->given ? 2 : 0));
	if (step_id(im, st, &id, rec, err))
		return -1;
	if (zone->value && !z && add_pending(im, 3, id, zone, err))
		return -1;
	if (!(e = cm_put(&im->teams, code->value)))
		return fh_error_set(err, _("out of memory"));
	e->id = id;
	e->in_file = 1;
	return 0;
}

/*
 * Names the station when the database has no name yet.  A roster of
 * another station is refused: loading it by mistake would mix two
 * stations' people in one file.
 */
static int import_station(struct importer *im, const struct fh_roster_record *rec,
			  struct fh_error *err)
{
	const struct fh_roster_field *f = &rec->f[FH_RF_NAME];
	char *current;
	int rc = 0;

	if (!f->value)
		return 0;
	current = fh_db_setting(im->db, "station");
	if (current && *current && strcmp(current, f->value))
		rc = fh_error_at(err, im->name, f->line, f->col,
				 _("the roster is for station '%s', but this database is '%s'"),
				 f->value, current);
	else if (!current || !*current) {
		im->stats->station_set = 1;
		rc = fh_config_set(im->db, "station", f->value, err);
	}
	free(current);
	return rc;
}

/* Writes one record read from the file. */
static int import_record(struct importer *im, const struct fh_roster_record *rec,
			 struct fh_error *err)
{
	switch (rec->kind) {
	case FH_RREC_STATION:
		return import_station(im, rec, err);
	case FH_RREC_ZONE:
		return import_zone(im, rec, err);
	case FH_RREC_GROUP:
		return import_group(im, rec, err);
	case FH_RREC_MEMBER:
		return import_member(im, rec, err);
	case FH_RREC_TEAM:
		return import_team(im, rec, err);
	}
	return 0;
}

/* Loads the codes already in the database into the maps. */
static int load_codes(struct importer *im, struct fh_error *err)
{
	sqlite3_stmt *st = NULL;
	int rc = 0;

	static const char *const sql[] = {
		"SELECT code, id FROM zones", "SELECT code, id FROM groups", "SELECT code, id FROM teams",
	};

	for (int t = 0; t < 3 && !rc; t++) {
		struct codemap *m = t == 0 ? &im->zones : t == 1 ? &im->groups : &im->teams;

		if (fh_db_prepare(im->db, &st, sql[t], err))
			return -1;
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			struct centry *e = cm_put(m, (const char *)sqlite3_column_text(st, 0));

			if (!e) {
				sqlite3_finalize(st);
				return fh_error_set(err, _("out of memory"));
			}
			e->id = sqlite3_column_int64(st, 1);
		}
		sqlite3_finalize(st);
		if (rc != SQLITE_DONE)
			return fh_db_error(im->db, err, _("cannot read the zones, groups and teams"));
		rc = 0;
	}
	if (fh_db_prepare(im->db, &st, "SELECT coalesce(max(id), 0) FROM members", err))
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		im->max_member = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return 0;
}

/* Fills in the references that pointed forward; an unknown one is an error. */
static int resolve_pending(struct importer *im, struct fh_error *err)
{
	static const int stmt_of[] = { S_ZONE_FIX, S_MEMBER_ZONE_FIX, S_MEMBER_GROUP_FIX, S_TEAM_ZONE_FIX };

	for (size_t i = 0; i < im->npend; i++) {
		const struct pending *p = &im->pend[i];
		const struct centry *e = cm_find(p->table == 2 ? &im->groups : &im->zones, p->code);
		sqlite3_stmt *st = im->st[stmt_of[p->table]];
		int rc;

		if (!e)
			return fh_error_at(err, im->name, p->line, p->col, _("unknown %s '%s'"),
					   p->table == 2 ? "group" : "zone", p->code);
		sqlite3_bind_int64(st, 1, p->row);
		sqlite3_bind_int64(st, 2, e->id);
		rc = sqlite3_step(st);
		sqlite3_reset(st);
		if (rc != SQLITE_DONE)
			return fh_db_error(im->db, err, _("cannot write"));
	}
	return 0;
}

/*
 * Sets the teams of the members that list them: each listed team is
 * joined (again) today unless the member is in it, and the member's other
 * teams are left today.  An unknown team is an error where it is listed.
 */
static int set_member_teams(struct importer *im, struct fh_error *err)
{
	sqlite3_stmt *join = NULL, *leave = NULL;
	int status = -1;

	if (!im->nmteams)
		return 0;
	if (fh_db_prepare(im->db, &join, "INSERT INTO team_members(team_id, member_id, joined_on)"
			  " VALUES (?1, ?2, ?3) ON CONFLICT(team_id, member_id) DO UPDATE SET"
			  " joined_on = iif(left_on IS NULL, joined_on, excluded.joined_on), left_on = NULL",
			  err) ||
	    fh_db_prepare(im->db, &leave, "UPDATE team_members SET left_on = max(?3, coalesce(joined_on, ?3))"
			  " WHERE member_id = ?1 AND left_on IS NULL AND instr(' ' || ?2 || ' ',"
			  " ' ' || (SELECT code FROM teams t WHERE t.id = team_id) || ' ') = 0", err))
		goto done;
	for (size_t i = 0; i < im->nmteams; i++) {
		const struct pending_teams *p = &im->mteams[i];
		const char *c = p->codes;
		int rc;

		while (*c) {
			size_t n = strcspn(c, " ");
			char code[256];
			const struct centry *t;

			snprintf(code, sizeof(code), "%.*s", (int)(n < sizeof(code) ? n : sizeof(code) - 1), c);
			c += n + (c[n] == ' ');
			if (!*code)
				continue;
			if (!(t = cm_find(&im->teams, code))) {
				fh_error_at(err, im->name, p->line, p->col, _("unknown team '%s'"), code);
				goto done;
			}
			sqlite3_bind_int64(join, 1, t->id);
			sqlite3_bind_int64(join, 2, p->member);
			sqlite3_bind_text(join, 3, im->today, -1, SQLITE_STATIC);
			rc = sqlite3_step(join);
			sqlite3_reset(join);
			if (rc != SQLITE_DONE) {
				fh_db_error(im->db, err, _("cannot set a member's teams"));
				goto done;
			}
		}
		sqlite3_bind_int64(leave, 1, p->member);
		sqlite3_bind_text(leave, 2, p->codes, -1, SQLITE_STATIC);
		sqlite3_bind_text(leave, 3, im->today, -1, SQLITE_STATIC);
		rc = sqlite3_step(leave);
		sqlite3_reset(leave);
		if (rc != SQLITE_DONE) {
			fh_db_error(im->db, err, _("cannot set a member's teams"));
			goto done;
		}
	}
	status = 0;
done:
	sqlite3_finalize(join);
	sqlite3_finalize(leave);
	return status;
}

/*
 * Sets the leaders the file names: each must be an active member of the
 * group.  The current term goes on when it is the same member (its letter
 * date updated), else it ends and a new one starts.
 */
static int set_leaders(struct importer *im, struct fh_error *err)
{
	sqlite3_stmt *who = NULL, *cur = NULL, *end = NULL, *add = NULL, *letter = NULL;
	int status = -1;

	if (!im->nlead)
		return 0;
	if (fh_db_prepare(im->db, &who, "SELECT m.id, m.group_id = ?2 AND m.left_on IS NULL"
			  " FROM members m WHERE m.code = ?1", err) ||
	    fh_db_prepare(im->db, &cur, "SELECT id, member_id, started_on FROM leader_terms"
			  " WHERE group_id = ?1 AND ended_on IS NULL", err) ||
	    fh_db_prepare(im->db, &end, "UPDATE leader_terms SET ended_on = max(?2, started_on)"
			  " WHERE id = ?1", err) ||
	    fh_db_prepare(im->db, &add, "INSERT INTO leader_terms(group_id, member_id, started_on,"
			  " letter_signed) VALUES (?1, ?2, ?3, ?4)", err) ||
	    fh_db_prepare(im->db, &letter, "UPDATE leader_terms SET letter_signed = ?2,"
			  " started_on = coalesce(?3, started_on) WHERE id = ?1", err))
		goto done;
	for (size_t i = 0; i < im->nlead; i++) {
		const struct pending_leader *l = &im->lead[i];
		const struct centry *g = cm_find(&im->groups, l->group);
		sqlite3_int64 member, term = 0, current = 0;
		int ok, rc;

		sqlite3_bind_text(who, 1, l->member, -1, SQLITE_STATIC);
		sqlite3_bind_int64(who, 2, g->id);
		rc = sqlite3_step(who);
		member = sqlite3_column_int64(who, 0);
		ok = sqlite3_column_int(who, 1);
		sqlite3_reset(who);
		if (rc != SQLITE_ROW) {
			fh_error_at(err, im->name, l->line, l->col, _("unknown member '%s'"), l->member);
			goto done;
		}
		if (!ok) {
			fh_error_at(err, im->name, l->line, l->col,
				    _("leader '%s' is not an active member of group '%s'"), l->member, l->group);
			goto done;
		}
		sqlite3_bind_int64(cur, 1, g->id);
		if (sqlite3_step(cur) == SQLITE_ROW) {
			term = sqlite3_column_int64(cur, 0);
			current = sqlite3_column_int64(cur, 1);
		}
		sqlite3_reset(cur);
		if (term && current == member) {
			if (l->letter_given || l->since) {
				sqlite3_bind_int64(letter, 1, term);
				if (l->letter_given)
					sqlite3_bind_text(letter, 2, l->letter, -1, SQLITE_STATIC);
				else
					sqlite3_bind_null(letter, 2);
				sqlite3_bind_text(letter, 3, l->since, -1, SQLITE_STATIC);
				rc = sqlite3_step(letter);
				sqlite3_reset(letter);
				if (rc != SQLITE_DONE) {
					fh_db_error(im->db, err, _("cannot set a leader"));
					goto done;
				}
			}
			continue;
		}
		if (term) {
			sqlite3_bind_int64(end, 1, term);
			sqlite3_bind_text(end, 2, l->since ? l->since : im->today, -1, SQLITE_STATIC);
			rc = sqlite3_step(end);
			sqlite3_reset(end);
			if (rc != SQLITE_DONE) {
				fh_db_error(im->db, err, _("cannot end a leader's term"));
				goto done;
			}
		}
		sqlite3_bind_int64(add, 1, g->id);
		sqlite3_bind_int64(add, 2, member);
		sqlite3_bind_text(add, 3, l->since ? l->since : im->today, -1, SQLITE_STATIC);
		sqlite3_bind_text(add, 4, l->letter, -1, SQLITE_STATIC);
		rc = sqlite3_step(add);
		sqlite3_reset(add);
		if (rc != SQLITE_DONE) {
			fh_db_error(im->db, err, _("cannot set a leader"));
			goto done;
		}
		im->stats->leaders_set++;
	}
	status = 0;
done:
	sqlite3_finalize(who);
	sqlite3_finalize(cur);
	sqlite3_finalize(end);
	sqlite3_finalize(add);
	sqlite3_finalize(letter);
	return status;
}

int fh_roster_import(struct fh_db *db, FILE *fp, const char *name,
		     enum fh_roster_format fmt, int dry_run,
		     struct fh_roster_stats *stats, struct fh_error *err)
{
	struct importer im;
	struct queue q;
	pthread_t thread;
	struct fh_time now;
	int started = 0, status = -1, failed = 0, fk_off = 0;
	struct batch *b;

	memset(stats, 0, sizeof(*stats));
	memset(&im, 0, sizeof(im));
	memset(&q, 0, sizeof(q));
	im.db = db;
	im.name = name;
	im.stats = stats;
	if (fh_now(&now, err))
		return -1;
	fh_date_format(&now, im.today);
	pthread_mutex_init(&q.mu, NULL);
	pthread_cond_init(&q.cv, NULL);
	q.fp = fp;
	q.name = name;
	q.fmt = fmt;
	/*
	 * Every id the import writes comes from the database itself (loaded
	 * codes, rows just written), and references that point forward hold
	 * a place (id 0) until they are resolved at the end or the import
	 * fails: SQLite's own foreign key checks, two lookups a row, would
	 * only repeat that.  The pragma cannot change inside a transaction.
	 */
	fk_off = 1;
	if (fh_db_exec(db, "PRAGMA foreign_keys = OFF", err))
		goto done;
	/*
	 * The same for the CHECK constraints: the reader has checked every
	 * value they cover (codes not empty, kind, lat and lon in range) and
	 * said where a bad one is.  SQLite would evaluate "kind IN (...)" by
	 * building a temporary index for every single-row insert.
	 */
	if (fh_db_exec(db, "PRAGMA ignore_check_constraints = ON", err))
		goto done;
	/* A bigger page cache keeps the indexes being filled out of the WAL until commit. */
	if (fh_db_exec(db, "PRAGMA cache_size = -65536", err))
		goto done;
	if (fh_db_begin(db, err) || load_codes(&im, err))
		goto done;
	for (int i = 0; i < S_COUNT; i++)
		if (fh_db_prepare(db, &im.st[i], stmt_sql[i], err))
			goto done;
	if (pthread_create(&thread, NULL, reader_main, &q)) {
		fh_error_set(err, _("cannot start the reading thread"));
		goto done;
	}
	started = 1;
	while ((b = queue_take(&q, &failed)) != NULL) {
		int rc = 0;

		for (size_t i = 0; i < b->n && !rc; i++)
			rc = fh_roster_check(name, &b->rec[i], err) || import_record(&im, &b->rec[i], err) ? -1 : 0;
		queue_give_back(&q, b);
		if (rc)
			goto done;
	}
	if (failed) {
		*err = q.err;
		goto done;
	}
	if (resolve_pending(&im, err) || set_member_teams(&im, err) || set_leaders(&im, err))
		goto done;
	if (dry_run) {
		fh_db_rollback(db);
		status = 0;
		goto done;
	}
	if (fh_db_commit(db, err))
		goto done;
	status = 0;
done:
	if (started) {
		pthread_mutex_lock(&q.mu);
		q.cancel = 1;
		pthread_cond_broadcast(&q.cv);
		pthread_mutex_unlock(&q.mu);
		pthread_join(thread, NULL);
	}
	for (int i = 0; i < S_COUNT; i++)
		sqlite3_finalize(im.st[i]);
	if (status)
		fh_db_rollback(db);
	if (fk_off) {
		sqlite3_exec(db->sql, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
		sqlite3_exec(db->sql, "PRAGMA ignore_check_constraints = OFF", NULL, NULL, NULL);
	}
	batch_free(q.head);
	batch_free(q.spare);
	batch_free(q.cur);
	pthread_mutex_destroy(&q.mu);
	pthread_cond_destroy(&q.cv);
	cm_free(&im.zones);
	cm_free(&im.groups);
	cm_free(&im.teams);
	free(im.seen);
	for (size_t i = 0; i < im.nmteams; i++)
		free(im.mteams[i].codes);
	free(im.mteams);
	for (size_t i = 0; i < im.npend; i++)
		free(im.pend[i].code);
	free(im.pend);
	for (size_t i = 0; i < im.nlead; i++) {
		free(im.lead[i].group);
		free(im.lead[i].member);
		free(im.lead[i].letter);
		free(im.lead[i].since);
	}
	free(im.lead);
	return status;
}

/* ---- export ---- */

/* The codes of a member's current teams, separated by spaces, in SQL. */
#define TEAMS_OF_MEMBER \
	"(SELECT group_concat(code, ' ') FROM (SELECT t.code FROM team_members tm" \
	" JOIN teams t ON t.id = tm.team_id WHERE tm.member_id = m.id AND tm.left_on IS NULL" \
	" ORDER BY t.code))"

struct emitter {
	yaml_emitter_t em;
	yaml_event_t ev;
	int failed;
	const char *key;	/* the key whose value is being written */
	const char *bad_key;	/* the key whose value was not UTF-8 */
};

/*
 * Emits the event that the initializer's result "made" says was prepared.
 * libyaml leaves the event untouched when it refuses to make one (text that
 * is not UTF-8), and the emitter owns an event once given it, so emitting
 * the stale one would free it twice.  Once one fails, nothing more is written.
 */
static int emit_made(struct emitter *e, int made)
{
	if (!made && !e->failed) {
		e->failed = 1;
		e->bad_key = e->key ? e->key : "?";
	}
	if (!e->failed && !yaml_emitter_emit(&e->em, &e->ev))
		e->failed = 1;
	return e->failed ? -1 : 0;
}

/*
 * Emits a scalar.  Text that a reader would take for null, or a phone
 * number, is quoted; anything else is plain where YAML allows it.
 */
static void emit_scalar(struct emitter *e, const char *s, int quote)
{
	yaml_scalar_style_t style = YAML_ANY_SCALAR_STYLE;

	if (quote || !*s || !strcmp(s, "~") || !strcasecmp(s, "null"))
		style = YAML_DOUBLE_QUOTED_SCALAR_STYLE;
	emit_made(e, yaml_scalar_event_initialize(&e->ev, NULL, NULL, (yaml_char_t *)s, (int)strlen(s), 1, 1, style));
}

/* Emits "key: value" for a column that is not NULL. */
static void emit_pair(struct emitter *e, const char *key, sqlite3_stmt *st, int col, int quote)
{
	char buf[64];
	const char *v;

	if (sqlite3_column_type(st, col) == SQLITE_NULL)
		return;
	if (sqlite3_column_type(st, col) == SQLITE_FLOAT) {
		double d = sqlite3_column_double(st, col);

		/* The shortest text that reads back as the same number. */
		for (int prec = 15; prec <= 17; prec++) {
			snprintf(buf, sizeof(buf), "%.*g", prec, d);
			if (strtod(buf, NULL) == d)
				break;
		}
		v = buf;
	} else {
		v = (const char *)sqlite3_column_text(st, col);
	}
	e->key = NULL;
	emit_scalar(e, key, 0);
	e->key = key;
	if (!strcmp(key, "teams")) {
		/* A list of codes, kept in one column as codes separated by spaces. */
		emit_made(e, yaml_sequence_start_event_initialize(&e->ev, NULL, NULL, 1, YAML_FLOW_SEQUENCE_STYLE));
		while (*v) {
			size_t n = strcspn(v, " ");
			char code[256];

			snprintf(code, sizeof(code), "%.*s", (int)(n < sizeof(code) ? n : sizeof(code) - 1), v);
			emit_scalar(e, code, 0);
			v += n + (v[n] == ' ');
		}
		emit_made(e, yaml_sequence_end_event_initialize(&e->ev));
		return;
	}
	emit_scalar(e, v, quote);
}

/* libyaml's write handler onto a stdio stream. */
static int write_handler(void *data, unsigned char *buf, size_t size)
{
	return fwrite(buf, 1, size, data) == size;
}

/* Starts a mapping, on one line (flow) or one key a line (block). */
static void start_map(struct emitter *e, int flow)
{
	emit_made(e, yaml_mapping_start_event_initialize(&e->ev, NULL, NULL, 1,
					    flow ? YAML_FLOW_MAPPING_STYLE : YAML_BLOCK_MAPPING_STYLE));
}

/* Ends a mapping. */
static void end_map(struct emitter *e)
{
	emit_made(e, yaml_mapping_end_event_initialize(&e->ev));
}

/* Emits "key:" and a block list of one mapping per row of sql. */
static int emit_list(struct emitter *e, struct fh_db *db, const char *key, const char *sql,
		     const char *const *keys, int flow, struct fh_error *err)
{
	sqlite3_stmt *st;
	int rc;

	if (fh_db_prepare(db, &st, sql, err))
		return -1;
	emit_scalar(e, key, 0);
	emit_made(e, yaml_sequence_start_event_initialize(&e->ev, NULL, NULL, 1, YAML_BLOCK_SEQUENCE_STYLE));
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		start_map(e, flow);
		for (int i = 0; keys[i]; i++)
			emit_pair(e, keys[i], st, i, !strcmp(keys[i], "phone"));
		end_map(e);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return fh_db_error(db, err, _("cannot read the roster"));
	emit_made(e, yaml_sequence_end_event_initialize(&e->ev));
	return 0;
}

int fh_roster_export_yaml(struct fh_db *db, FILE *fp, struct fh_error *err)
{
	static const char *const zone_keys[] = { "code", "name", NULL };
	static const char *const group_keys[] = {
		"code", "zone", "name", "leader", "letter_signed", "leader_since", "formed",
		"dissolved", "note", NULL,
	};
	static const char *const member_keys[] = {
		"code", "kind", "name", "contact", "phone", "address", "zone", "group", "lat",
		"lon", "joined", "left", "note", "teams", NULL,
	};
	static const char *const team_keys[] = { "code", "name", "kind", "zone", NULL };
	struct emitter e;
	char *station = fh_db_setting(db, "station");
	int status = -1;

	memset(&e, 0, sizeof(e));
	if (!yaml_emitter_initialize(&e.em)) {
		free(station);
		return fh_error_set(err, _("out of memory"));
	}
	yaml_emitter_set_output(&e.em, write_handler, fp);
	yaml_emitter_set_unicode(&e.em, 1);
	yaml_emitter_set_width(&e.em, -1);
	emit_made(&e, yaml_stream_start_event_initialize(&e.ev, YAML_UTF8_ENCODING));
	emit_made(&e, yaml_document_start_event_initialize(&e.ev, NULL, NULL, NULL, 1));
	start_map(&e, 0);
	if (station) {
		emit_scalar(&e, "station", 0);
		e.key = "station";
		emit_scalar(&e, station, 0);
	}
	if (emit_list(&e, db, "zones", "SELECT code, name FROM zones ORDER BY code",
		      zone_keys, 1, err) ||
	    emit_list(&e, db, "groups",
		      "SELECT g.code, z.code, g.name, m.code, t.letter_signed, t.started_on,"
		      " g.formed_on, g.dissolved_on, g.note FROM groups g"
		      " JOIN zones z ON z.id = g.zone_id"
		      " LEFT JOIN leader_terms t ON t.group_id = g.id AND t.ended_on IS NULL"
		      " LEFT JOIN members m ON m.id = t.member_id ORDER BY g.code",
		      group_keys, 1, err) ||
	    emit_list(&e, db, "teams",
		      "SELECT t.code, t.name, t.kind, z.code FROM teams t"
		      " LEFT JOIN zones z ON z.id = t.zone_id ORDER BY t.code", team_keys, 1, err) ||
	    emit_list(&e, db, "members",
		      "SELECT m.code, m.kind, m.name, m.contact, m.phone, m.address, z.code,"
		      " g.code, m.lat, m.lon, m.joined_on, m.left_on, m.note,"
		      TEAMS_OF_MEMBER " FROM members m"
		      " JOIN zones z ON z.id = m.zone_id LEFT JOIN groups g ON g.id = m.group_id"
		      " ORDER BY m.code", member_keys, 0, err))
		goto done;
	end_map(&e);
	emit_made(&e, yaml_document_end_event_initialize(&e.ev, 1));
	emit_made(&e, yaml_stream_end_event_initialize(&e.ev));
	if (e.bad_key) {
		fh_error_set(err, _("cannot write the roster: a '%s' value is not valid UTF-8"),
			     e.bad_key);
		goto done;
	}
	if (e.failed) {
		fh_error_set(err, _("cannot write the roster: %s"),
			     e.em.problem ? e.em.problem : _("write error"));
		goto done;
	}
	status = 0;
done:
	yaml_emitter_delete(&e.em);
	free(station);
	return status;
}

int fh_roster_export(struct fh_db *db, struct fh_out *out, struct fh_error *err)
{
	sqlite3_stmt *st;
	int rc;

	if (fh_db_prepare(db, &st,
			  "SELECT m.code, m.kind, m.name, m.contact, m.phone, m.address,"
			  " z.code AS zone, g.code AS \"group\", m.lat, m.lon,"
			  " m.joined_on AS joined, m.left_on AS left, m.note, " TEAMS_OF_MEMBER " AS teams"
			  " FROM members m"
			  " JOIN zones z ON z.id = m.zone_id LEFT JOIN groups g ON g.id = m.group_id"
			  " ORDER BY m.code", err))
		return -1;
	rc = fh_out_stmt(out, st, err);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}
