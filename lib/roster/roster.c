/*
 * Importing a roster into the database, and writing it back out.
 *
 * The import writes through the modules that own the tables (zone,
 * group, member, team) and their rules, in batch mode: each keeps its
 * statements prepared for the whole import.  Foreign keys and CHECK
 * constraints stay on (the keys are checked at the commit, so that a
 * reference forward in the file can hold a place until it is resolved).
 *
 * Fast paths, each for what it buys at BENCH_SCALE=0.1 (bench/roster-import.sh):
 * - the file is read on a second thread (lib/roster/roster_read.c) and handed
 *   over in batches whose strings sit in one arena, so that parsing
 *   overlaps writing: YAML parsing costs about as much as writing;
 * - zones, groups and teams are found by code in a string map (map.h)
 *   loaded from the database, instead of a query a reference;
 * - new members go in FH_MEMBER_ROWS to a statement (member.h), which
 *   keeps the cost of the CHECK constraints to what it was with them off.
 * Kept for the end is only what refers forward in the file: a reference
 * not yet known, the zone rule of a member whose group's zone is not yet
 * known, and the leaders of groups, set once every member is in.
 */
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "fh/codes.h"
#include "fh/config.h"
#include "fh/group.h"
#include "fh/lookup.h"
#include "fh/map.h"
#include "fh/member.h"
#include "fh/team.h"
#include "fh/zone.h"
#include "fh/period.h"
#include "fh/phone.h"
#include "fh/roster.h"
#include "fh/text.h"
#include "fh/rule.h"
#include "fh/i18n.h"

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
	long long field_max;        /* field_max_bytes, read before the thread starts */
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
	int rc = fh_roster_read_unchecked(q->fp, q->name, q->fmt, q->field_max, queue_record,
					  q, &err);

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
				3 teams.zone_id; 4 only the member's zone rule to check;
				5 a group the file moved to another zone, whose members
				(those not in the file too) are checked at the end */
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

struct importer {
	struct fh_db *db;
	const char *name;
	struct fh_roster_stats *stats;
	/* Codes to ids; a group's aux is its zone id, flags 1: defined by this file. */
	struct fh_map zones, groups, teams;
	sqlite3_stmt *zone_st;
	struct fh_group_batch gb;
	struct fh_member_batch mb;
	struct fh_team_batch tb;
	struct fh_leader_batch lb;
	struct fh_member_row rows[FH_MEMBER_ROWS];  /* members read, not yet written */
	int nrows;
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

/* Puts the place of what rec's field f says in front of a rule's message. */
static int fail_at(struct importer *im, const struct fh_roster_field *f, struct fh_error *err)
{
	struct fh_error why = *err;

	return fh_error_at(err, im->name, f->line, f->col, "%s", why.msg);
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
	const struct fh_roster_field *code = &rec->f[FH_RF_CODE];
	struct fh_map_entry *e = fh_map_find(&im->zones, code->value);
	sqlite3_int64 id;

	if (e && e->flags)
		return fh_error_at(err, im->name, code->line, code->col, _("duplicate zone code '%s'"), code->value);
	if (e)
		im->stats->zones_updated++;
	else
		im->stats->zones_added++;
	if (fh_zone_upsert(im->db, &im->zone_st, code->value, rec->f[FH_RF_NAME].value, &id, err))
		return fail_at(im, code, err);
	if (!(e = fh_map_put(&im->zones, code->value)))
		return fh_error_set(err, _("out of memory"));
	e->id = id;
	e->flags = 1;
	return 0;
}

/* Upserts a group, keeping its leader for the end. */
static int import_group(struct importer *im, const struct fh_roster_record *rec,
			struct fh_error *err)
{
	const struct fh_roster_field *code = &rec->f[FH_RF_CODE], *zone = &rec->f[FH_RF_ZONE];
	const char *opt[4] = {
		rec->f[FH_RF_NAME].value, rec->f[FH_RF_FORMED].value,
		rec->f[FH_RF_DISSOLVED].value, rec->f[FH_RF_NOTE].value,
	};
	struct fh_map_entry *e = fh_map_find(&im->groups, code->value), *z;
	sqlite3_int64 id;
	int mask = 0, oom = 0;

