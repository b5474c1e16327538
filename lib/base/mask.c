#include <stdlib.h>
#include <string.h>

#include "fh/mask.h"

/*
 * Digits are ASCII or full-width (U+FF10..U+FF19, EF BC 90..99 in UTF-8):
 * people type either, and a number typed in full-width digits is as
 * personal as one in ASCII.  Returns the digit's length in bytes, or 0.
 */
static size_t digit_at(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;

	if (u[0] >= '0' && u[0] <= '9')
		return 1;
	if (u[0] == 0xEF && u[1] == 0xBC && u[2] >= 0x90 && u[2] <= 0x99)
		return 3;
	return 0;
}

/*
 * The characters people put inside a number to group its digits: a space,
 * a hyphen, and their full-width forms (U+3000, U+FF0D).  Returns the
 * separator's length in bytes, or 0.
 */
static size_t separator_at(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;

	if (u[0] == ' ' || u[0] == '-')
		return 1;
	if ((u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x80) ||
	    (u[0] == 0xEF && u[1] == 0xBC && u[2] == 0x8D))
		return 3;
	return 0;
}

/*
 * Masks the digits of the span [s, s+len) into out (room bytes, the NUL
 * not included): 11 digits or more keep their first 3 and last 4, 8 to 10
 * keep the last 4, 4 to 7 the last 2, fewer none.  A masked digit becomes
 * one '*' whatever its width; a final X (of an ID number) counts as a
 * digit.  Returns the bytes written.
 */
static size_t mask_span(const char *s, size_t len, char *out, size_t room)
{
	size_t ndigits = 0, seen = 0, w = 0, head, tail, n;

	for (size_t i = 0; i < len; i += n) {
		n = digit_at(s + i);
		ndigits += n != 0 || ((s[i] == 'X' || s[i] == 'x') && i + 1 == len);
		n += !n;
	}
	head = ndigits >= 11 ? 3 : 0;
	tail = ndigits >= 8 ? 4 : ndigits >= 4 ? 2 : 0;
	for (size_t i = 0; i < len; i += n) {
		int digit;

		n = digit_at(s + i);
		digit = n != 0 || ((s[i] == 'X' || s[i] == 'x') && i + 1 == len);
		n += !n;
		if (digit && seen++ >= head && seen <= ndigits - tail) {
			if (w + 1 > room)
				break;
			out[w++] = '*';
		} else {
			if (w + n > room)
				break;
			memcpy(out + w, s + i, n);
			w += n;
		}
	}
	return w;
}

char *fh_mask_phone(const char *phone, char *buf, size_t size)
{
	size_t w;

	if (!size)
		return buf;
	/* Masked already (read from a masking view): masking again would hide the rest. */
	if (strchr(phone, '*'))
		w = (size_t)(stpncpy(buf, phone, size - 1) - buf);
	else
		w = mask_span(phone, strlen(phone), buf, size - 1);
	buf[w] = '\0';
	return buf;
}

char *fh_mask_digits(const char *s, char *buf, size_t size)
{
	size_t w = 0;

	if (!size)
		return buf;
	while (*s && w + 1 < size) {
		size_t run = strspn(s, "0123456789");

		if (run >= 7) {
			w += mask_span(s, run, buf + w, size - 1 - w);
			s += run;
		} else if (run) {
			size_t n = run < size - 1 - w ? run : size - 1 - w;

			memcpy(buf + w, s, n);
			w += n;
			s += run;
		} else {
			buf[w++] = *s++;
		}
	}
	buf[w] = '\0';
	return buf;
}

/* The most groups of digits one number is looked for across. */
#define MAX_GROUPS 8

/* A run of digits inside free text: where it is and how many digits. */
struct group {
	size_t start, end;  /* byte offsets */
	size_t ndigits;
};

/* Copies the digits of [s+start, s+end) as ASCII into d; returns how many. */
static size_t digits_of(const char *s, size_t start, size_t end, char *d)
{
	size_t nd = 0, n;

	for (size_t i = start; i < end; i += n) {
		n = digit_at(s + i);
		if (n)
			d[nd++] = n == 1 ? s[i] : (char)('0' + (unsigned char)s[i + 2] - 0x90);
		n += !n;
	}
	return nd;
}

/*
 * Whether the first 17 digits d of 18 characters can be a resident ID
 * number: a region code from 1 to 8, then a birth date from 1900 on.
 */
