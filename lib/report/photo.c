#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <nettle/sha2.h>

#include "fh/photo.h"
#include "fh/i18n.h"

/* HEIF brands of HEIC pictures and image collections (ISO/IEC 23008-12). */
static const char *const heic_brands[] = {
	"heic", "heix", "heim", "heis", "hevc", "hevx", "hevm", "hevs", "mif1", "msf1", NULL,
};

const char *fh_photo_sniff(const unsigned char *b, size_t n)
{
	/*
	 * A JPEG's start-of-image marker is followed by another marker
	 * (APPn, DQT, SOF...): three bytes alone are no picture.
	 */
	if (n >= 4 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF && b[3] >= 0xC0 && b[3] != 0xFF)
		return "image/jpeg";
	if (n >= 8 && !memcmp(b, "\x89PNG\r\n\x1a\n", 8))
		return "image/png";
	if (n >= 12 && !memcmp(b, "RIFF", 4) && !memcmp(b + 8, "WEBP", 4))
		return "image/webp";
	/* An ISO base media file starts with its ftyp box: size, "ftyp", major brand. */
	if (n >= 12 && !memcmp(b + 4, "ftyp", 4)) {
		for (const char *const *br = heic_brands; *br; br++)
			if (!memcmp(b + 8, *br, 4))
				return "image/heic";
	}
	return NULL;
}

int fh_photo_sha256(const void *bytes, size_t n, char hex[FH_SHA256_HEX_LEN])
{
	static const char digits[] = "0123456789abcdef";
	unsigned char md[SHA256_DIGEST_SIZE];
	struct sha256_ctx ctx;

	sha256_init(&ctx);
	sha256_update(&ctx, n, bytes);
	sha256_digest(&ctx, sizeof(md), md);
	for (size_t i = 0; i < sizeof(md); i++) {
		hex[2 * i] = digits[md[i] >> 4];
		hex[2 * i + 1] = digits[md[i] & 15];
	}
	hex[2 * sizeof(md)] = '\0';
	return 0;
}

int fh_photo_read(const char *path, const char *name, long long max,
		  unsigned char **bytes, size_t *n, const char **type,
		  struct fh_error *err)
{
	unsigned char *buf = NULL;
	struct stat st;
	FILE *fp;
	int fd, rc = -1;

	*bytes = NULL;
	/*
	 * Opened without blocking, so that a FIFO (which would wait for a
	 * writer for ever, while the command holds the write lock) is found
	 * to be no regular file instead.
	 */
	if ((fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)) < 0)
		return fh_error_set(err, _("cannot open photo '%s': %s"), name, strerror(errno));
	if (!(fp = fdopen(fd, "rb"))) {
		close(fd);
		return fh_error_set(err, _("cannot open photo '%s': %s"), name, strerror(errno));
	}
	if (fstat(fd, &st)) {
		fh_error_set(err, _("cannot read photo '%s': %s"), name, strerror(errno));
		goto done;
	}
	if (!S_ISREG(st.st_mode)) {
		fh_error_set(err, _("photo '%s' is not a regular file"), name);
		goto done;
	}
	if (st.st_size > max) {
		fh_error_set(err, _("photo '%s' is %lld bytes, over the limit of %lld bytes"),
			     name, (long long)st.st_size, max);
		goto done;
	}
	if (st.st_size == 0) {
		fh_error_set(err, _("photo '%s' is empty"), name);
		goto done;
	}
	if (!(buf = malloc((size_t)st.st_size))) {
		fh_error_set(err, _("out of memory reading photo '%s'"), name);
		goto done;
	}
	if (fread(buf, 1, (size_t)st.st_size, fp) != (size_t)st.st_size) {
		fh_error_set(err, _("cannot read photo '%s': %s"), name,
			     ferror(fp) ? strerror(errno) : _("it changed while being read"));
		goto done;
	}
	if (!(*type = fh_photo_sniff(buf, (size_t)st.st_size))) {
		fh_error_set(err, _("photo '%s' is not a JPEG, PNG, WebP or HEIC image"), name);
		goto done;
	}
	*bytes = buf;
	*n = (size_t)st.st_size;
	buf = NULL;
	rc = 0;
done:
	free(buf);
	fclose(fp);
	return rc;
}

int fh_photo_get(struct fh_db *db, long long id, long long seq,
		 unsigned char **bytes, size_t *n, struct fh_error *err)
{
	sqlite3_stmt *stmt = NULL;
	int rc = -1, step;

	*bytes = NULL;
	if (fh_db_prepare(db, &stmt,
			  "SELECT (SELECT count(*) FROM report_photos WHERE report_id = ?1),"
			  " (SELECT p.bytes FROM report_photos rp JOIN photos p ON p.id = rp.photo_id"
			  "  WHERE rp.report_id = ?1 AND rp.seq = ?2),"
			  " EXISTS (SELECT 1 FROM reports WHERE id = ?1)", err))
		return -1;
	sqlite3_bind_int64(stmt, 1, id);
	sqlite3_bind_int64(stmt, 2, seq);
	step = sqlite3_step(stmt);
	if (step != SQLITE_ROW) {
		fh_db_error(db, err, _("cannot read a photo"));
		goto done;
	}
	if (!sqlite3_column_int(stmt, 2)) {
		fh_error_set(err, _("no report %lld"), id);
		goto done;
	}
	if (sqlite3_column_type(stmt, 1) != SQLITE_BLOB) {
		long long have = sqlite3_column_int64(stmt, 0);

		if (have)
			fh_error_set(err, _("report %lld has no photo %lld (it has %lld)"), id, seq, have);
		else
			fh_error_set(err, _("report %lld has no photo"), id);
		goto done;
	}
	*n = (size_t)sqlite3_column_bytes(stmt, 1);
	if (!(*bytes = malloc(*n ? *n : 1))) {
		fh_error_set(err, _("out of memory"));
		goto done;
	}
	memcpy(*bytes, sqlite3_column_blob(stmt, 1), *n);
	rc = 0;
done:
	sqlite3_finalize(stmt);
	return rc;
}
