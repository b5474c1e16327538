/*
 * The XML writer, for documents whose shape is a list of flat records
 * (Open311's service_requests and services): one JSON model, written as
 * JSON by fh_out_json or as XML here, so both formats say the same.
 */
#ifndef FH_XML_H
#define FH_XML_H

#include <stdio.h>
#include <jansson.h>

/*
 * Writes items (borrowed: an array of objects) to fp as an XML 1.0
 * document in UTF-8: <root>, in it one <item> element an object, in that
 * one element a member, in the object's order.  Strings are escaped
 * (& < > " '), characters XML cannot carry (control characters, bytes
 * that are not UTF-8) become U+FFFD; numbers are written as fh_out_number
 * writes them, true and false as words; null members and members whose
 * names are not XML names are left out, as are nested arrays and objects.
 * Returns 0, or -1 when writing failed (errno set).
 */
int fh_xml_write(FILE *fp, const char *root, const char *item, const json_t *items);

#endif
