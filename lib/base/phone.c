#include <stdlib.h>
#include <string.h>

#include "fh/i18n.h"
#include "fh/mask.h"
#include "fh/phone.h"

/*
 * Appends phone's digits to d as ASCII, skipping the separators people
 * type (spaces, dashes, brackets, in ASCII or full width).  Returns the
 * number of digits, or -1 for any other character.
 */
static int phone_digits(const char *phone, char *d, size_t size)
{
	static const char *const seps[] = {
		" ", "-", "(", ")", "\t", "\xe3\x80\x80" /* U+3000 */, "\xef\xbc\x8d" /* － */,
		"\xef\xbc\x88" /* （ */, "\xef\xbc\x89" /* ） */, NULL,
	};
	const unsigned char *u = (const unsigned char *)phone;
	size_t nd = 0;

	while (*u) {
		const char *const *sep;

		if (*u >= '0' && *u <= '9') {
			d[nd < size ? nd : size - 1] = (char)*u++;
			nd++;
			continue;
		}
		if (u[0] == 0xEF && u[1] == 0xBC && u[2] >= 0x90 && u[2] <= 0x99) {
			d[nd < size ? nd : size - 1] = (char)('0' + u[2] - 0x90);
			nd++;
			u += 3;
			continue;
		}
		for (sep = seps; *sep && strncmp((const char *)u, *sep, strlen(*sep)); sep++)
			;
		if (!*sep)
			return -1;
		u += strlen(*sep);
	}
	return nd < size ? (int)nd : -1;
}

int fh_phone_normalize(const char *phone, char *out, size_t size, struct fh_error *err)
{
	char d[24];
	const char *p = phone;
	int nd, plus = 0;
	size_t area = 0;

	if (!phone || !*phone) {
		if (size)
			*out = '\0';
		return 0;
	}
	p += strspn(p, " ");
	if (*p == '+')
		plus = 1, p++;
	nd = phone_digits(p, d, sizeof(d));
	if (nd >= 0 && plus) {
		/* Only China's own prefix: fh keeps mainland numbers. */
		if (nd == 13 && !strncmp(d, "861", 3))
			memmove(d, d + 2, (size_t)(nd -= 2));
		else
			nd = -1;
	}
	if (nd < 0)
		goto invalid;
	d[nd] = '\0';
	if (nd == 11 && d[0] == '1' && d[1] >= '3' && d[1] <= '9')
		goto ok;
	if (d[0] != '0' || d[1] == '0' || nd < 10)
		goto invalid;
	area = d[1] == '1' || d[1] == '2' ? 3 : 4;
	if ((size_t)nd - area == 7 || (size_t)nd - area == 8)
		goto ok;
invalid:
	return fh_error_set(err, _("invalid phone number: give a mobile number (11 digits starting"
				   " 13 to 19) or a landline with its area code (0 and 2 or 3 digits,"
				   " then 7 or 8 digits)"));
ok:
	/* A landline keeps one dash after its area code, the way it is read. */
	if ((size_t)nd + (d[0] == '0') >= size)
		return fh_error_set(err, _("invalid phone number: too long"));
	if (d[0] == '0') {
		memcpy(out, d, area);
		out[area] = '-';
		memcpy(out + area + 1, d + area, (size_t)nd - area + 1);
	} else {
		memcpy(out, d, (size_t)nd + 1);
	}
	return 0;
}

int fh_phone_resolve(struct fh_db *db, const char *member, const char *phone,
		     char *out, size_t size, struct fh_error *err)
{
	sqlite3_stmt *st;
	int rc, same = 0;

	if (!fh_mask_is_masked(phone))
		return fh_phone_normalize(phone, out, size, err);
	if (fh_db_prepare(db, &st, "SELECT phone FROM members WHERE code = ?1", err))
		return -1;
	sqlite3_bind_text(st, 1, member, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW && sqlite3_column_text(st, 0)) {
		const char *stored = (const char *)sqlite3_column_text(st, 0);
		char masked[64];

		same = !strcmp(fh_mask_phone(stored, masked, sizeof(masked)), phone) &&
		       strlen(stored) < size;
		if (same)
			memcpy(out, stored, strlen(stored) + 1);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return fh_db_error(db, err, _("cannot read the member"));
	if (!same)
		return fh_error_set(err, _("a masked phone number is not stored: it is kept only where it"
					   " is the mask of the member's phone (give the full number)"));
	return 0;
}

char *fh_member_unmasked(struct fh_db *db, const char *member, const char *column,
			 const char *value)
{
	static const char *const columns[] = { "name", "contact", "address", "note", NULL };
	sqlite3_stmt *st = NULL;
	char *stored = NULL;
	int i = 0;

	while (columns[i] && strcmp(columns[i], column))
		i++;
	if (!columns[i] || !member || !fh_mask_is_masked(value) ||
	    sqlite3_prepare_v2(db->sql, "SELECT name, contact, address, note FROM members"
			       " WHERE code = ?1", -1, &st, NULL) != SQLITE_OK) {
		sqlite3_finalize(st);
		return NULL;
	}
	sqlite3_bind_text(st, 1, member, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, i)) {
		const char *v = (const char *)sqlite3_column_text(st, i);
		size_t size = strlen(v) + 1;
		char *masked = malloc(size);

		if (masked && !strcmp(fh_mask_text(v, masked, size), value))
			stored = sqlite3_mprintf("%s", v);
		free(masked);
	}
	sqlite3_finalize(st);
	return stored;
}
