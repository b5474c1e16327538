/*
 * libFuzzer target: any bytes as the header and body of a changeset file,
 * given the right checksum (so that the fuzzer gets past it), are read or
 * refused with an error, and a file read is applied to a bureau's file or
 * refused, never crashing: the header's tables and the patchset's changes
 * are checked against each other.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fh/bureau.h"
#include "fh/photo.h"
#include "fh/sync.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char bureau[] = "/tmp/fh-fuzz-bureau.XXXXXX";
static char file[64];

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	struct fh_error err;
	int fd = mkstemp(bureau);

	(void)argc; (void)argv;
	if (fd < 0)
		abort();
	close(fd);
	unlink(bureau);
	snprintf(file, sizeof(file), "%s.fhsync", bureau);
	setenv("FH_NOW", "2026-11-23 10:00", 1);
	if (fh_bureau_init(bureau, &err)) {
		fprintf(stderr, "fuzz_sync: %s\n", err.msg);
		abort();
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fh_error err;
	struct fh_sync_file f;
	enum fh_bureau_applied what;
	char sha[FH_SHA256_HEX_LEN];
	FILE *fp = fopen(file, "wb");

	if (!fp)
		abort();
	fh_photo_sha256(data, size, sha);
	fwrite(data, 1, size, fp);
	fprintf(fp, "sha256: %s\n", sha);
	fclose(fp);
	if (!fh_sync_read(file, &f, &err))
		fh_bureau_apply(bureau, file, &what, NULL, NULL, &err);
	fh_sync_file_free(&f);
	unlink(file);
	return 0;
}
