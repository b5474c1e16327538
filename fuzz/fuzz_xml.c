/*
 * libFuzzer target: whatever bytes a key or value holds, fh_xml_write
 * writes a well-formed document: valid UTF-8 without characters XML 1.0
 * refuses, every '&' an entity, and tags that nest and match.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>

#include "fh/text.h"
#include "fh/xml.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Checks the text between tags: entities only, no markup, no control characters. */
static void check_text(const char *p, const char *end)
{
	static const char *const entities[] = { "&amp;", "&lt;", "&gt;", "&quot;", "&apos;" };

	for (; p < end; p++) {
		if (*p == '>' || ((unsigned char)*p < 0x20 && !strchr("\t\n\r", *p)))
			abort();
		if (*p == '&') {
			size_t i, n = sizeof(entities) / sizeof(*entities);

			for (i = 0; i < n; i++)
				if (!strncmp(p, entities[i], strlen(entities[i])))
					break;
			if (i == n)
				abort();
		}
	}
}

/* Checks that the document's tags nest and match, after its prolog line. */
static void check_xml(const char *doc)
{
	const char *stack[8], *p = strchr(doc, '\n');
	size_t lens[8], depth = 0;

	if (!fh_text_utf8_valid(doc) || !p)
		abort();
	for (p++; *p;) {
		const char *lt = strchr(p, '<'), *gt;
		size_t n;

		check_text(p, lt ? lt : p + strlen(p));
		if (!lt)
			break;
		if (!(gt = strchr(lt, '>')))
			abort();
		n = (size_t)(gt - lt) - 1;
		if (lt[1] == '/') {
			if (!depth || lens[depth - 1] != n - 1 || memcmp(stack[depth - 1], lt + 2, n - 1))
				abort();
			depth--;
		} else {
			if (depth == 8)
				abort();
			stack[depth] = lt + 1;
			lens[depth++] = n;
		}
		p = gt + 1;
	}
	if (depth)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *eq = memchr(data, '=', size);
	size_t klen = eq ? (size_t)(eq - data) : 0;
	char *key = strndup((const char *)data, klen), *buf = NULL;
	json_t *obj = json_object(), *list = json_array();
	size_t len = 0;
	FILE *fp;

	/* key=value: the key as a member's name (jansson needs it NUL-free), the rest as its value. */
	if (key && obj && list && strlen(key) == klen) {
		json_object_set_new_nocheck(obj, key, json_stringn_nocheck((const char *)data + klen,
									   size - klen));
		json_object_set_new_nocheck(obj, "n", json_real((double)size / 7.0));
		json_array_append(list, obj);
		if ((fp = open_memstream(&buf, &len))) {
			fh_xml_write(fp, "service_requests", "request", list);
			fclose(fp);
			check_xml(buf);
		}
	}
	free(buf);
	free(key);
	json_decref(obj);
	json_decref(list);
	return 0;
}