	if (e && e->flags)
		return fh_error_at(err, im->name, code->line, code->col, _("duplicate group code '%s'"), code->value);
	/* Formed and dissolved are things that happened: fh_group_add's rule. */
	if (fh_rule_past(NULL, rec->f[FH_RF_FORMED].value, err))
		return fail_at(im, &rec->f[FH_RF_FORMED], err);
	if (fh_rule_past(NULL, rec->f[FH_RF_DISSOLVED].value, err))
		return fail_at(im, &rec->f[FH_RF_DISSOLVED], err);
	if (e)
		im->stats->groups_updated++;
	else
		im->stats->groups_added++;
	z = fh_map_find(&im->zones, zone->value);
	mask |= rec->f[FH_RF_NAME].given ? 1 : 0;
	mask |= rec->f[FH_RF_FORMED].given ? 2 : 0;
	mask |= rec->f[FH_RF_DISSOLVED].given ? 4 : 0;
	mask |= rec->f[FH_RF_NOTE].given ? 8 : 0;
	/*
	 * A zone defined further on is filled in at the end; 0 holds its
	 * place (foreign keys are deferred to the commit, not switched off).
	 */
	if (fh_group_upsert(im->db, &im->gb, code->value, z ? z->id : 0, opt, mask, &id, err))
		return fail_at(im, code, err);
	if (!z && add_pending(im, 0, id, zone, err))
		return -1;
	if (e && (!z || z->id != e->aux) && add_pending(im, 5, id, zone, err))
		return -1;
	if (!(e = fh_map_put(&im->groups, code->value)))
		return fh_error_set(err, _("out of memory"));
	e->id = id;
	e->aux = z ? z->id : 0;
	e->flags = 1;
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

/*
 * After a member is written as id: refuses a code the file already gave,
 * counts it, and keeps what must wait for the end (references forward,
 * the zone rule when the maps cannot tell it, the member's teams).
 */
static int member_written(struct importer *im, const struct fh_member_row *row,
			  sqlite3_int64 id, struct fh_error *err)
{
	const struct fh_roster_record *rec = row->rec;
	const struct fh_roster_field *code = &rec->f[FH_RF_CODE], *zone = &rec->f[FH_RF_ZONE],
				     *group = &rec->f[FH_RF_GROUP];
	int dup;

	if ((dup = mark_seen(im, id)) < 0)
		return fh_error_set(err, _("out of memory"));
	if (dup)
		return fh_error_at(err, im->name, code->line, code->col, _("duplicate member code '%s'"), code->value);
	if (id > im->max_member)
		im->stats->members_added++;
	else
		im->stats->members_updated++;
	if (!row->zone && add_pending(im, 1, id, zone, err))
		return -1;
	if (group->value && !row->group && add_pending(im, 2, id, group, err))
		return -1;
	/*
	 * The rule "a member's group is in its zone" is fh_member_zone_check;
	 * comparing the ids the maps already hold spares that query for every
	 * member that plainly keeps it.  Anything else is asked at the end.
	 */
	if (row->group && !(row->zone && row->group_zone == row->zone) &&
	    add_pending(im, 4, id, group, err))
		return -1;
	if (rec->f[FH_RF_TEAMS].given && add_member_teams(im, id, &rec->f[FH_RF_TEAMS], err))
		return -1;
	return 0;
}

/*
 * Writes the members kept in im->rows.  They go in as new members
 * FH_MEMBER_ROWS to a statement (see fh_member_insert_new: this is what
 * keeps the import as fast with CHECK constraints on as it was with them
 * off); a code already in the database is upserted on its own, and a
 * statement that fails is written again one row at a time to say which
 * record is at fault.
 */
static int flush_members(struct importer *im, struct fh_error *err)
{
	sqlite3_int64 id[FH_MEMBER_ROWS];
	struct fh_member_row one;
	int n = im->nrows, batch;

	im->nrows = 0;
	if (!n)
		return 0;
	batch = !fh_member_insert_new(im->db, &im->mb, im->rows, n, id, err);
	for (int i = 0; i < n; i++) {
		one = im->rows[i];
		if ((!batch || !id[i]) && fh_member_upsert(im->db, &im->mb, &one, &id[i], err))
			return fail_at(im, &one.rec->f[FH_RF_CODE], err);
		if (member_written(im, &one, id[i], err))
			return -1;
	}
	return 0;
}

/*
 * A member's trade in a file: a code of the station's trades (a file
 * holds codes, as it does for kinds; the commands take labels too).
 */
static int check_trade(struct importer *im, const char *trade, struct fh_error *err)
{
	char buf[FH_LOOKUP_CODE_MAX];
	const char *code = trade;

	if (!trade || fh_codes_has(FH_CODES_TRADE, trade))
		return 0;
	if (fh_lookup_trade(im->db, &code, buf, err))
		return -1;
	if (strcmp(code, trade))
		return fh_error_set(err, _("trade '%s' must be given by its code, '%s'"), trade, code);
	return 0;
}

/*
 * Checks a member's dates (the rules of fh_member_fields_check, with the
 * file's place) and trade, and keeps it to be written with the next few.
 */
static int import_member(struct importer *im, const struct fh_roster_record *rec,
			 struct fh_error *err)
{
	const struct fh_roster_field *group = &rec->f[FH_RF_GROUP];
	struct fh_map_entry *z = fh_map_find(&im->zones, rec->f[FH_RF_ZONE].value);
	struct fh_map_entry *g = group->value ? fh_map_find(&im->groups, group->value) : NULL;
	struct fh_member_row *row;
	const struct fh_roster_field *bad = NULL;

