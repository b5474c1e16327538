#include "fh/group.h"
#include "fh/i18n.h"
#include "fh/meeting.h"
#include "fh/member.h"
#include "fh/lookup.h"
#include "fh/period.h"
#include "fh/purge.h"

int fh_purge_member(struct fh_db *db, const char *code, struct fh_error *err)
{
	char today[FH_DATE_LEN];
	sqlite3_int64 id;
	struct fh_time now;

	if (fh_lookup(db, FH_MEMBER, code, &id, err) || fh_now(&now, err))
		return -1;
	fh_date_format(&now, today);
	if (fh_member_erase(db, id, today, err) || fh_leader_end_terms(db, id, 0, today, err))
		return -1;
	/* Each table is written by its own module. */
	return fh_meeting_forget_member(db, id, err);
}
