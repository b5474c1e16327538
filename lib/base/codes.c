/* Every fixed value list, once (see fh/codes.h). */
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "fh/codes.h"
#include "fh/i18n.h"

/* N_() marks each code for the catalogue: its label is its translation. */
static const char *const member_kinds[] = {
	N_("shop"), N_("household"), N_("organisation"), N_("mobile"), NULL,
};
static const char *const statuses[] = {
	N_("open"), N_("assigned"), N_("handled"), N_("closed"), N_("dismissed"), NULL,
};
static const char *const severities[] = {
	N_("low"), N_("normal"), N_("high"), N_("urgent"), NULL,
};
static const char *const channels[] = {
	N_("wechat"), N_("phone"), N_("walk-in"), N_("patrol"), N_("inspection"), N_("app"),
	N_("other"), NULL,
};
static const char *const families[] = {
	N_("hazard"), N_("incident"), N_("service"), N_("other"), NULL,
};
static const char *const activity_kinds[] = {
	N_("training"), N_("drill"), N_("patrol"), N_("publicity"), N_("inspection"),
	N_("visit"), N_("meeting"), NULL,
};
static const char *const topics[] = {
	N_("law"), N_("mediation"), N_("emergency"), N_("fire"), N_("disaster"),
	N_("anti-fraud"), N_("traffic"), N_("national-security"), NULL,
};
static const char *const meeting_kinds[] = { N_("zone"), N_("joint"), NULL };
static const char *const team_kinds[] = {
	N_("patrol"), N_("publicity"), N_("inspection"), N_("service"), N_("other"), NULL,
};

static const struct {
	const char *name;
	const char *const *codes;
} lists[FH_CODES_COUNT] = {
	[FH_CODES_MEMBER_KIND] = { "kinds", member_kinds },
	[FH_CODES_STATUS] = { "statuses", statuses },
	[FH_CODES_SEVERITY] = { "severities", severities },
	[FH_CODES_CHANNEL] = { "channels", channels },
	[FH_CODES_FAMILY] = { "families", families },
	[FH_CODES_ACTIVITY_KIND] = { "activity-kinds", activity_kinds },
	[FH_CODES_TOPIC] = { "topics", topics },
	[FH_CODES_MEETING_KIND] = { "meeting-kinds", meeting_kinds },
	[FH_CODES_TEAM_KIND] = { "team-kinds", team_kinds },
};

const char *const *fh_codes(enum fh_code_list list)
{
	return lists[list].codes;
}

const char *fh_codes_name(enum fh_code_list list)
{
	return lists[list].name;
}

int fh_codes_has(enum fh_code_list list, const char *code)
{
	for (const char *const *c = lists[list].codes; *c; c++)
		if (!strcmp(*c, code))
			return 1;
	return 0;
}

int fh_codes_status_done(const char *status)
{
	return status && (!strcmp(status, "handled") || !strcmp(status, "closed"));
}

const char *fh_codes_join(enum fh_code_list list, char *buf, size_t size)
{
	size_t used = 0;

	buf[0] = '\0';
	for (int i = 0; lists[list].codes[i] && used < size; i++)
		used += (size_t)snprintf(buf + used, size - used, "%s%s", i ? ", " : "",
					 lists[list].codes[i]);
	return buf;
}

int fh_codes_known(const char *code)
{
	for (int l = 0; l < FH_CODES_COUNT; l++)
		if (fh_codes_has((enum fh_code_list)l, code))
			return 1;
	return 0;
}

int fh_codes_find(const char *name, enum fh_code_list *list, struct fh_error *err)
{
	char names[256];
	size_t used = 0;

	for (int l = 0; l < FH_CODES_COUNT; l++)
		if (!strcmp(lists[l].name, name)) {
			*list = (enum fh_code_list)l;
			return 0;
		}
	names[0] = '\0';
	for (int l = 0; l < FH_CODES_COUNT && used < sizeof(names); l++)
		used += (size_t)snprintf(names + used, sizeof(names) - used, "%s%s", l ? ", " : "",
					 lists[l].name);
	return fh_error_set(err, _("unknown list '%s' (valid: %s)"), name, names);
}

int fh_codes_write(struct fh_out *out, enum fh_code_list list)
{
	if (list == FH_CODES_COUNT) {
		fh_out_column(out, "list", 0);
		for (int l = 0; l < FH_CODES_COUNT; l++) {
			fh_out_text(out, lists[l].name);
			fh_out_end_row(out);
		}
		return 0;
	}
	fh_out_column(out, "code", 0);
	fh_out_column(out, "label", 0);
	for (const char *const *c = lists[list].codes; *c; c++) {
		fh_out_text(out, *c);
		fh_out_text(out, gettext(*c));
		fh_out_end_row(out);
	}
	return 0;
}

const char *fh_codes_input(enum fh_code_list list, const char *s)
{
	const char *zh;

	/* A code is itself; else the code whose label, here or in Chinese, s is. */
	if (!s || fh_codes_has(list, s))
		return s;
	for (const char *const *c = lists[list].codes; *c; c++)
		if (!strcmp(gettext(*c), s) || ((zh = fh_i18n_chinese(*c)) && !strcmp(zh, s)))
			return *c;
	return s;
}
