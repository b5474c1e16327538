/*
 * Masking of personal data in output, unless --reveal: phone numbers keep
 * enough digits to be recognised by someone who knows them and no more.
 */
#ifndef FH_MASK_H
#define FH_MASK_H

#include <stddef.h>

/*
 * Writes the masked form of phone into buf (size bytes, always
 * NUL-terminated): an 11-digit mobile keeps its first 3 and last 4 digits
 * (138****8000); 8 to 10 digits keep the last 4; shorter numbers keep the
 * last 2; fewer than 4 digits are masked whole.  Characters that are not
 * digits (+, -, spaces) are kept.  Returns buf.
 */
char *fh_mask_phone(const char *phone, char *buf, size_t size);

/*
 * Writes s into buf with every run of 7 or more digits masked as by
 * fh_mask_phone, for free text such as a command line kept in the audit
 * trail.  Returns buf.
 */
char *fh_mask_digits(const char *s, char *buf, size_t size);

#endif
