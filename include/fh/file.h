/*
 * Files fh writes for a person (a photo, a chart, a page): created new,
 * never through a symbolic link, readable by the owner only, and replacing
 * an existing file only when asked to.
 */
#ifndef FH_FILE_H
#define FH_FILE_H

#include <stdbool.h>
#include <stdio.h>

#include "fh/error.h"

/*
 * Creates path for writing with mode 0600 (O_CREAT|O_EXCL|O_NOFOLLOW).  An
 * existing file is refused ("use --force to replace it") unless force,
 * which truncates it; a symbolic link is refused either way.  Returns the
 * stream (closed with fh_file_finish), or NULL with err set.
 */
FILE *fh_file_create(const char *path, bool force, struct fh_error *err);

/*
 * Closes fp, written to path.  When writing or closing failed, removes
 * the partial file and sets err ("cannot write 'PATH': reason").
 * Returns 0 or -1.
 */
int fh_file_finish(FILE *fp, const char *path, struct fh_error *err);

/* Closes fp and removes path: the command failed before the file was whole. */
void fh_file_discard(FILE *fp, const char *path);

/*
 * Reads all of fp (named name in errors) before a command takes the write
 * lock, stopping as soon as a line is longer than max_line bytes
 * ("NAME:LINE: line longer than ...") or the whole longer than max_total.
 * A regular file is only checked and rewound, and fp itself returned;
 * anything else (a pipe, a terminal, /dev/zero) is copied to an
 * anonymous temporary file, returned at its start (the caller closes it
 * as well as fp).  Returns NULL with err set on failure.
 */
FILE *fh_file_spool(FILE *fp, const char *name, long long max_line, long long max_total,
		    struct fh_error *err);

#endif