static int id_number(const char *d)
{
	int month = (d[10] - '0') * 10 + d[11] - '0', day = (d[12] - '0') * 10 + d[13] - '0';

	return d[0] >= '1' && d[0] <= '8' && (!strncmp(d + 6, "19", 2) || !strncmp(d + 6, "20", 2)) &&
	       month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/*
 * Whether the nd digits d (and an X after them) are personal: a mainland
 * mobile number (1[3-9] and 9 more, possibly after 86), a landline with
 * its area code (010 and 02X take 3 digits, the others 4; then 7 or 8), an
 * 18-character resident ID number, or a bank card of 16 to 19 digits
 * (starting 3 to 6, as UnionPay, Visa, Mastercard and Amex numbers do, so
 * that a large number in a message is not taken for one).
 */
static int personal(const char *d, size_t nd, int x)
{
	if (x)
		return nd == 17 && id_number(d);
	if (nd == 11 && d[0] == '1' && d[1] >= '3' && d[1] <= '9')
		return 1;
	if (nd == 13 && d[0] == '8' && d[1] == '6' && d[2] == '1' && d[3] >= '3' && d[3] <= '9')
		return 1;
	if (d[0] == '0' && nd >= 10 && nd <= 12 && d[1] != '0') {
		size_t area = d[1] == '1' || d[1] == '2' ? 3 : 4;

		return nd - area >= 7 && nd - area <= 8;
	}
	if (nd == 18 && id_number(d))
		return 1;
	return nd >= 16 && nd <= 19 && d[0] >= '3' && d[0] <= '6';
}

/* Whether the byte before or after a number may not touch it (a letter or digit). */
static int glued(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       c == '_';
}

/*
 * Reads the groups of digits starting at s + i, separated by one separator
 * each, into g.  Returns how many.
 */
static size_t read_groups(const char *s, size_t i, struct group *g)
{
	size_t ng = 0, n;

	while (ng < MAX_GROUPS) {
		g[ng].start = i;
		g[ng].ndigits = 0;
		while ((n = digit_at(s + i))) {
			i += n;
			g[ng].ndigits++;
		}
		g[ng++].end = i;
		n = separator_at(s + i);
		if (!n || !digit_at(s + i + n))
			break;
		i += n;
	}
	return ng;
}

/*
 * Looks for a personal number made of groups g[0..k] (longest first), each
 * group but a single one at least 3 digits long so that dates and times
 * are never joined into one.  Returns the end offset of the match (after
 * an X of an ID number), or 0 for none.
 */
static size_t match_groups(const char *s, const struct group *g, size_t ng)
{
	for (size_t k = ng; k-- > 0;) {
		char d[20];
		size_t nd = 0, end = g[k].end;
		int ok = 1;

		for (size_t j = 0; j <= k; j++) {
			ok &= (k == 0 || g[j].ndigits >= 3) && nd + g[j].ndigits <= 19;
			if (ok)
				nd += digits_of(s, g[j].start, g[j].end, d + nd);
		}
		if (!ok)
			continue;
		if ((s[end] == 'X' || s[end] == 'x') && !glued((unsigned char)s[end + 1]) &&
		    personal(d, nd, 1))
			return end + 1;
		if (!glued((unsigned char)s[end]) && personal(d, nd, 0))
			return end;
	}
	return 0;
}

int fh_mask_text_needed(const char *s)
{
	size_t nd = 0;
	unsigned char prev = 0;

	/* Full-width digits are EF BC 90..99: counting their last byte is enough. */
	for (const unsigned char *u = (const unsigned char *)s; *u; prev = *u++)
		nd += (*u >= '0' && *u <= '9') || (*u >= 0x90 && *u <= 0x99 && prev == 0xBC);
	return nd >= 10;
}

char *fh_mask_text(const char *s, char *buf, size_t size)
{
	size_t i = 0, w = 0, len = strlen(s);

	if (!size)
		return buf;
	while (i < len && w + 1 < size) {
		struct group g[MAX_GROUPS];
		size_t ng, end = 0, n;

		if (digit_at(s + i) && !(i && glued((unsigned char)s[i - 1]))) {
			ng = read_groups(s, i, g);
			end = match_groups(s, g, ng);
			if (end) {
				w += mask_span(s + i, end - i, buf + w, size - 1 - w);
				i = end;
				continue;
			}
			/* Not personal: copy the first group whole, then look again. */
			end = g[0].end;
		} else {
			n = digit_at(s + i);
			end = i + (n ? n : 1);
			/* A run glued to a letter is copied whole, never split. */
			while (n && (n = digit_at(s + end)))
				end += n;
		}
		n = end - i < size - 1 - w ? end - i : size - 1 - w;
		memcpy(buf + w, s + i, n);
		w += n;
		i = end;
	}
	buf[w] = '\0';
	return buf;
}

char *fh_mask_name(const char *name, char *buf, size_t size)
{
	size_t w = 0, n = 0;

	if (!size)
		return buf;
	/* The first character, whole, then one '*' for each other one. */
	if (*name)
		for (n = 1; ((unsigned char)name[n] & 0xC0) == 0x80; n++)
			;
	if (n < size) {
		memcpy(buf, name, n);
		w = n;
	}
	for (const char *p = name + n; *p && w + 1 < size; p++)
		if (((unsigned char)*p & 0xC0) != 0x80)
			buf[w++] = '*';
	buf[w] = '\0';
	return buf;
}

int fh_mask_is_masked(const char *s)
{
	return s && strchr(s, '*') != NULL;
}

/* Set once from the command line, before any output. */
static int revealed;

void fh_mask_set_reveal(int reveal)
{
	revealed = reveal;
}

char *fh_mask_text_dup(const char *s)
{
	size_t size = strlen(s) + 1;
	char *t = malloc(size);

	if (t && revealed)
		memcpy(t, s, size);
	else if (t)
		fh_mask_text(s, t, size);
	return t;
}