	char phone[FH_PHONE_SIZE];

	if (fh_phone_resolve(im->db, rec->f[FH_RF_CODE].value, rec->f[FH_RF_PHONE].value, phone,
			     sizeof(phone), err))
		bad = &rec->f[FH_RF_PHONE];
	else if (fh_rule_past(NULL, rec->f[FH_RF_JOINED].value, err))
		bad = &rec->f[FH_RF_JOINED];
	else if (fh_rule_past(NULL, rec->f[FH_RF_LEFT].value, err) ||
		 fh_rule_joined_left(rec->f[FH_RF_JOINED].value, rec->f[FH_RF_LEFT].value, err))
		bad = &rec->f[FH_RF_LEFT];
	else if (fh_rule_past(NULL, rec->f[FH_RF_LETTER_SIGNED].value, err))
		bad = &rec->f[FH_RF_LETTER_SIGNED];
	else if (check_trade(im, rec->f[FH_RF_TRADE].value, err))
		bad = &rec->f[FH_RF_TRADE];
	if (bad) {
		/* The members before it come first, with their own errors. */
		struct fh_error why = *err;

		if (flush_members(im, err))
			return -1;
		*err = why;
		return fail_at(im, bad, err);
	}
	row = &im->rows[im->nrows++];
	row->rec = rec;
	row->zone = z ? z->id : 0;
	row->group = g ? g->id : 0;
	row->group_zone = g ? g->aux : 0;
	return im->nrows == FH_MEMBER_ROWS ? flush_members(im, err) : 0;
}

/* Upserts a team and maps its code. */
static int import_team(struct importer *im, const struct fh_roster_record *rec,
		       struct fh_error *err)
{
	const struct fh_roster_field *code = &rec->f[FH_RF_CODE], *zone = &rec->f[FH_RF_ZONE];
	struct fh_map_entry *e = fh_map_find(&im->teams, code->value), *z = NULL;
	sqlite3_int64 id;

