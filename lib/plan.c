/*
 * Forming groups (fh-group plan), the plain way: in each zone, the active
 * members that are not mobile and have no group are put in order (by
 * lat/lon where both are known, else by address) and cut into
 * consecutive groups whose sizes stay within [min, max], as near to size
 * as the count allows.  New groups continue the station's numbering.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fh/lookup.h"
#include "fh/period.h"
#include "fh/plan.h"

struct plan_member {
	sqlite3_int64 id;
	char *code;
};

/* The numbering of group codes: a prefix and a zero-padded number. */
struct numbering {
	char prefix[64];
	int width;
	long long next;
};

/* Finds the code with the highest number, to continue after it ("G012" -> G013). */
static int read_numbering(struct fh_db *db, struct numbering *nb, struct fh_error *err)
{
	sqlite3_stmt *st;
	int rc;

	snprintf(nb->prefix, sizeof(nb->prefix), "G");
	nb->width = 3;
	nb->next = 1;
	if (fh_db_prepare(db, &st, "SELECT code FROM groups", err))
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *code = (const char *)sqlite3_column_text(st, 0);
		size_t n = strlen(code), d = n;

		while (d > 0 && code[d - 1] >= '0' && code[d - 1] <= '9')
			d--;
		if (d == n || n - d > 15 || d >= sizeof(nb->prefix))
			continue;
		long long v = strtoll(code + d, NULL, 10);

		if (v + 1 > nb->next || (v + 1 == nb->next && nb->next == 1)) {
			nb->next = v + 1;
			nb->width = (int)(n - d);
			snprintf(nb->prefix, sizeof(nb->prefix), "%.*s", (int)d, code);
		}
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : fh_db_error(db, err, "cannot read the groups");
}

/* Writes the next free group code into buf. */
static int next_code(struct fh_db *db, struct numbering *nb, char *buf, size_t size,
		     struct fh_error *err)
{
	sqlite3_int64 id;

	for (;;) {
		struct fh_error lerr = { 0 };

		snprintf(buf, size, "%s%0*lld", nb->prefix, nb->width, nb->next++);
		if (fh_lookup(db, FH_GROUP, buf, &id, &lerr))
			return strncmp(lerr.msg, "unknown", 7) ? fh_error_set(err, "%s", lerr.msg) : 0;
	}
}

/* The number of groups for n members: as near n/size as the bounds allow, or 0. */
static int group_count(int n, const struct fh_plan_options *opt, int *placed)
{
	int k = (n + opt->size / 2) / opt->size;

	if (k < 1)
		k = 1;
	while (k > 1 && n / k < opt->min)
		k--;
	while ((n + k - 1) / k > opt->max && n / (k + 1) >= opt->min)
		k++;
	if (n < opt->min)
		return *placed = 0;
	/* When no count fits, the last members wait for a later plan. */
	*placed = n > k * opt->max ? k * opt->max : n;
	return k;
}

/* Plans (and writes, with apply) one zone's groups. */
static int plan_zone(struct fh_db *db, const struct fh_plan_options *opt, sqlite3_int64 zone,
		     struct numbering *nb, const char *today, struct fh_out *out,
		     struct fh_error *err)
{
	sqlite3_stmt *st = NULL, *add = NULL, *set = NULL;
	struct plan_member *m = NULL;
	size_t n = 0, cap = 0;
	int rc, k, placed, status = -1;

