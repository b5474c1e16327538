/*
 * Messages in the user's language, with GNU gettext (in glibc).  Every
 * message, usage text and table heading is marked: _("...") where it is
 * used, N_("...") where it is only listed.  Machine formats (tsv, csv,
 * json) keep their English column names in every locale.
 */
#ifndef FH_I18N_H
#define FH_I18N_H

#include <libintl.h>

#define _(s) gettext(s)
#define N_(s) (s)

/*
 * Marks s, in the context ctx, where it is only listed: one English word
 * that reads differently in a given place ("filed" is 上报 as an event, 立案
 * as an indicator).  The result is "ctx\004s", gettext's form of a message
 * in context; fh_pgettext translates it and fh_pgettext_id gives s back.
 */
#define NC_(ctx, s) (ctx "\004" s)

/*
 * Sets the locale's character type and messages from the environment and
 * binds fh's catalogue: from $FH_LOCALEDIR when set, else from beside the
 * program (../share/locale when installed, ../locale in build/), else from
 * the LOCALEDIR it was built with.  Numbers keep the C locale's format, so output parses the same in
 * every locale.
 */
void fh_i18n_init(void);

/*
 * The translation of msgid, which is NC_(ctx, s) or a plain message:
 * gettext's, else the message without its context.  The result is static
 * or msgid's own tail.
 */
const char *fh_pgettext(const char *msgid);

/* msgid without its context, as a machine format names it: s of NC_(ctx, s). */
const char *fh_pgettext_id(const char *msgid);

/*
 * The Chinese translation of msgid whatever the process's locale, for
 * what is Chinese in every locale (the agenda, a document for a Chinese
 * meeting) and for labels a Chinese user types under C (a cron job, ssh
 * without LANG).  NULL when the zh_CN.UTF-8 locale is not installed or
 * the catalogue has no translation.  Static storage (the catalogue's).
 */
const char *fh_i18n_chinese(const char *msgid);

#endif
