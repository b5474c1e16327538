#include <locale.h>
#include <stdlib.h>

#include "fh/i18n.h"

#ifndef FH_LOCALEDIR
#define FH_LOCALEDIR "/usr/local/share/locale"
#endif

void fh_i18n_init(void)
{
	const char *dir = getenv("FH_LOCALEDIR");

	setlocale(LC_CTYPE, "");
	setlocale(LC_MESSAGES, "");
	bindtextdomain("fh", dir && *dir ? dir : FH_LOCALEDIR);
	bind_textdomain_codeset("fh", "UTF-8");
	textdomain("fh");
}
