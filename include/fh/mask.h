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
 * last 2; fewer than 4 digits are masked whole.  Full-width digits count
 * as digits (each masked one becomes one '*'); characters that are not
 * digits (+, -, spaces) are kept; a value masked already (with a '*') is
 * copied as it is.  The result is never longer than phone.
 * Returns buf.
 */
char *fh_mask_phone(const char *phone, char *buf, size_t size);

/*
 * Writes s into buf with every run of 7 or more digits masked as by
 * fh_mask_phone, for free text such as a command line kept in the audit
 * trail.  Returns buf.
 */
char *fh_mask_digits(const char *s, char *buf, size_t size);

/*
 * Writes s into buf with the personal numbers in it masked as by
 * fh_mask_phone: mainland mobile numbers, landlines with their area code,
 * 18-character resident ID numbers and bank card numbers, in ASCII or
 * full-width digits, written whole or in groups separated by a space or a
 * dash.  Dates, times, amounts, ids and house numbers stay as they are.
 * The result is never longer than s, so a buffer of strlen(s) + 1 bytes
 * always holds it.  Returns buf.
 */
char *fh_mask_text(const char *s, char *buf, size_t size);

/*
 * Whether fh_mask_text could change s: it holds at least 10 digits (the
 * fewest of any number it masks).  A quick test for writers that would
 * otherwise copy every value.
 */
int fh_mask_text_needed(const char *s);

/*
 * Writes a person's name into buf masked: its first character, then one
 * '*' for each other one (张三 -> 张*).  Returns buf.
 */
char *fh_mask_name(const char *name, char *buf, size_t size);

/*
 * Sets whether this process shows personal data in full (--reveal), for
 * writers that have no flags of their own (agendas).  fh_cli_parse sets
 * it; masking is on until then.
 */
void fh_mask_set_reveal(int reveal);

/*
 * Returns a new copy of s, masked as by fh_mask_text unless
 * fh_mask_set_reveal revealed personal data; the caller frees it.  NULL
 * when out of memory.
 */
char *fh_mask_text_dup(const char *s);

/* Whether s (NULL is not) is a masked value, one holding a '*'. */
int fh_mask_is_masked(const char *s);

#endif
