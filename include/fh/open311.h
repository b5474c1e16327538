/*
 * The station's reports in Open311 GeoReport v2, the open standard for
 * civic service requests: the "requests" document (a list of
 * service_request records) and the "services" document (the categories),
 * built as JSON and written as JSON (fh_out_json) or XML (fh_xml_write).
 * fh-report(1) documents how fh's fields and statuses map onto it.
 */
#ifndef FH_OPEN311_H
#define FH_OPEN311_H

#include <jansson.h>

#include "fh/db.h"
#include "fh/error.h"

/*
 * Builds into *doc (new, the caller's) the service requests filed in
 * [since, until) ("YYYY-MM-DD HH:MM"; NULL: unbounded), oldest first.
 * Free text (description, address, status_notes) is masked as in every
 * output unless fh_mask_set_reveal revealed it.  media_url is the
 * setting open311_media_url followed by "/ID/1" for a report with
 * photos, and left out otherwise.  Returns 0, or -1 with err set.
 */
int fh_open311_requests(struct fh_db *db, const char *since, const char *until,
			json_t **doc, struct fh_error *err);

/* Builds into *doc (new, the caller's) the services: one a category.  Returns 0 or -1. */
int fh_open311_services(struct fh_db *db, json_t **doc, struct fh_error *err);

/*
 * Writes doc, built by one of the above, to fp as JSON (xml false: an
 * array, indented) or XML (<service_requests><request> or
 * <services><service>, by requests).  Returns 0, or -1 when writing
 * failed (errno set).
 */
int fh_open311_write(FILE *fp, const json_t *doc, int requests, int xml);

#endif