	if (fh_db_prepare(db, &st, "SELECT id, code FROM members WHERE zone_id = ?1"
			  " AND left_on IS NULL AND kind <> 'mobile' AND group_id IS NULL"
			  " ORDER BY (lat IS NULL OR lon IS NULL), lat, lon, address, code", err))
		return -1;
	sqlite3_bind_int64(st, 1, zone);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (n == cap) {
			struct plan_member *p = realloc(m, (cap = cap ? cap * 2 : 64) * sizeof(*p));

			if (!p) {
				fh_error_set(err, "out of memory");
				goto done;
			}
			m = p;
		}
		m[n].id = sqlite3_column_int64(st, 0);
		if (!(m[n].code = strdup((const char *)sqlite3_column_text(st, 1)))) {
			fh_error_set(err, "out of memory");
			goto done;
		}
		n++;
	}
	if (rc != SQLITE_DONE) {
		fh_db_error(db, err, "cannot read the members");
		goto done;
	}
	if (opt->apply &&
	    (fh_db_prepare(db, &add, "INSERT INTO groups(code, zone_id, formed_on) VALUES (?1, ?2, ?3)", err) ||
	     fh_db_prepare(db, &set, "UPDATE members SET group_id = ?2 WHERE id = ?1", err)))
		goto done;
	k = group_count((int)n, opt, &placed);
	for (int g = 0, at = 0; g < k; g++) {
		int size = placed / k + (g < placed % k);
		sqlite3_int64 gid = 0;
		char code[96];

		if (next_code(db, nb, code, sizeof(code), err))
			goto done;
		if (opt->apply) {
			sqlite3_bind_text(add, 1, code, -1, SQLITE_STATIC);
			sqlite3_bind_int64(add, 2, zone);
			sqlite3_bind_text(add, 3, today, -1, SQLITE_STATIC);
			rc = sqlite3_step(add);
			sqlite3_reset(add);
			if (rc != SQLITE_DONE) {
				fh_db_error(db, err, "cannot add a group");
				goto done;
			}
			gid = sqlite3_last_insert_rowid(db->sql);
		}
		for (int i = 0; i < size; i++, at++) {
			if (opt->apply) {
				sqlite3_bind_int64(set, 1, m[at].id);
				sqlite3_bind_int64(set, 2, gid);
				rc = sqlite3_step(set);
				sqlite3_reset(set);
				if (rc != SQLITE_DONE) {
					fh_db_error(db, err, "cannot place a member");
					goto done;
				}
			}
			fh_out_text(out, m[at].code);
			fh_out_text(out, code);
			fh_out_end_row(out);
		}
	}
	status = 0;
done:
	sqlite3_finalize(st);
	sqlite3_finalize(add);
	sqlite3_finalize(set);
	for (size_t i = 0; i < n; i++)
		free(m[i].code);
	free(m);
	return status;
}

int fh_plan_run(struct fh_db *db, const struct fh_plan_options *opt,
		struct fh_out *out, struct fh_error *err)
{
	sqlite3_stmt *zones = NULL;
	struct numbering nb;
	struct fh_time now;
	char today[FH_DATE_LEN];
	sqlite3_int64 only = 0;
	int rc, status = -1;

	if (opt->size < 1 || opt->min < 1 || opt->min > opt->size || opt->size > opt->max)
		return fh_error_usage(err, "the sizes must satisfy 1 <= min <= size <= max");
	if (fh_now(&now, err))
		return -1;
	fh_date_format(&now, today);
	if (opt->zone && fh_lookup(db, FH_ZONE, opt->zone, &only, err))
		return -1;
	if (fh_db_begin(db, err))
		return -1;
	if (read_numbering(db, &nb, err) ||
	    fh_db_prepare(db, &zones, "SELECT id FROM zones WHERE ?1 = 0 OR id = ?1 ORDER BY code", err))
		goto done;
	fh_out_column(out, "member", 0);
	fh_out_column(out, "group", 0);
	sqlite3_bind_int64(zones, 1, only);
	while ((rc = sqlite3_step(zones)) == SQLITE_ROW)
		if (plan_zone(db, opt, sqlite3_column_int64(zones, 0), &nb, today, out, err))
			goto done;
	if (rc != SQLITE_DONE) {
		fh_db_error(db, err, "cannot read the zones");
		goto done;
	}
	status = 0;
done:
	sqlite3_finalize(zones);
	if (status || !opt->apply)
		fh_db_rollback(db);
	else if (fh_db_commit(db, err))
		status = -1;
	return status;
}
