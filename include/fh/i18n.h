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
 * Sets the locale's character type and messages from the environment and
 * binds fh's catalogue: from $FH_LOCALEDIR when set, else from beside the
 * program (../share/locale when installed, ../locale in build/), else from
 * the LOCALEDIR it was built with.  Numbers keep the C locale's format, so output parses the same in
 * every locale.
 */
void fh_i18n_init(void);

/*
 * The Chinese translation of msgid whatever the process's locale, for
 * what is Chinese in every locale (the agenda, a document for a Chinese
 * meeting) and for labels a Chinese user types under C (a cron job, ssh
 * without LANG).  NULL when the zh_CN.UTF-8 locale is not installed or
 * the catalogue has no translation.  Static storage (the catalogue's).
 */
const char *fh_i18n_chinese(const char *msgid);

#endif
