#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "fh/error.h"

static void set_message(struct fh_error *err, enum fh_status status,
			const char *fmt, va_list ap)
{
	err->status = status;
	vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
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
	if (!err->status)
		err->status = FH_FAIL;
	return -1;
}
