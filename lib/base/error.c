#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "fh/error.h"

/*
 * Rewrites the control characters of msg (a value quoted in it may hold
 * ESC, BEL, a newline...) as \n, \t, \r, \xHH or, for C1, \u00HH, so that
 * a message stays one line and cannot drive the terminal it is shown on.
 */
static void escape_controls(char *msg, size_t size)
{
	char out[sizeof(((struct fh_error *)0)->msg)];
	const unsigned char *p = (const unsigned char *)msg;
	size_t w = 0;

	if (!msg[strcspn(msg, "\001\002\003\004\005\006\007\010\011\012\013\014\015\016\017"
			"\020\021\022\023\024\025\026\027\030\031\032\033\034\035\036\037\177\302")])
		return;
	for (; *p && w + 7 < sizeof(out); p++) {
		if (*p == '\n' || *p == '\t' || *p == '\r') {
			out[w++] = '\\';
			out[w++] = *p == '\n' ? 'n' : *p == '\t' ? 't' : 'r';
		} else if (*p < 0x20 || *p == 0x7f) {
			w += (size_t)snprintf(out + w, 5, "\\x%02x", *p);
		} else if (*p == 0xc2 && p[1] >= 0x80 && p[1] < 0xa0) {
			w += (size_t)snprintf(out + w, 7, "\\u%04x", p[1]);
			p++;
		} else {
			out[w++] = (char)*p;
		}
	}
	out[w] = '\0';
	snprintf(msg, size, "%s", out);
}

static void set_message(struct fh_error *err, enum fh_status status,
			const char *fmt, va_list ap)
{
	err->status = status;
	vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
	escape_controls(err->msg, sizeof(err->msg));
}

int fh_error_set(struct fh_error *err, const char *fmt, ...)
{
	va_list ap;

	if (!err)
		return -1;
	va_start(ap, fmt);
	set_message(err, FH_FAIL, fmt, ap);
	va_end(ap);
	return -1;
}

int fh_error_usage(struct fh_error *err, const char *fmt, ...)
{
	va_list ap;

	if (!err)
		return -1;
	va_start(ap, fmt);
	set_message(err, FH_USAGE, fmt, ap);
	va_end(ap);
	return -1;
}

/* Puts "head: " before the text already in err->msg, truncating the end if needed. */
static void prepend(struct fh_error *err, const char *head)
{
	size_t hn = strlen(head), size = sizeof(err->msg);

	if (hn + 2 >= size)
		hn = size - 3;
	memmove(err->msg + hn + 2, err->msg, size - hn - 2);
	err->msg[size - 1] = '\0';
	memcpy(err->msg, head, hn);
	err->msg[hn] = ':';
	err->msg[hn + 1] = ' ';
}

int fh_error_at(struct fh_error *err, const char *file, unsigned long line,
		unsigned long col, const char *fmt, ...)
{
	char where[512];
	va_list ap;

	if (!err)
		return -1;
	if (line && col)
		snprintf(where, sizeof(where), "%s:%lu:%lu", file, line, col);
	else if (line)
		snprintf(where, sizeof(where), "%s:%lu", file, line);
	else
		snprintf(where, sizeof(where), "%s", file);
	va_start(ap, fmt);
	set_message(err, FH_FAIL, fmt, ap);
	va_end(ap);
	prepend(err, where);
	escape_controls(err->msg, sizeof(err->msg));
	return -1;
}

int fh_error_prefix(struct fh_error *err, const char *fmt, ...)
{
	char head[512];
	va_list ap;

	if (!err)
		return -1;
	va_start(ap, fmt);
	vsnprintf(head, sizeof(head), fmt, ap);
	va_end(ap);
	prepend(err, head);
	escape_controls(err->msg, sizeof(err->msg));
	if (!err->status)
		err->status = FH_FAIL;
	return -1;
}