	if (e && e->flags)
		return fh_error_at(err, im->name, code->line, code->col, _("duplicate team code '%s'"), code->value);
	if (e)
		im->stats->teams_updated++;
	else
		im->stats->teams_added++;
	if (zone->value)
		z = fh_map_find(&im->zones, zone->value);
	/* A zone further on is filled in at the end (none until then). */
	if (fh_team_upsert(im->db, &im->tb, code->value, rec->f[FH_RF_NAME].value,
			   rec->f[FH_RF_KIND].value, z ? z->id : 0, zone->given, &id, err))
		return fail_at(im, code, err);
	if (zone->value && !z && add_pending(im, 3, id, zone, err))
		return -1;
	if (!(e = fh_map_put(&im->teams, code->value)))
		return fh_error_set(err, _("out of memory"));
	e->id = id;
	e->flags = 1;
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
	/* Records are written in file order: the members kept go in first. */
	if (rec->kind != FH_RREC_MEMBER && flush_members(im, err))
		return -1;
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
		"SELECT code, id, 0 FROM zones", "SELECT code, id, zone_id FROM groups",
		"SELECT code, id, 0 FROM teams",
	};

	for (int t = 0; t < 3 && !rc; t++) {
		struct fh_map *m = t == 0 ? &im->zones : t == 1 ? &im->groups : &im->teams;

		if (fh_db_prepare(im->db, &st, sql[t], err))
			return -1;
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			struct fh_map_entry *e = fh_map_put(m, (const char *)sqlite3_column_text(st, 0));

			if (!e) {
				sqlite3_finalize(st);
				return fh_error_set(err, _("out of memory"));
			}
			e->id = sqlite3_column_int64(st, 1);
			e->aux = sqlite3_column_int64(st, 2);
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
	for (size_t i = 0; i < im->npend; i++) {
		const struct pending *p = &im->pend[i];
		const struct fh_map_entry *e;
		int rc = 0;

		if (p->table >= 4)
			continue;
		e = fh_map_find(p->table == 2 ? &im->groups : &im->zones, p->code);
		if (!e)
			return fh_error_at(err, im->name, p->line, p->col, _("unknown %s '%s'"),
					   p->table == 2 ? "group" : "zone", p->code);
		if (p->table == 0)
			rc = fh_group_fix_zone(im->db, &im->gb, p->row, e->id, err);
		else if (p->table == 1)
			rc = fh_member_fix_ref(im->db, &im->mb, p->row, e->id, 0, err);
		else if (p->table == 2)
			rc = fh_member_fix_ref(im->db, &im->mb, p->row, 0, e->id, err);
		else
			rc = fh_team_fix_zone(im->db, &im->tb, p->row, e->id, err);
		if (rc)
			return -1;
	}
	/* Every reference is in: the members whose zone rule could not be told at once. */
	for (size_t i = 0; i < im->npend; i++) {
		const struct pending *p = &im->pend[i];

		struct fh_error why = { 0 };

		if (p->table != 0 && p->table != 3 && p->table != 5 &&
		    fh_member_zone_check(im->db, p->row, 0, 0, &why))
			return fh_error_at(err, im->name, p->line, p->col, "%s", why.msg);
		if (p->table == 5 && fh_member_zone_check_group(im->db, p->row, &why))
			return fh_error_at(err, im->name, p->line, p->col, "%s", why.msg);
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
	for (size_t i = 0; i < im->nmteams; i++) {
		const struct pending_teams *p = &im->mteams[i];
		const char *c = p->codes;

		while (*c) {
			size_t n = strcspn(c, " ");
			char code[256];
			const struct fh_map_entry *t;

			snprintf(code, sizeof(code), "%.*s", (int)(n < sizeof(code) ? n : sizeof(code) - 1), c);
			c += n + (c[n] == ' ');
			if (!*code)
				continue;
			if (!(t = fh_map_find(&im->teams, code)))
				return fh_error_at(err, im->name, p->line, p->col, _("unknown team '%s'"), code);
			if (fh_team_join_id(im->db, &im->tb, t->id, p->member, im->today, err))
				return -1;
		}
		if (fh_team_leave_others(im->db, &im->tb, p->member, p->codes, im->today, err))
			return -1;
	}
	return 0;
}

/*
 * Sets the leaders the file names, through the one rule of the leader
 * command (fh_leader_start): the current term goes on when it is the same
 * member (its letter date updated), else it ends and a new one starts.
 */
static int set_leaders(struct importer *im, struct fh_error *err)
{
	sqlite3_stmt *who = NULL;
	int status = -1;

	if (!im->nlead)
		return 0;
	if (fh_db_prepare(im->db, &who, "SELECT id FROM members WHERE code = ?1", err))
		return -1;
	for (size_t i = 0; i < im->nlead; i++) {
		const struct pending_leader *l = &im->lead[i];
		const struct fh_map_entry *g = fh_map_find(&im->groups, l->group);
		struct fh_leader_start ls = {
			.group = g->id, .group_code = l->group, .member_code = l->member,
			.since = l->since, .today = im->today, .letter = l->letter,
			.letter_given = l->letter_given,
		};
		int rc;

		sqlite3_bind_text(who, 1, l->member, -1, SQLITE_STATIC);
		rc = sqlite3_step(who);
		ls.member = sqlite3_column_int64(who, 0);
		sqlite3_reset(who);
		if (rc != SQLITE_ROW) {
			fh_error_at(err, im->name, l->line, l->col, _("unknown member '%s'"), l->member);
			goto done;
		}
		if ((rc = fh_leader_start(im->db, &im->lb, &ls, err)) < 0) {
			struct fh_error why = *err;

			fh_error_at(err, im->name, l->line, l->col, "%s", why.msg);
			goto done;
		}
		im->stats->leaders_set += rc;
	}
	status = 0;
done:
	sqlite3_finalize(who);
	return status;
}

/* Finalizes the importer's statements and frees what it kept. */
static void importer_end(struct importer *im)
{
	sqlite3_finalize(im->zone_st);
	fh_group_batch_end(&im->gb);
	fh_member_batch_end(&im->mb);
	fh_team_batch_end(&im->tb);
	fh_leader_batch_end(&im->lb);
	fh_map_free(&im->zones);
	fh_map_free(&im->groups);
	fh_map_free(&im->teams);
	free(im->seen);
	for (size_t i = 0; i < im->nmteams; i++)
		free(im->mteams[i].codes);
	free(im->mteams);
	for (size_t i = 0; i < im->npend; i++)
		free(im->pend[i].code);
	free(im->pend);
	for (size_t i = 0; i < im->nlead; i++) {
		free(im->lead[i].group);
		free(im->lead[i].member);
		free(im->lead[i].letter);
		free(im->lead[i].since);
	}
	free(im->lead);
}

/*
 * Takes the reader's batches in file order and imports their records
 * (each checked by fh_roster_check first).  Returns 0 when the file is
 * read whole, or -1 with err set (the reader's error when it failed).
 */
static int import_batches(struct importer *im, struct queue *q, struct fh_error *err)
{
	struct batch *b;
	int failed = 0;

	while ((b = queue_take(q, &failed)) != NULL) {
		int rc = 0;

		for (size_t i = 0; i < b->n && !rc; i++)
			rc = fh_roster_check(im->name, &b->rec[i], err) ||
			     import_record(im, &b->rec[i], err) ? -1 : 0;
		/* The kept members point into the batch, given back below. */
		if (!rc)
			rc = flush_members(im, err);
		queue_give_back(q, b);
		if (rc)
			return -1;
	}
	if (failed) {
		*err = q->err;
		return -1;
	}
	return 0;
}

/* Stops the reader thread (NULL: none was started) and frees what the queue holds. */
static void queue_end(struct queue *q, const pthread_t *thread)
{
	if (thread) {
		pthread_mutex_lock(&q->mu);
		q->cancel = 1;
		pthread_cond_broadcast(&q->cv);
		pthread_mutex_unlock(&q->mu);
		pthread_join(*thread, NULL);
	}
	batch_free(q->head);
	batch_free(q->spare);
	batch_free(q->cur);
	pthread_mutex_destroy(&q->mu);
	pthread_cond_destroy(&q->cv);
}

int fh_roster_import(struct fh_db *db, FILE *fp, const char *name,
		     enum fh_roster_format fmt, int dry_run,
		     struct fh_roster_stats *stats, struct fh_error *err)
{
	struct importer im = { .db = db, .name = name, .stats = stats };
	struct queue q = { .fp = fp, .name = name, .fmt = fmt };
	pthread_t thread;
	struct fh_time now;
	struct fh_limits lim;
	int started = 0, status = -1;

	memset(stats, 0, sizeof(*stats));
	if (fh_now(&now, err))
		return -1;
	fh_date_format(&now, im.today);
	pthread_mutex_init(&q.mu, NULL);
	pthread_cond_init(&q.cv, NULL);
	fh_config_limits(db, &lim);
	q.field_max = lim.field;
	/* A bigger page cache keeps the indexes being filled out of the WAL until commit. */
	if (fh_db_exec(db, "PRAGMA cache_size = -65536", err))
		goto done;
	/*
	 * Foreign keys and CHECK constraints stay on.  References that point
	 * forward in the file hold a place (id 0) until they are resolved at
	 * the end, so the foreign keys are checked at the commit instead of
	 * row by row; the pragma lasts until this transaction ends.
	 */
	if (fh_db_begin(db, err) || fh_db_exec(db, "PRAGMA defer_foreign_keys = ON", err) ||
	    load_codes(&im, err))
		goto done;
	if (pthread_create(&thread, NULL, reader_main, &q)) {
		fh_error_set(err, _("cannot start the reading thread"));
		goto done;
	}
	started = 1;
	if (import_batches(&im, &q, err) ||
	    resolve_pending(&im, err) || set_member_teams(&im, err) || set_leaders(&im, err))
		goto done;
	if (dry_run)
		fh_db_rollback(db);
	else if (fh_db_commit(db, err))
		goto done;
	status = 0;
done:
	importer_end(&im);
	if (status)
		fh_db_rollback(db);
	queue_end(&q, started ? &thread : NULL);
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
 * the stale one would free it twice.  Once one fails, nothing more is
 * written, and an event made after that is still ours to free.
 */
static int emit_made(struct emitter *e, int made)
{
	if (!made && !e->failed) {
		e->failed = 1;
		e->bad_key = e->key ? e->key : "?";
	} else if (made && e->failed) {
		yaml_event_delete(&e->ev);
	} else if (made && !yaml_emitter_emit(&e->em, &e->ev)) {
		e->failed = 1;
	}
	return e->failed ? -1 : 0;
}

/*
 * Emits a scalar.  Text that a reader would take for null, or a phone
 * number, is quoted; anything else is plain where YAML allows it.
 */
static void emit_scalar(struct emitter *e, const char *s, int quote)
{
	yaml_scalar_style_t style = YAML_ANY_SCALAR_STYLE;

	/* libyaml writes an encoded surrogate as "\uD800", which it cannot read back. */
	if (!fh_text_utf8_valid(s)) {
		emit_made(e, 0);
		return;
	}
	if (quote || !*s || !strcmp(s, "~") || !strcasecmp(s, "null"))
		style = YAML_DOUBLE_QUOTED_SCALAR_STYLE;
	emit_made(e, yaml_scalar_event_initialize(&e->ev, NULL, NULL, (yaml_char_t *)s, (int)strlen(s), 1, 1, style));
}

/*
 * The text the export writes for column col of st, or NULL for NULL; buf
 * holds a number's, which is the same as every other output of fh gives.
 */
static const char *export_text(sqlite3_stmt *st, int col, char buf[FH_OUT_NUMBER_LEN])
{
	if (sqlite3_column_type(st, col) == SQLITE_NULL)
		return NULL;
	if (sqlite3_column_type(st, col) == SQLITE_FLOAT) {
		fh_out_number(sqlite3_column_double(st, col), buf);
		return buf;
	}
	return (const char *)sqlite3_column_text(st, col);
}

/* Emits "key: value" for a column that is not NULL. */
static void emit_pair(struct emitter *e, const char *key, sqlite3_stmt *st, int col, int quote)
{
	char buf[FH_OUT_NUMBER_LEN];
	const char *v = export_text(st, col, buf);

	if (!v)
		return;
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

/* A list of the roster as the export writes it. */
struct section {
	const char *key;           /* its key in the roster */
	const char *what;          /* a record of it, for messages */
	enum fh_roster_kind kind;
	int flow;                  /* a record a line */
	const char *sql;           /* the records, their code first */
	const char *const *keys;   /* the key of each column */
};

static const char *const zone_keys[] = { "code", "name", NULL };
static const char *const group_keys[] = {
	"code", "zone", "name", "leader", "letter_signed", "leader_since", "formed",
	"dissolved", "note", NULL,
};
static const char *const team_keys[] = { "code", "name", "kind", "zone", NULL };
static const char *const member_keys[] = {
	"code", "kind", "name", "contact", "phone", "address", "zone", "group", "lat",
	"lon", "joined", "left", "note", "teams", "letter_signed", "trade", NULL,
};

/* In the order fh-roster(5) shows them; members last, so that they find the rest. */
static const struct section sections[] = {
	{ "zones", N_("zone"), FH_RREC_ZONE, 1, "SELECT code, name FROM zones ORDER BY code", zone_keys },
	{ "groups", N_("group"), FH_RREC_GROUP, 1,
	  "SELECT g.code, z.code, g.name, m.code, t.letter_signed, t.started_on,"
	  " g.formed_on, g.dissolved_on, g.note FROM groups g"
	  " JOIN zones z ON z.id = g.zone_id"
	  " LEFT JOIN leader_terms t ON t.group_id = g.id AND t.ended_on IS NULL"
	  " LEFT JOIN members m ON m.id = t.member_id ORDER BY g.code", group_keys },
	{ "teams", N_("team"), FH_RREC_TEAM, 1,
	  "SELECT t.code, t.name, t.kind, z.code FROM teams t"
	  " LEFT JOIN zones z ON z.id = t.zone_id ORDER BY t.code", team_keys },
	{ "members", N_("member"), FH_RREC_MEMBER, 0,
	  "SELECT m.code, m.kind, m.name, m.contact, m.phone, m.address, z.code,"
	  " g.code, m.lat, m.lon, m.joined_on, m.left_on, m.note,"
	  TEAMS_OF_MEMBER ", m.letter_signed, m.trade FROM members m"
	  " JOIN zones z ON z.id = m.zone_id LEFT JOIN groups g ON g.id = m.group_id"
	  " ORDER BY m.code", member_keys },
};

#define SECTION_MEMBERS (sizeof(sections) / sizeof(sections[0]) - 1)

/*
 * Checks every value of a section by the rules the import reads it with,
 * before anything is written: a value no import takes (a date
 * '2026-13-45' or a name with ESC put in with the sqlite3 shell) is
 * refused in one line naming the record's code and the key, rather than
 * written into a file that cannot be imported again.  0 or -1.
 */
static int check_section(struct fh_db *db, const struct section *sec, long long field_max,
			 struct fh_error *err)
{
	sqlite3_stmt *st;
	int rc;

	if (fh_db_prepare(db, &st, sec->sql, err))
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		for (int i = 0; sec->keys[i]; i++) {
			char buf[FH_OUT_NUMBER_LEN];
			const char *v, *code;

			/*
			 * A coordinate stored as a number in range is written as
			 * a plain number the import reads: skipping its text
			 * (printf and strtod) halves the cost of this check.
			 */
			if (sqlite3_column_type(st, i) == SQLITE_FLOAT && sec->keys[i][0] == 'l' &&
			    (!strcmp(sec->keys[i], "lat") || !strcmp(sec->keys[i], "lon")) &&
			    fabs(sqlite3_column_double(st, i)) <= (sec->keys[i][1] == 'a' ? 90 : 180))
				continue;
			v = export_text(st, i, buf);
			/* A NUL inside a stored text (only the sqlite3 shell writes one) would cut it short. */
			if (v && v != buf && strlen(v) != (size_t)sqlite3_column_bytes(st, i))
				fh_error_set(err, _("a value holds a NUL byte"));
			else if (!v || !fh_roster_value_check(sec->kind, sec->keys[i], v, field_max, err))
				continue;
			code = (const char *)sqlite3_column_text(st, 0);
			fh_error_prefix(err, _("cannot export %s '%s', key '%s'"), _(sec->what),
					code ? code : "", sec->keys[i]);
			sqlite3_finalize(st);
			return -1;
		}
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : fh_db_error(db, err, _("cannot read the roster"));
}

/* Emits "key:" and a block list of one mapping per record of the section. */
static int emit_list(struct emitter *e, struct fh_db *db, const struct section *sec,
		     struct fh_error *err)
{
	sqlite3_stmt *st;
	int rc;

	if (fh_db_prepare(db, &st, sec->sql, err))
		return -1;
	emit_scalar(e, sec->key, 0);
	emit_made(e, yaml_sequence_start_event_initialize(&e->ev, NULL, NULL, 1, YAML_BLOCK_SEQUENCE_STYLE));
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		start_map(e, sec->flow);
		for (int i = 0; sec->keys[i]; i++)
			emit_pair(e, sec->keys[i], st, i, !strcmp(sec->keys[i], "phone"));
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
	struct emitter e;
	struct fh_limits lim;
	char *station = fh_db_setting(db, "station");
	int status = -1;
	size_t i;

	fh_config_limits(db, &lim);
	if (station && fh_roster_value_check(FH_RREC_STATION, "station", station, lim.field, err)) {
		free(station);
		return fh_error_prefix(err, _("cannot export the roster"));
	}
	for (i = 0; i < sizeof(sections) / sizeof(sections[0]); i++)
		if (check_section(db, &sections[i], lim.field, err)) {
			free(station);
			return -1;
		}
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
	for (i = 0; i < sizeof(sections) / sizeof(sections[0]); i++)
		if (emit_list(&e, db, &sections[i], err))
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
	struct fh_limits lim;
	int rc;

	/* The same members as the YAML export's, and the same check. */
	fh_config_limits(db, &lim);
	if (check_section(db, &sections[SECTION_MEMBERS], lim.field, err))
		return -1;
	if (fh_db_prepare(db, &st,
			  "SELECT m.code, m.kind, m.name, m.contact, m.phone, m.address,"
			  " z.code AS zone, g.code AS \"group\", m.lat, m.lon,"
			  " m.joined_on AS joined, m.left_on AS left, m.note, " TEAMS_OF_MEMBER " AS teams,"
			  " m.letter_signed, m.trade FROM members m"
			  " JOIN zones z ON z.id = m.zone_id LEFT JOIN groups g ON g.id = m.group_id"
			  " ORDER BY m.code", err))
		return -1;
	rc = fh_out_stmt(out, st, err);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}
