/*
 * Text as fh stores and shows it: well-formed UTF-8 (checked with
 * utf8proc, the one decoder of the project) without terminal control
 * characters.  Every module that accepts text from a person or a file asks
 * here rather than keeping its own validator.
 */
#ifndef FH_TEXT_H
#define FH_TEXT_H

#include <stddef.h>

#include "fh/error.h"

/* What fh_text_check allows besides printable text. */
enum fh_text_kind {
	FH_TEXT_LINE = 0,       /* a name, code or place: one line, no control characters */
	FH_TEXT_MULTILINE = 1,  /* a report, note or minutes: newlines and tabs allowed */
};

/*
 * Returns the byte offset of the first byte of s[0..len) that is not part
 * of well-formed UTF-8, or len if all of it is.
 */
size_t fh_text_utf8_prefix(const char *s, size_t len);

/* Returns 1 if the NUL-terminated s is well-formed UTF-8, else 0. */
int fh_text_utf8_valid(const char *s);

/*
 * Returns the byte offset of the first code point of s that kind does not
 * allow (invalid UTF-8, or a C0/C1 control character such as ESC, BEL or
 * DEL; kind FH_TEXT_MULTILINE allows newline and tab), or (size_t)-1 when
 * s is acceptable.
 */
size_t fh_text_bad_offset(const char *s, enum fh_text_kind kind);

/*
 * Checks s with fh_text_bad_offset.  On a problem sets err to
 * "WHAT is not valid UTF-8 text" or "WHAT contains a control character"
 * (never echoing the value, which may be personal) and returns -1; else 0.
 */
int fh_text_check(const char *s, enum fh_text_kind kind, const char *what,
		  struct fh_error *err);

/*
 * Parses s as a whole decimal number in [min, max]: an optional '-' then
 * digits only, so " 5", "+5" and "0x5" are refused.  Returns 0 or -1.
 */
int fh_text_whole(const char *s, long long min, long long max, long long *out);

/*
 * Parses s as a plain decimal number: an optional '-', digits, and an
 * optional '.' with more digits; no blanks, '+', exponent, hexadecimal
 * ("0x1p3"), infinity or NaN.  Returns 0 or -1.
 */
int fh_text_decimal(const char *s, double *out);

#endif
