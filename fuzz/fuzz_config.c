/*
 * libFuzzer target: a station config is applied or refused with an error;
 * on refusal the rolled-back database keeps its default categories.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "fh/config.h"
#include "fh/db.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct fh_db *db;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	char path[] = "/tmp/fh-fuzz-config.XXXXXX";
	struct fh_error err;
	int fd = mkstemp(path);

	(void)argc; (void)argv;
	if (fd < 0)
		abort();
	close(fd);
	unlink(path);
	if (fh_db_open(&db, path, FH_DB_CREATE, &err))
		abort();
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fh_error err;
	FILE *fp;
	int group_access;

	if (!size)
		return 0;
	fp = fmemopen((void *)data, size, "r");
	if (!fp || fh_db_begin(db, &err))
		abort();
	fh_config_apply(db, fp, "fuzz.yaml", &group_access, &err);
	fh_db_rollback(db);
	fclose(fp);
	return 0;
}
