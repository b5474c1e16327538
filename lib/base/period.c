#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fh/period.h"
#include "fh/i18n.h"

static int is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int days_in_month(int y, int m)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

int fh_date_valid(int year, int month, int day)
{
	return year >= 1 && year <= 9999 && month >= 1 && month <= 12 &&
	       day >= 1 && day <= days_in_month(year, month);
}

/* Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar. */
long fh_days_from_civil(int year, int month, int day)
{
	long y = year - (month <= 2);
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, int *year, int *month, int *day)
{
	long era, doe, yoe, y, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*day = (int)(doy - (153 * mp + 2) / 5 + 1);
	*month = (int)(mp < 10 ? mp + 3 : mp - 9);
	*year = (int)(y + (*month <= 2));
}

void fh_time_add_days(struct fh_time *t, long n)
{
	civil_from_days(fh_days_from_civil(t->year, t->month, t->day) + n,
			&t->year, &t->month, &t->day);
}

int fh_weekday(const struct fh_time *t)
{
	long d = fh_days_from_civil(t->year, t->month, t->day);

	/* 1970-01-01 was a Thursday (4). */
	return (int)(((d % 7) + 7 + 3) % 7) + 1;
}

int fh_time_cmp(const struct fh_time *a, const struct fh_time *b)
{
	const int x[] = { a->year, a->month, a->day, a->hour, a->minute };
	const int y[] = { b->year, b->month, b->day, b->hour, b->minute };

	for (size_t i = 0; i < sizeof(x) / sizeof(x[0]); i++)
		if (x[i] != y[i])
			return x[i] < y[i] ? -1 : 1;
	return 0;
}

void fh_time_format(const struct fh_time *t, char *buf)
{
	snprintf(buf, FH_TIME_LEN, "%04u-%02u-%02u %02u:%02u",
		 (unsigned)t->year % 10000u, (unsigned)t->month % 100u, (unsigned)t->day % 100u,
		 (unsigned)t->hour % 100u, (unsigned)t->minute % 100u);
}

void fh_time_w3c(const struct fh_time *t, char buf[FH_W3C_LEN])
{
	struct tm tm = {
		.tm_year = t->year - 1900, .tm_mon = t->month - 1, .tm_mday = t->day,
		.tm_hour = t->hour, .tm_min = t->minute, .tm_isdst = -1,
	};
	long off;

	/* mktime fills tm_gmtoff for the zone's rule on that day (summer time too). */
	off = mktime(&tm) == (time_t)-1 ? 0 : tm.tm_gmtoff;
	snprintf(buf, FH_W3C_LEN, "%04u-%02u-%02uT%02u:%02u:00%c%02ld:%02ld",
		 (unsigned)t->year % 10000u, (unsigned)t->month % 100u, (unsigned)t->day % 100u,
		 (unsigned)t->hour % 100u, (unsigned)t->minute % 100u,
		 off < 0 ? '-' : '+', labs(off) / 3600 % 100, labs(off) / 60 % 60);
}

void fh_date_format(const struct fh_time *t, char *buf)
{
	snprintf(buf, FH_DATE_LEN, "%04u-%02u-%02u",
		 (unsigned)t->year % 10000u, (unsigned)t->month % 100u, (unsigned)t->day % 100u);
}

/* Reads exactly n digits at *p into *val and advances *p; returns 0 or -1. */
static int digits(const char **p, int n, int *val)
{
	int v = 0;

	for (int i = 0; i < n; i++) {
		if (!isdigit((unsigned char)(*p)[i]))
			return -1;
		v = v * 10 + ((*p)[i] - '0');
	}
	*p += n;
	*val = v;
	return 0;
}

/* Parses "YYYY-MM-DD" at the start of *p; -1 on a malformed shape. */
static int date_prefix(const char **p, struct fh_time *t)
{
	if (digits(p, 4, &t->year) || *(*p)++ != '-' ||
	    digits(p, 2, &t->month) || *(*p)++ != '-' || digits(p, 2, &t->day))
		return -1;
	t->hour = t->minute = 0;
	return 0;
}

int fh_date_parse(const char *s, struct fh_time *t, struct fh_error *err)
{
	const char *p = s;

	if (date_prefix(&p, t) || *p)
		return fh_error_set(err, _("invalid date '%s' (expected YYYY-MM-DD)"), s);
	if (!fh_date_valid(t->year, t->month, t->day))
		return fh_error_set(err, _("invalid date '%s': no such day"), s);
	return 0;
}

