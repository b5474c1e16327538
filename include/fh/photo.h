/*
 * Photos kept with reports (随手拍): the media type read from the bytes,
 * the SHA-256 that identifies a photo's content, reading a photo file
 * within the station's size limit, and getting a stored photo back.
 */
#ifndef FH_PHOTO_H
#define FH_PHOTO_H

#include <stddef.h>

#include "fh/db.h"
#include "fh/error.h"

/* Room for a SHA-256 in hexadecimal and its NUL. */
#define FH_SHA256_HEX_LEN 65

/*
 * The media type of an image from its first bytes: "image/jpeg",
 * "image/png", "image/webp" or "image/heic" (a static string), or NULL
 * when the bytes are none of these.
 */
const char *fh_photo_sniff(const unsigned char *bytes, size_t n);

/*
 * Writes the SHA-256 of bytes in lower-case hexadecimal into hex.
 * Returns 0, or -1 if the digest could not be computed.
 */
int fh_photo_sha256(const void *bytes, size_t n, char hex[FH_SHA256_HEX_LEN]);

/*
 * Reads the photo file path (shown as name in errors) whole, refusing a
 * file over max bytes, an empty one, or one that is not a JPEG, PNG,
 * WebP or HEIC image.  On success *bytes (the caller frees it), *n and
 * *type (static) are set and 0 is returned; else -1 with err set.
 */
int fh_photo_read(const char *path, const char *name, long long max,
		  unsigned char **bytes, size_t *n, const char **type,
		  struct fh_error *err);

/*
 * Gets the seq-th photo (from 1) of report id: its bytes into *bytes
 * (the caller frees them) and its size into *n.  Returns 0, or -1 with
 * err saying e.g. "report 12 has no photo 2 (it has 1)".
 */
int fh_photo_get(struct fh_db *db, long long id, long long seq,
		 unsigned char **bytes, size_t *n, struct fh_error *err);

#endif
