/* libFuzzer target: dates, times and periods never crash or read out of bounds. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fh/period.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	struct fh_error err;
	struct fh_time t;
	struct fh_range r;
	char buf[FH_TIME_LEN];

	if (!s)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	setenv("FH_NOW", "2026-11-23 10:00", 1);
	if (fh_date_parse(s, &t, &err) == 0) {
		fh_time_format(&t, buf);
		if (!fh_date_valid(t.year, t.month, t.day))
			abort();
	}
	if (fh_time_parse(s, &t, &err) == 0)
		fh_time_format(&t, buf);
	if (fh_period_parse(s, &r, &err) == 0 && strcmp(r.start, r.end) >= 0)
		abort();  /* every period is a non-empty span */
	free(s);
	return 0;
}
