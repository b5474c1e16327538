/*
 * libFuzzer target: whatever bytes a value holds, every format writes it
 * without crashing, and a JSON line always parses back.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>

#include "fh/out.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *value = malloc(size + 1);

	if (!value)
		return 0;
	memcpy(value, data, size);
	value[size] = '\0';
	for (int fmt = FH_FORMAT_TABLE; fmt <= FH_FORMAT_JSON; fmt++) {
		char *buf = NULL;
		size_t len = 0;
		FILE *fp = open_memstream(&buf, &len);
		struct fh_out *out = fh_out_new(fp, (enum fh_format)fmt, 0);

		fh_out_column(out, value, 0);
		fh_out_column(out, "phone", FH_COL_PHONE);
		fh_out_column(out, "computed", FH_COL_DIGITS);
		fh_out_text(out, value);
		fh_out_text(out, value);
		fh_out_text(out, value);
		fh_out_end_row(out);
		fh_out_finish(out);
		fh_out_free(out);
		fclose(fp);
		if (fmt == FH_FORMAT_JSON) {
			json_error_t jerr;
			json_t *row = json_loadb(buf, len, 0, &jerr);

			if (!row)
				abort();
			json_decref(row);
		}
		free(buf);
	}
	free(value);
	return 0;
}
