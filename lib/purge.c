#include "fh/group.h"
#include "fh/i18n.h"
#include "fh/member.h"
#include "fh/lookup.h"
#include "fh/period.h"
#include "fh/purge.h"

int fh_purge_member(struct fh_db *db, const char *code, struct fh_error *err)
{
	/* The roster's own tables are written by their modules. */
	static const char *const steps[] = {
		"UPDATE meeting_attendance SET name = NULL WHERE member_id = ?1",
	};
	char today[FH_DATE_LEN];
	sqlite3_int64 id;
	struct fh_time now;

	if (fh_lookup(db, FH_MEMBER, code, &id, err) || fh_now(&now, err))
		return -1;
	fh_date_format(&now, today);
	if (fh_member_erase(db, id, today, err) || fh_leader_end_terms(db, id, 0, today, err))
		return -1;
	for (size_t i = 0; i < sizeof(steps) / sizeof(steps[0]); i++) {
		sqlite3_stmt *stmt;
		int rc;

		if (fh_db_prepare(db, &stmt, steps[i], err))
			return -1;
		sqlite3_bind_int64(stmt, 1, id);
		sqlite3_bind_text(stmt, 2, today, -1, SQLITE_STATIC);
		rc = sqlite3_step(stmt);
		sqlite3_finalize(stmt);
		if (rc != SQLITE_DONE)
			return fh_db_error(db, err, _("cannot purge a member"));
	}
	return 0;
}