int fh_time_parse(const char *s, struct fh_time *t, struct fh_error *err)
{
	const char *p = s;
	int sec = 0;

	if (date_prefix(&p, t))
		goto bad;
	if (*p == ' ' || *p == 'T') {
		p++;
		if (digits(&p, 2, &t->hour) || *p++ != ':' ||
		    digits(&p, 2, &t->minute))
			goto bad;
		if (*p == ':' && (p++, digits(&p, 2, &sec)))
			goto bad;
	}
	if (*p)
		goto bad;
	if (!fh_date_valid(t->year, t->month, t->day) || t->hour > 23 ||
	    t->minute > 59 || sec > 59)
		return fh_error_set(err, _("invalid time '%s': no such day or hour"), s);
	return 0;
bad:
	return fh_error_set(err, _("invalid time '%s' (expected YYYY-MM-DD HH:MM)"), s);
}

int fh_now(struct fh_time *t, struct fh_error *err)
{
	const char *fixed = getenv("FH_NOW");
	struct tm tm;
	time_t now;

	if (fixed && *fixed) {
		if (fh_time_parse(fixed, t, err))
			return fh_error_prefix(err, "FH_NOW");
		return 0;
	}
	now = time(NULL);
	if (!localtime_r(&now, &tm))
		return fh_error_set(err, _("cannot read the local time"));
	t->year = tm.tm_year + 1900;
	t->month = tm.tm_mon + 1;
	t->day = tm.tm_mday;
	t->hour = tm.tm_hour;
	t->minute = tm.tm_min;
	return 0;
}

int fh_time_check_past(const struct fh_time *t, int date_only, const struct fh_time *now,
		       const char *given, struct fh_error *err)
{
	struct fh_time clock, a = *t;

	if (!now) {
		if (fh_now(&clock, err))
			return -1;
		now = &clock;
	}
	clock = *now;
	if (date_only) {
		a.hour = a.minute = 0;
		clock.hour = clock.minute = 0;
	}
	/* Nothing is recorded before it happens: a future date is a typing slip. */
	if (fh_time_cmp(&a, &clock) <= 0)
		return 0;
	if (date_only)
		return fh_error_set(err, _("date '%s' is in the future"), given);
	return fh_error_set(err, _("time '%s' is in the future"), given);
}

/* Sets r to the whole days [from, from + ndays). */
static void days_range(struct fh_range *r, struct fh_time from, long ndays)
{
	from.hour = from.minute = 0;
	fh_time_format(&from, r->start);
	fh_time_add_days(&from, ndays);
	fh_time_format(&from, r->end);
}

/* Sets r to the months [year-month, +nmonths). */
static void months_range(struct fh_range *r, int year, int month, int nmonths)
{
	struct fh_time t = { year, month, 1, 0, 0 };
	int m0 = year * 12 + (month - 1) + nmonths;

	fh_time_format(&t, r->start);
	t.year = m0 / 12;
	t.month = m0 % 12 + 1;
	fh_time_format(&t, r->end);
}

/* Monday of ISO week w of ISO year y. */
static struct fh_time iso_week_start(int y, int w)
{
	struct fh_time jan4 = { y, 1, 4, 0, 0 };

	fh_time_add_days(&jan4, -(fh_weekday(&jan4) - 1) + 7L * (w - 1));
	return jan4;
}

static int iso_weeks_in_year(int y)
{
	struct fh_time dec28 = { y, 12, 28, 0, 0 };
	struct fh_time start = iso_week_start(y, 1);

	return (int)((fh_days_from_civil(dec28.year, dec28.month, dec28.day) -
		      fh_days_from_civil(start.year, start.month, start.day)) / 7) + 1;
}

static int relative_period(const char *s, struct fh_range *r,
			   struct fh_error *err)
{
	struct fh_time now;
	int back, q;

