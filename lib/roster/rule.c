/*
 * Rules shared by every entry point of the roster: codes, text, and dates
 * of things that happened.  See include/fh/rule.h.
 */
#include <stdio.h>
#include <string.h>

#include "fh/i18n.h"
#include "fh/period.h"
#include "fh/rule.h"
#include "fh/text.h"

int fh_rule_utf8(const char *what, const char *s, struct fh_error *err)
{
	if (s && !fh_text_utf8_valid(s))
		return fh_error_set(err, _("invalid UTF-8 in %s"), what);
	return 0;
}

int fh_rule_code(const char *what, const char *code, struct fh_error *err)
{
	char the[32];

	if (!code || !*code || code[strcspn(code, " \t\r\n")]) {
		/* One message per kind, so that translators see whole sentences. */
		if (!strcmp(what, "zone"))
			return fh_error_set(err, _("invalid zone code '%s' (no spaces allowed)"), code ? code : "");
		if (!strcmp(what, "group"))
			return fh_error_set(err, _("invalid group code '%s' (no spaces allowed)"), code ? code : "");
		if (!strcmp(what, "team"))
			return fh_error_set(err, _("invalid team code '%s' (no spaces allowed)"), code ? code : "");
		return fh_error_set(err, _("invalid member code '%s' (no spaces allowed)"), code ? code : "");
	}
	snprintf(the, sizeof(the), "the %s code", what);
	return fh_rule_utf8(the, code, err);
}

int fh_rule_date(const char *what, const char *s, struct fh_error *err)
{
	struct fh_time t;

	/* A wrong value, not a malformed command line: exit 1 (fh(1)). */
	if (s && *s && fh_date_parse(s, &t, err))
		return fh_error_prefix(err, "%s", what);
	return 0;
}

int fh_rule_past(const char *what, const char *s, struct fh_error *err)
{
	struct fh_time now, t;

	if (!s || !*s)
		return 0;
	if (!fh_date_parse(s, &t, err)) {
		if (fh_now(&now, err))
			return -1;
		/* The one rule for dates of things that happened is period.c's. */
		if (!fh_time_check_past(&t, 1, &now, s, err))
			return 0;
	}
	return what ? fh_error_prefix(err, "%s", what) : -1;
}

int fh_rule_joined_left(const char *joined, const char *left, struct fh_error *err)
{
	if (joined && *joined && left && *left && strcmp(left, joined) < 0)
		return fh_error_set(err, _("left on %s, before joining on %s"), left, joined);
	return 0;
}
