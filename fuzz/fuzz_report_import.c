/*
 * libFuzzer target: any bytes as a batch of reports (YAML list, JSON
 * Lines, CSV or guessed, as the first byte picks) are read or refused
 * with an error, never crash.  Photo paths point into a directory that
 * does not exist, so no real file is read.
 */
#include <stdint.h>
#include <stdio.h>

#include "fh/report_import.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int ignore_report(void *ctx, const struct fh_report_input *in, struct fh_error *err)
{
	(void)ctx; (void)in; (void)err;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const enum fh_import_format formats[] = {
		FH_IMPORT_AUTO, FH_IMPORT_YAML, FH_IMPORT_JSONL, FH_IMPORT_CSV,
	};
	struct fh_error err;
	FILE *fp;

	if (size < 2)
		return 0;
	fp = fmemopen((void *)(data + 1), size - 1, "r");
	if (!fp)
		return 0;
	fh_report_read(fp, "fuzz", "/nonexistent/fh-fuzz", formats[data[0] % 4],
		       ignore_report, NULL, &err);
	fclose(fp);
	return 0;
}
