/*
 * XML for record lists: the few lines of escaping a flat document needs,
 * rather than a library for trees we never build.
 */
#include <stdint.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "fh/out.h"
#include "fh/xml.h"

/* Whether XML 1.0 can carry code point c as a character. */
static int xml_char(utf8proc_int32_t c)
{
	return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
	       (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

/* Writes s escaped for element content. */
static void put_text(FILE *fp, const char *s, size_t len)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
	utf8proc_ssize_t left = (utf8proc_ssize_t)len;

	while (left > 0) {
		utf8proc_int32_t c;
		utf8proc_ssize_t n = utf8proc_iterate(p, left, &c);

		if (n < 1 || !xml_char(c)) {
			fputs("\xEF\xBF\xBD", fp);
			n = n < 1 ? 1 : n;
		} else if (c == '&')
			fputs("&amp;", fp);
		else if (c == '<')
			fputs("&lt;", fp);
		else if (c == '>')
			fputs("&gt;", fp);
		else if (c == '"')
			fputs("&quot;", fp);
		else if (c == '\'')
			fputs("&apos;", fp);
		else
			fwrite(p, 1, (size_t)n, fp);
		p += n;
		left -= n;
	}
}

/* Whether name is an XML name of ASCII letters, digits, '_', '-' and '.'. */
static int xml_name(const char *name)
{
	if (!((*name >= 'a' && *name <= 'z') || (*name >= 'A' && *name <= 'Z') || *name == '_'))
		return 0;
	for (const char *p = name; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		      (*p >= '0' && *p <= '9') || strchr("_-.", *p)))
			return 0;
	/* Names beginning "xml" are reserved by the specification. */
	return strncasecmp(name, "xml", 3) != 0;
}

/* Writes one member as an element, if it has a value XML can show. */
static void put_member(FILE *fp, const char *key, const json_t *v)
{
	char num[FH_OUT_NUMBER_LEN];

	if (!xml_name(key) || json_is_null(v) || json_is_array(v) || json_is_object(v))
		return;
	fprintf(fp, "    <%s>", key);
	if (json_is_string(v))
		put_text(fp, json_string_value(v), json_string_length(v));
	else if (json_is_integer(v))
		fprintf(fp, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
	else if (json_is_real(v)) {
		fh_out_number(json_real_value(v), num);
		fputs(num, fp);
	} else
		fputs(json_is_true(v) ? "true" : "false", fp);
	fprintf(fp, "</%s>\n", key);
}

int fh_xml_write(FILE *fp, const char *root, const char *item, const json_t *items)
{
	size_t i;
	const json_t *obj;

	fprintf(fp, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<%s>\n", root);
	json_array_foreach(items, i, obj) {
		const char *key;
		json_t *v;

		if (!json_is_object(obj))
			continue;
		fprintf(fp, "  <%s>\n", item);
		/* jansson keeps insertion order, which is the specification's. */
		json_object_foreach((json_t *)obj, key, v)
			put_member(fp, key, v);
		fprintf(fp, "  </%s>\n", item);
	}
	fprintf(fp, "</%s>\n", root);
	return ferror(fp) ? -1 : 0;
}
