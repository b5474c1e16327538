/*
 * Phone numbers, and members' other personal fields, on their way into
 * the database: one stored form, checked, and never a masked value unless
 * it stands for the value already kept.
 */
#ifndef FH_PHONE_H
#define FH_PHONE_H

#include <stddef.h>

#include "fh/db.h"
#include "fh/error.h"

/* Bytes enough for any phone number fh stores, with its NUL. */
#define FH_PHONE_SIZE 16

/*
 * Writes phone's stored form into out (size bytes, FH_PHONE_SIZE is
 * enough): full-width digits made ASCII, spaces, dashes and brackets
 * removed, a leading +86 dropped from a mobile number.  It must then be a
 * mainland mobile number (1[3-9] and 9 more digits) or a landline with its
 * area code (010 and 02x then 8 digits or 7, 0 and three digits then 7 or 8), written
 * with one dash after the area code (021-57381234).  An empty
 * phone gives an empty out.  Returns 0, or -1 with err set; the message
 * never repeats the number.
 */
int fh_phone_normalize(const char *phone, char *out, size_t size, struct fh_error *err);

/*
 * As fh_phone_normalize, for the phone of member (its code) about to be
 * written in db: a masked value (with '*', as an export without --reveal
 * writes it) that is the mask of the phone member has now gives that phone
 * back into out, so an exported file imports unchanged; any other masked
 * value is refused.  Returns 0, or -1 with err set.
 */
int fh_phone_resolve(struct fh_db *db, const char *member, const char *phone,
		     char *out, size_t size, struct fh_error *err);

/*
 * For text column (name, contact, address or note) of member (its code)
 * about to be written as value: when value is masked (holds a '*') and is
 * what fh_mask_text makes of the stored text, returns a copy of the stored
 * text, which is what was meant (a file exported without --reveal, read
 * back), to be freed with sqlite3_free.  Else, or on any error, NULL:
 * value is written as given.
 */
char *fh_member_unmasked(struct fh_db *db, const char *member, const char *column,
			 const char *value);

#endif
