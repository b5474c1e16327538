/* Unit tests of lib/io/xml.c: record lists as XML, escaped and well-formed. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <jansson.h>

#include "fh/xml.h"

/* Writes items as XML into a new string (the caller frees). */
static char *write_xml(json_t *items)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);

	assert_non_null(fp);
	assert_int_equal(fh_xml_write(fp, "root", "item", items), 0);
	fclose(fp);
	json_decref(items);
	return buf;
}

static void values_are_escaped_and_typed(void **state)
{
	char *xml;

	(void)state;
	xml = write_xml(json_pack("[{s:s, s:i, s:f, s:b, s:n, s:[i]}]", "text", "a<b>&\"c'",
				  "n", 42, "x", 30.8912, "flag", 1, "none", "list", 1));
	assert_string_equal(xml, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<root>\n"
			    "  <item>\n    <text>a&lt;b&gt;&amp;&quot;c&apos;</text>\n"
			    "    <n>42</n>\n    <x>30.8912</x>\n    <flag>true</flag>\n"
			    "  </item>\n</root>\n");
	free(xml);
}

/* XML 1.0 cannot carry control characters or broken UTF-8: U+FFFD stands in. */
static void characters_xml_cannot_carry_are_replaced(void **state)
{
	char *xml;

	(void)state;
	/* jansson checks UTF-8 unless told not to; a fuzzer's bytes are not checked. */
	xml = write_xml(json_pack("[{s:o}]", "t",
				  json_stringn_nocheck("a" "\x01" "b" "\x1b" "\tc" "\xe4\xb8", 8)));
	assert_non_null(strstr(xml, "<t>a" "\xEF\xBF\xBD" "b" "\xEF\xBF\xBD" "\tc"
				    "\xEF\xBF\xBD" "\xEF\xBF\xBD" "</t>"));
	free(xml);
}

/* A key that is not an XML name would break the document: it is left out. */
static void keys_that_are_not_names_are_left_out(void **state)
{
	char *xml;

	(void)state;
	xml = write_xml(json_pack("[{s:s, s:s, s:s, s:s}, i]", "ok", "1", "1bad", "2",
				  "a b", "3", "xmlns", "4", 7));
	assert_string_equal(xml, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<root>\n"
			    "  <item>\n    <ok>1</ok>\n  </item>\n</root>\n");
	free(xml);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(values_are_escaped_and_typed),
		cmocka_unit_test(characters_xml_cannot_carry_are_replaced),
		cmocka_unit_test(keys_that_are_not_names_are_left_out),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
