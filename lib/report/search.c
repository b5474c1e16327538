#include <stdlib.h>
#include <string.h>

#include "fh/search.h"
#include "fh/i18n.h"
#include "fh/text.h"

/* Length of the white space at s: ASCII space characters or U+3000 (3 bytes). */
static size_t space_len(const char *s)
{
	if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\f' || *s == '\v')
		return 1;
	if (!strncmp(s, "\xe3\x80\x80", 3))
		return 3;
	return 0;
}

char *fh_search_query(const char *text, struct fh_error *err)
{
	size_t len = strlen(text), i = 0, words = 0;
	char *query, *w;

	if (fh_text_utf8_prefix(text, len) != len) {
		fh_error_set(err, _("the search text is not valid UTF-8"));
		return NULL;
	}
	/* At worst each byte is a word of its own, a '"' doubled inside two quotes and a space. */
	query = malloc(5 * len + 1);
	if (!query) {
		fh_error_set(err, _("out of memory"));
		return NULL;
	}
	w = query;
	while (i < len) {
		size_t sp = space_len(text + i);

		if (sp) {
			i += sp;
			continue;
		}
		if (words++)
			*w++ = ' ';
		*w++ = '"';
		while (i < len && !space_len(text + i)) {
			if (text[i] == '"')
				*w++ = '"';
			*w++ = text[i++];
		}
		*w++ = '"';
	}
	*w = '\0';
	if (!words) {
		free(query);
		fh_error_set(err, _("the search text has no word"));
		return NULL;
	}
	return query;
}

int fh_search_compact(struct fh_db *db, struct fh_error *err)
{
	return fh_db_exec(db, "INSERT INTO reports_fts(reports_fts) VALUES ('optimize')", err);
}
