/* UTF-8 text checks, over utf8proc (see fh/text.h). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "fh/i18n.h"
#include "fh/text.h"

size_t fh_text_utf8_prefix(const char *s, size_t len)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
	size_t i = 0;

	while (i < len) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t k;

		/* ASCII needs no decoding: most of a station's codes and numbers. */
		if (p[i] < 0x80) {
			i++;
			continue;
		}
		k = utf8proc_iterate(p + i, (utf8proc_ssize_t)(len - i), &cp);
		if (k <= 0)
			return i;
		i += (size_t)k;
	}
	return len;
}

int fh_text_utf8_valid(const char *s)
{
	size_t n = strlen(s);

	return fh_text_utf8_prefix(s, n) == n;
}

/* Returns 1 if cp may stand in text of kind. */
static int allowed(utf8proc_int32_t cp, enum fh_text_kind kind)
{
	if (kind == FH_TEXT_MULTILINE && (cp == '\n' || cp == '\t'))
		return 1;
	return !(cp < 0x20 || (cp >= 0x7f && cp < 0xa0));
}

size_t fh_text_bad_offset(const char *s, enum fh_text_kind kind)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
	size_t len = strlen(s), i = 0;

	while (i < len) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t k;

		/* ASCII needs no decoding, as in fh_text_utf8_prefix. */
		if (p[i] < 0x80) {
			if (!allowed(p[i], kind))
				return i;
			i++;
			continue;
		}
		k = utf8proc_iterate(p + i, (utf8proc_ssize_t)(len - i), &cp);
		if (k <= 0 || !allowed(cp, kind))
			return i;
		i += (size_t)k;
	}
	return (size_t)-1;
}

int fh_text_check(const char *s, enum fh_text_kind kind, const char *what,
		  struct fh_error *err)
{
	size_t at = fh_text_bad_offset(s, kind);

	if (at == (size_t)-1)
		return 0;
	if (fh_text_utf8_prefix(s + at, strlen(s + at)) == 0)
		return fh_error_set(err, _("%s is not valid UTF-8 text"), what);
	return fh_error_set(err, _("%s contains a control character"), what);
}

/* Whether s is '-'? digits ('.' digits)?, the one number shape fh accepts. */
static int plain_number(const char *s, int fraction)
{
	const char *p = s + (*s == '-');
	size_t n = strspn(p, "0123456789");

	if (!n)
		return 0;
	p += n;
	if (fraction && *p == '.') {
		n = strspn(p + 1, "0123456789");
		if (!n)
			return 0;
		p += 1 + n;
	}
	return *p == '\0';
}

int fh_text_whole(const char *s, long long min, long long max, long long *out)
{
	long long v = 0;

	if (!plain_number(s, 0))
		return -1;
	errno = 0;
	v = strtoll(s, NULL, 10);
	if (errno == ERANGE || v < min || v > max)
		return -1;
	*out = v;
	return 0;
}

int fh_text_decimal(const char *s, double *out)
{
	if (!plain_number(s, 1))
		return -1;
	*out = strtod(s, NULL);
	return 0;
}
