/*
 * Open311 GeoReport v2 documents from the reports_v and categories views:
 * read only, so the report module stays the one writer of reports.
 */
#include <stdlib.h>
#include <string.h>

#include "fh/i18n.h"
#include "fh/mask.h"
#include "fh/open311.h"
#include "fh/out.h"
#include "fh/period.h"
#include "fh/xml.h"

/*
 * status_notes is the note of the last event that changed where a report
 * stands (handled, dismissed, verified, rejected, extended, reopened): the
 * handling note, the reason for dismissal, an extension's reason.  Closed
 * in Open311's sense is fh's closed column (verified, or handled where
 * verification is not required) or dismissed; every other status is open.
 */
static const char requests_sql[] =
	"SELECT r.id, r.closed OR r.status = 'dismissed', r.category, r.category_label,"
	" r.text, r.reported_at,"
	" coalesce((SELECT max(e.at) FROM report_events e WHERE e.report_id = r.id), r.reported_at),"
	" r.deadline_at, r.place, r.lat, r.lon, r.photos,"
	" (SELECT e.note FROM report_events e WHERE e.report_id = r.id AND e.action IN"
	"   ('handled', 'dismissed', 'verified', 'rejected', 'extended', 'reopened')"
	"   ORDER BY e.at DESC, e.id DESC LIMIT 1)"
	" FROM reports_v r"
	" WHERE (?1 IS NULL OR r.reported_at >= ?1) AND (?2 IS NULL OR r.reported_at < ?2)"
	" ORDER BY r.reported_at, r.id";

/* Sets key to the masked copy of column i's text, if there is one. */
static int set_text(json_t *obj, const char *key, sqlite3_stmt *st, int i)
{
	const char *s = (const char *)sqlite3_column_text(st, i);
	char *masked;
	int rc;

	if (!s || !*s)
		return 0;
	if (!(masked = fh_mask_text_dup(s)))
		return -1;
	rc = json_object_set_new(obj, key, json_string(masked));
	free(masked);
	return rc;
}

/* Sets key to column i's local time as a W3C datetime with the station's offset. */
static int set_time(json_t *obj, const char *key, sqlite3_stmt *st, int i)
{
	const char *s = (const char *)sqlite3_column_text(st, i);
	char buf[FH_W3C_LEN];
	struct fh_time t;

	if (!s || fh_time_parse(s, &t, NULL))
		return 0;
	fh_time_w3c(&t, buf);
	return json_object_set_new(obj, key, json_string(buf));
}

/* Sets key to column i's number, if it has one. */
static int set_real(json_t *obj, const char *key, sqlite3_stmt *st, int i)
{
	if (sqlite3_column_type(st, i) == SQLITE_NULL)
		return 0;
	return json_object_set_new(obj, key, json_real(sqlite3_column_double(st, i)));
}

/* Builds the record of the current row of requests_sql, in the specification's order. */
static json_t *request(sqlite3_stmt *st, const char *agency, const char *media)
{
	json_t *o = json_object();
	char id[24], *url = NULL;
	int rc;

	if (!o)
		return NULL;
	snprintf(id, sizeof(id), "%lld", (long long)sqlite3_column_int64(st, 0));
	rc = json_object_set_new(o, "service_request_id", json_string(id)) |
	     json_object_set_new(o, "status",
				 json_string(sqlite3_column_int(st, 1) ? "closed" : "open")) |
	     set_text(o, "status_notes", st, 12) |
	     json_object_set_new(o, "service_name",
				 json_string((const char *)sqlite3_column_text(st, 3))) |
	     json_object_set_new(o, "service_code",
				 json_string((const char *)sqlite3_column_text(st, 2))) |
	     set_text(o, "description", st, 4);
	if (agency)
		rc |= json_object_set_new(o, "agency_responsible", json_string(agency));
	rc |= set_time(o, "requested_datetime", st, 5) | set_time(o, "updated_datetime", st, 6) |
	      set_time(o, "expected_datetime", st, 7) | set_text(o, "address", st, 8) |
	      set_real(o, "lat", st, 9) | set_real(o, "long", st, 10);
	if (media && sqlite3_column_int(st, 11) > 0) {
		size_t n = strlen(media);

		/* One media_url a request: the first photo, at BASE/ID/1. */
		if (!(url = malloc(n + sizeof(id) + 4)))
			rc = -1;
		else {
			snprintf(url, n + sizeof(id) + 4, "%.*s/%s/1",
				 (int)(n && media[n - 1] == '/' ? n - 1 : n), media, id);
			rc |= json_object_set_new(o, "media_url", json_string(url));
		}
	}
	free(url);
	if (rc) {
		json_decref(o);
		return NULL;
	}
	return o;
}

