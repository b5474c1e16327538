#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fh/file.h"
#include "fh/i18n.h"

FILE *fh_file_create(const char *path, bool force, struct fh_error *err)
{
	int flags = O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC | (force ? O_TRUNC : O_EXCL);
	struct stat st;
	FILE *fp;
	int fd;

	/* A link is refused even with --force: it would write where it points. */
	if (!lstat(path, &st) && S_ISLNK(st.st_mode)) {
		fh_error_set(err, _("'%s' is a symbolic link: not writing through it"), path);
		return NULL;
	}
	/* A FIFO or device would block or go elsewhere; only a regular file is replaced. */
	if (force && !lstat(path, &st) && !S_ISREG(st.st_mode)) {
		fh_error_set(err, _("'%s' is not a regular file: not replacing it"), path);
		return NULL;
	}
	fd = open(path, flags, 0600);
	if (fd < 0) {
		if (errno == EEXIST)
			fh_error_set(err, _("'%s' already exists: use --force to replace it"), path);
		else if (errno == ELOOP)
			fh_error_set(err, _("'%s' is a symbolic link: not writing through it"), path);
		else
			fh_error_set(err, _("cannot create '%s': %s"), path, strerror(errno));
		return NULL;
	}
	if (!(fp = fdopen(fd, "wb"))) {
		fh_error_set(err, _("cannot create '%s': %s"), path, strerror(errno));
		close(fd);
		unlink(path);
	}
	return fp;
}

int fh_file_finish(FILE *fp, const char *path, struct fh_error *err)
{
	int failed = fflush(fp) != 0 || ferror(fp);
	int saved = errno;

	if (fclose(fp) && !failed) {
		failed = 1;
		saved = errno;
	}
	if (!failed)
		return 0;
	/* A partial photo or chart must not pass for a whole one. */
	unlink(path);
	return fh_error_set(err, _("cannot write '%s': %s"), path, strerror(saved ? saved : EIO));
}

void fh_file_discard(FILE *fp, const char *path)
{
	fclose(fp);
	unlink(path);
}

/* Notes one line longer than max at line number line: the error of fh_file_spool. */
static int line_too_long(const char *name, unsigned long line, long long max, struct fh_error *err)
{
	return fh_error_at(err, name, line, 0,
			   _("line longer than the limit of %lld bytes (line_max_bytes in fh-config(5))"), max);
}

FILE *fh_file_spool(FILE *fp, const char *name, long long max_line, long long max_total,
		    struct fh_error *err)
{
	static char buf[65536];
	struct stat st;
	int regular = !fstat(fileno(fp), &st) && S_ISREG(st.st_mode);
	off_t start = regular ? ftello(fp) : 0;
	long long total = 0, linelen = 0;
	unsigned long line = 1;
	FILE *out = NULL;
	size_t n;

	if (regular && start >= 0 && st.st_size - start > max_total) {
		fh_error_set(err, _("'%s' is %lld bytes, over the limit of %lld bytes (import_max_bytes in fh-config(5))"),
			     name, (long long)(st.st_size - start), max_total);
		return NULL;
	}
	/* A pipe is copied whole before the command takes the write lock. */
	if (!regular && !(out = tmpfile())) {
		fh_error_set(err, _("cannot make a temporary file for '%s': %s"), name, strerror(errno));
		return NULL;
	}
	while ((n = fread(buf, 1, sizeof(buf), fp)) > 0) {
		const char *p = buf, *end = buf + n, *nl;

		total += (long long)n;
		if (total > max_total) {
			fh_error_set(err, _("'%s' is longer than the limit of %lld bytes (import_max_bytes in fh-config(5))"),
				     name, max_total);
			goto fail;
		}
		while ((nl = memchr(p, '\n', (size_t)(end - p)))) {
			if (linelen + (nl - p) > max_line) {
				line_too_long(name, line, max_line, err);
				goto fail;
			}
			linelen = 0;
			line++;
			p = nl + 1;
		}
		linelen += end - p;
		if (linelen > max_line) {
			line_too_long(name, line, max_line, err);
			goto fail;
		}
		if (out && fwrite(buf, 1, n, out) != n) {
			fh_error_set(err, _("cannot write a temporary copy of '%s': %s"), name, strerror(errno));
			goto fail;
		}
	}
	if (ferror(fp)) {
		fh_error_set(err, _("cannot read '%s': %s"), name, strerror(errno));
		goto fail;
	}
	if (out ? fflush(out) || fseeko(out, 0, SEEK_SET) : fseeko(fp, start, SEEK_SET)) {
		fh_error_set(err, _("cannot read '%s' again: %s"), name, strerror(errno));
		goto fail;
	}
	return out ? out : fp;
fail:
	if (out)
		fclose(out);
	return NULL;
}
