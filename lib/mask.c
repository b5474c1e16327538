#include <ctype.h>
#include <string.h>

#include "fh/mask.h"

/* Masks the n digits of the span [s, s+len) into out; returns chars written. */
static size_t mask_span(const char *s, size_t len, char *out, size_t room)
{
	size_t ndigits = 0, seen = 0, w = 0;
	size_t head, tail;

	for (size_t i = 0; i < len; i++)
		ndigits += isdigit((unsigned char)s[i]) != 0;
	head = ndigits >= 11 ? 3 : 0;
	tail = ndigits >= 8 ? 4 : ndigits >= 4 ? 2 : 0;
	for (size_t i = 0; i < len && w + 1 < room; i++) {
		char c = s[i];

		if (isdigit((unsigned char)c)) {
			if (seen >= head && seen < ndigits - tail)
				c = '*';
			seen++;
		}
		out[w++] = c;
	}
	return w;
}

char *fh_mask_phone(const char *phone, char *buf, size_t size)
{
	size_t w;

	if (!size)
		return buf;
	w = mask_span(phone, strlen(phone), buf, size);
	buf[w] = '\0';
	return buf;
}

char *fh_mask_digits(const char *s, char *buf, size_t size)
{
	size_t w = 0;

	if (!size)
		return buf;
	while (*s && w + 1 < size) {
		size_t run = strspn(s, "0123456789");

		if (run >= 7) {
			w += mask_span(s, run, buf + w, size - w);
			s += run;
		} else if (run) {
			size_t n = run < size - 1 - w ? run : size - 1 - w;

			memcpy(buf + w, s, n);
			w += n;
			s += run;
		} else {
			buf[w++] = *s++;
		}
	}
	buf[w] = '\0';
	return buf;
}
