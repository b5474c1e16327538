#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fh/i18n.h"

#ifndef FH_LOCALEDIR
#define FH_LOCALEDIR "/usr/local/share/locale"
#endif

/*
 * Whether dir holds fh's catalogue for the messages' locale loc, under the
 * names gettext tries: zh_CN.UTF-8, then zh_CN, then zh.
 */
static int has_catalogue(const char *dir, const char *loc)
{
	char name[128], path[PATH_MAX];
	size_t cut[3] = { strlen(loc), strcspn(loc, ".@"), strcspn(loc, "_.@") };

	for (int i = 0; i < 3; i++) {
		if (cut[i] >= sizeof(name) || (i && cut[i] == cut[i - 1]))
			continue;
		memcpy(name, loc, cut[i]);
		name[cut[i]] = '\0';
		if (snprintf(path, sizeof(path), "%s/%s/LC_MESSAGES/fh.mo", dir, name) < (int)sizeof(path) &&
		    access(path, R_OK) == 0)
			return 1;
	}
	return 0;
}

/*
 * Where the catalogues are: beside the program (PREFIX/bin finds
 * PREFIX/share/locale whatever PREFIX or DESTDIR it was installed with,
 * build/bin finds build/locale), else where `make` was told they would be
 * installed.  Writes the directory into buf.
 */
static const char *catalogue_dir(char *buf, size_t size)
{
	static const char *const beside[] = { "/../share/locale", "/../locale" };
	const char *loc = setlocale(LC_MESSAGES, NULL);
	char exe[PATH_MAX];
	ssize_t n;
	char *slash;

	/* Under C, the Chinese catalogue is still read (fh_i18n_chinese). */
	if (!loc || !strcmp(loc, "C") || !strcmp(loc, "POSIX") || !strncmp(loc, "C.", 2))
		loc = "zh_CN.UTF-8";
	n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n <= 0)
		return FH_LOCALEDIR;
	exe[n] = '\0';
	if (!(slash = strrchr(exe, '/')))
		return FH_LOCALEDIR;
	*slash = '\0';
	for (size_t i = 0; i < sizeof(beside) / sizeof(beside[0]); i++)
		if (snprintf(buf, size, "%s%s", exe, beside[i]) < (int)size && has_catalogue(buf, loc))
			return buf;
	return FH_LOCALEDIR;
}

void fh_i18n_init(void)
{
	const char *dir = getenv("FH_LOCALEDIR");
	char buf[PATH_MAX];

	setlocale(LC_CTYPE, "");
	setlocale(LC_MESSAGES, "");
	/* bindtextdomain keeps a copy of the directory's name. */
	bindtextdomain("fh", dir && *dir ? dir : catalogue_dir(buf, sizeof(buf)));
	bind_textdomain_codeset("fh", "UTF-8");
	textdomain("fh");
}

const char *fh_pgettext_id(const char *msgid)
{
	const char *eot = strchr(msgid, '\004');

	return eot ? eot + 1 : msgid;
}

const char *fh_pgettext(const char *msgid)
{
	const char *t = gettext(msgid);

	/* gettext hands the very message back when it has no translation. */
	return t == msgid ? fh_pgettext_id(msgid) : t;
}

const char *fh_i18n_chinese(const char *msgid)
{
	static locale_t zh;
	static int tried;
	const char *label;
	locale_t old;

	if (!tried++)
		zh = newlocale(LC_MESSAGES_MASK, "zh_CN.UTF-8", (locale_t)0);
	if (!zh)
		return NULL;
	old = uselocale(zh);
	label = dgettext("fh", msgid);
	uselocale(old);
	return label != msgid && strcmp(label, msgid) ? label : NULL;
}