	if (fh_now(&now, err))
		return -1;
	if (!strcmp(s, "today"))
		return days_range(r, now, 1), 0;
	if (!strcmp(s, "yesterday"))
		return fh_time_add_days(&now, -1), days_range(r, now, 1), 0;
	back = !strncmp(s, "last-", 5);
	if (!back && strncmp(s, "this-", 5))
		return 1;
	s += 5;
	if (!strcmp(s, "week")) {
		fh_time_add_days(&now, -(fh_weekday(&now) - 1) - 7 * back);
		return days_range(r, now, 7), 0;
	}
	if (!strcmp(s, "month")) {
		months_range(r, now.year, now.month, 1);
		if (back)
			months_range(r, now.month == 1 ? now.year - 1 : now.year,
				     now.month == 1 ? 12 : now.month - 1, 1);
		return 0;
	}
	if (!strcmp(s, "quarter")) {
		q = (now.month - 1) / 3 - back;
		return months_range(r, q < 0 ? now.year - 1 : now.year,
				    (q < 0 ? 3 : q) * 3 + 1, 3), 0;
	}
	if (!strcmp(s, "year"))
		return months_range(r, now.year - back, 1, 12), 0;
	return 1;
}

int fh_quarter_parse(const char *s, char buf[FH_QUARTER_LEN], struct fh_error *err)
{
	if (strlen(s) != 6 || !isdigit((unsigned char)s[0]) || !isdigit((unsigned char)s[1]) ||
	    !isdigit((unsigned char)s[2]) || !isdigit((unsigned char)s[3]) ||
	    (s[4] != 'Q' && s[4] != 'q') || s[5] < '1' || s[5] > '4' || !strncmp(s, "0000", 4))
		return fh_error_set(err, _("invalid quarter '%s' (expected e.g. 2026Q4)"), s);
	memcpy(buf, s, 6);
	buf[4] = 'Q';
	buf[6] = '\0';
	return 0;
}

int fh_quarter_contains(const char *q, const struct fh_time *t)
{
	return t->year == atoi(q) && (t->month - 1) / 3 + 1 == q[5] - '0';
}

static int parse_period(const char *s, struct fh_range *r, struct fh_error *err);

int fh_period_parse(const char *s, struct fh_range *r, struct fh_error *err)
{
	if (parse_period(s, r, err))
		return -1;
	/* A period reaching past 9999 has no end that can be written as a date. */
	if (strcmp(r->start, r->end) >= 0)
		return fh_error_set(err, _("invalid period '%s': it ends after the year 9999"), s);
	return 0;
}

static int parse_period(const char *s, struct fh_range *r, struct fh_error *err)
{
	struct fh_time t;
	const char *p = s;
	int y, n, rc;

	rc = relative_period(s, r, err);
	if (rc <= 0)
		return rc;
	if (digits(&p, 4, &y) || y < 1)
		goto bad;
	if (!*p)
		return months_range(r, y, 1, 12), 0;
	if ((*p == 'Q' || *p == 'q') && p[1] >= '1' && p[1] <= '4' && !p[2])
		return months_range(r, y, (p[1] - '1') * 3 + 1, 3), 0;
	if (p[0] == '-' && (p[1] == 'W' || p[1] == 'w')) {
		p += 2;
		if (digits(&p, 2, &n) || *p)
			goto bad;
		if (n < 1 || n > iso_weeks_in_year(y))
			return fh_error_set(err, _("invalid period '%s': no such week"), s);
		return days_range(r, iso_week_start(y, n), 7), 0;
	}
	if (*p++ != '-' || digits(&p, 2, &n))
		goto bad;
	if (!*p) {
		if (n < 1 || n > 12)
			return fh_error_set(err, _("invalid period '%s': no such month"), s);
		return months_range(r, y, n, 1), 0;
	}
	if (fh_date_parse(s, &t, err))
		return -1;
	return days_range(r, t, 1), 0;
bad:
	return fh_error_set(err, _("invalid period '%s' (expected e.g. 2026, 2026Q4, 2026-11, 2026-W47, 2026-11-23 or this-month)"), s);
}

int fh_period_option(const char *opt, const char *s, struct fh_range *r,
		     struct fh_error *err)
{
	struct fh_time t;

	/* A time has a blank or a T after its date; anything else is a period. */
	if (strlen(s) > 10 && (s[10] == ' ' || s[10] == 'T')) {
		if (fh_time_parse(s, &t, err))
			return fh_error_prefix(err, "%s", opt);
		fh_time_format(&t, r->start);
		memcpy(r->end, r->start, sizeof(r->end));
		return 0;
	}
	if (fh_period_parse(s, r, err))
		return fh_error_prefix(err, "%s", opt);
	return 0;
}
