/*
 * libFuzzer target: any bytes as a meeting agenda template are read or
 * refused with an error; a template read is then written in every format
 * with the data of a real (empty) zone meeting, never crashing.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "fh/agenda.h"
#include "fh/db.h"
#include "fh/zone.h"
#include "fh/meeting.h"
#include "fh/out.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static json_t *meeting;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	char path[] = "/tmp/fh-fuzz-agenda.XXXXXX";
	struct fh_error err;
	struct fh_db *db;
	struct fh_out *out;
	FILE *devnull = fopen("/dev/null", "w");
	sqlite3_int64 id;
	int fd = mkstemp(path);

	(void)argc; (void)argv;
	if (fd < 0 || !devnull)
		abort();
	close(fd);
	unlink(path);
	setenv("FH_NOW", "2026-11-23 10:00", 1);
	out = fh_out_new(devnull, FH_FORMAT_TSV, 0);
	if (fh_db_open(&db, path, FH_DB_CREATE, &err) || !out || fh_zone_add(db, "Z1", "北区块", &err) ||
	    fh_db_begin(db, &err) ||
	    fh_meeting_plan(db, "2026Q4", "Z1", "2026-12-20", out, &err) ||
	    fh_db_commit(db, &err) || fh_meeting_find(db, "Z1", "2026Q4", &id, &err) ||
	    fh_agenda_build(db, id, &meeting, &err)) {
		fprintf(stderr, "fuzz_agenda: %s\n", err.msg);
		abort();
	}
	fh_out_free(out);
	fclose(devnull);
	fh_db_close(db);
	unlink(path);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fh_error err;
	struct fh_agenda_template *tpl;
	FILE *fp;

	if (!size)
		return 0;
	fp = fmemopen((void *)data, size, "r");
	if (!fp)
		return 0;
	if (fh_agenda_template_read(fp, "fuzz.yaml", &tpl, &err) == 0) {
		for (int fmt = FH_AGENDA_MD; fmt <= FH_AGENDA_JSON; fmt++) {
			char *buf = NULL;
			size_t len = 0;
			FILE *o = open_memstream(&buf, &len);

			if (!o)
				abort();
			fh_agenda_write(o, tpl, meeting, (enum fh_agenda_format)fmt, &err);
			fclose(o);
			free(buf);
		}
		fh_agenda_template_free(tpl);
	}
	fclose(fp);
	return 0;
}