/* The record a row of a document's statement stands for (NULL: out of memory). */
typedef json_t *row_fn(sqlite3_stmt *st, const char *agency, const char *media);

/*
 * Runs st (finalized here) and collects one record a row into *doc, a new
 * array.  Returns 0, or -1 with err set.
 */
static int collect(struct fh_db *db, sqlite3_stmt *st, row_fn *row, const char *agency,
		   const char *media, json_t **doc, struct fh_error *err)
{
	json_t *list = json_array();
	int step = SQLITE_ROW, rc = -1;

	while (list && (step = sqlite3_step(st)) == SQLITE_ROW) {
		json_t *o = row(st, agency, media);

		if (!o || json_array_append_new(list, o))
			break;
	}
	if (step == SQLITE_DONE) {
		*doc = list;
		list = NULL;
		rc = 0;
	} else if (step == SQLITE_ROW || !list) {
		fh_error_set(err, _("out of memory"));
	} else {
		fh_db_error(db, err, "reading an Open311 document");
	}
	sqlite3_finalize(st);
	json_decref(list);
	return rc;
}

int fh_open311_requests(struct fh_db *db, const char *since, const char *until,
			json_t **doc, struct fh_error *err)
{
	char *agency = fh_db_setting(db, "station"), *media = fh_db_setting(db, "open311_media_url");
	sqlite3_stmt *st = NULL;
	int rc = -1;

	if (!fh_db_prepare(db, &st, requests_sql, err)) {
		sqlite3_bind_text(st, 1, since, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, until, -1, SQLITE_STATIC);
		rc = collect(db, st, request, agency && *agency ? agency : NULL,
			     media && *media ? media : NULL, doc, err);
	}
	free(agency);
	free(media);
	return rc;
}

/* Builds the record of one category. */
static json_t *service(sqlite3_stmt *st, const char *agency, const char *media)
{
	const char *code = (const char *)sqlite3_column_text(st, 0);
	const char *family = (const char *)sqlite3_column_text(st, 1);
	char desc[64];

	(void)agency;
	(void)media;
	/* Machine formats keep English: the label is the station's own words. */
	snprintf(desc, sizeof(desc), "family %s, deadline in days %d", family, sqlite3_column_int(st, 3));
	return json_pack("{s:s, s:s, s:s, s:b, s:s, s:s, s:s}", "service_code", code,
			 "service_name", (const char *)sqlite3_column_text(st, 2),
			 "description", desc, "metadata", 0, "type", "realtime",
			 "keywords", family, "group", family);
}

int fh_open311_services(struct fh_db *db, json_t **doc, struct fh_error *err)
{
	sqlite3_stmt *st = NULL;

	if (fh_db_prepare(db, &st, "SELECT code, family, label, deadline_days FROM categories"
			  " ORDER BY code", err))
		return -1;
	return collect(db, st, service, NULL, NULL, doc, err);
}

int fh_open311_write(FILE *fp, const json_t *doc, int requests, int xml)
{
	if (xml)
		return fh_xml_write(fp, requests ? "service_requests" : "services",
				    requests ? "request" : "service", doc);
	if (fh_out_json(fp, doc, 2) || fputc('\n', fp) == EOF)
		return -1;
	return 0;
}
