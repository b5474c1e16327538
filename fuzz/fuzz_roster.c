/*
 * libFuzzer target: any bytes as a roster file (YAML or CSV, as the first
 * byte picks) are read or refused with an error, never crash; a record the
 * reader hands over unchecked is then checked as the import would.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "fh/roster.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Checks a record read unchecked, as fh_roster_import's writing thread does. */
static int check_record(void *ctx, const struct fh_roster_record *rec, struct fh_error *err)
{
	struct fh_roster_record copy = *rec;

	(void)ctx;
	return fh_roster_check("fuzz", &copy, err);
}

static int ignore_record(void *ctx, const struct fh_roster_record *rec, struct fh_error *err)
{
	(void)ctx; (void)rec; (void)err;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const enum fh_roster_format formats[] = { FH_ROSTER_YAML, FH_ROSTER_CSV, FH_ROSTER_AUTO };
	struct fh_error err;
	FILE *fp;
	unsigned mode;

	if (size < 2)
		return 0;
	mode = data[0];
	fp = fmemopen((void *)(data + 1), size - 1, "r");
	if (!fp)
		return 0;
	if (mode & 4)
		fh_roster_read_unchecked(fp, "fuzz", formats[mode % 3], 0, check_record, NULL, &err);
	else
		fh_roster_read(fp, "fuzz", formats[mode % 3], 0, ignore_record, NULL, &err);
	fclose(fp);
	return 0;
}
