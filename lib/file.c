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
