/*
 * Errors from the library: a message and, where known, the place in an
 * input file.  Library functions fill a struct fh_error and return a
 * negative value; only cmd/ prints the message and picks the exit status.
 */
#ifndef FH_ERROR_H
#define FH_ERROR_H

#include <stdio.h>

/* Exit statuses of SPEC.md. */
enum fh_status {
	FH_OK = 0,
	FH_FAIL = 1,   /* the operation failed: not found, invalid data, I/O */
	FH_USAGE = 2,  /* wrong usage of the command line */
	FH_FOUND = 3,  /* ran and found what it was asked to report (cron tells it from 1) */
	FH_SAVED_OUTPUT_FAILED = 4,  /* the change was committed, but its output could not be written */
};

struct fh_error {
	enum fh_status status;  /* FH_FAIL or FH_USAGE once set */
	char msg[1024];         /* one line, lowercase, no trailing newline */
};

/*
 * Sets err (which may be NULL) to a failure with a printf-style message.
 * Returns -1 so that callers can write "return fh_error_set(...)".
 */
int fh_error_set(struct fh_error *err, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Like fh_error_set, but marks the error as wrong usage (exit 2). */
int fh_error_usage(struct fh_error *err, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/*
 * Sets a failure that names a place in an input: "FILE:LINE:COL: message".
 * A line or column of 0 is left out.  Returns -1.
 */
int fh_error_at(struct fh_error *err, const char *file, unsigned long line,
		unsigned long col, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

/*
 * Puts "prefix: " in front of the message already in err, to add the
 * context a caller knows (a file name, a command).  Returns -1.
 */
int fh_error_prefix(struct fh_error *err, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#endif
