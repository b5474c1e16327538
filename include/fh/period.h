/*
 * Dates, times and periods as station staff type them: 2026-11-23,
 * 2026-11-23 14:05, 2026-11, 2026Q4, 2026, 2026-W47, and a few relative
 * names for cron (this-week, last-month, ...).  Times are the station's
 * local time, stored as text "YYYY-MM-DD HH:MM" so that they sort and
 * compare as strings in SQL.
 */
#ifndef FH_PERIOD_H
#define FH_PERIOD_H

#include "fh/error.h"

/* Room for "YYYY-MM-DD HH:MM" and its NUL. */
#define FH_TIME_LEN 17
/* Room for "YYYY-MM-DD" and its NUL. */
#define FH_DATE_LEN 11

struct fh_time {
	int year, month, day, hour, minute;
};

/* A half-open span of time [start, end), formatted for SQL comparison. */
struct fh_range {
	char start[FH_TIME_LEN];
	char end[FH_TIME_LEN];
};

/* Room for "2026Q4" and its NUL. */
#define FH_QUARTER_LEN 7

/*
 * Parses a quarter "2026Q4" (or "2026q4") into buf, written "2026Q4".
 * Returns 0 or -1 with a usage error naming the value.
 */
int fh_quarter_parse(const char *s, char buf[FH_QUARTER_LEN], struct fh_error *err);

/*
 * Returns 1 if the date of t lies in quarter q (as fh_quarter_parse
 * writes it, "2026Q4"), else 0.
 */
int fh_quarter_contains(const char *q, const struct fh_time *t);

/* Returns 1 if year-month-day is a date of the Gregorian calendar. */
int fh_date_valid(int year, int month, int day);

/*
 * Parses a date "YYYY-MM-DD" into t (time 00:00).  Returns 0, or -1 with
 * err naming the value, e.g. "invalid date '2026-02-30'".
 */
int fh_date_parse(const char *s, struct fh_time *t, struct fh_error *err);

/*
 * Parses a time: "YYYY-MM-DD HH:MM", "YYYY-MM-DDTHH:MM", either with ":SS"
 * (ignored), or a bare date meaning its midnight.  Returns 0 or -1.
 */
int fh_time_parse(const char *s, struct fh_time *t, struct fh_error *err);

/*
 * Parses a period into r: a year, quarter ("2026Q4"), month ("2026-11"),
 * ISO week ("2026-W47"), date, or one of today, yesterday, this-week,
 * last-week, this-month, last-month, this-quarter, last-quarter, this-year,
 * last-year (relative to fh_now).  Returns 0 or -1.
 */
int fh_period_parse(const char *s, struct fh_range *r, struct fh_error *err);

/*
 * The one reader of --period, --since and --until for every tool: s is a
 * time ("2026-11-23 14:05", the span starts or ends there), or anything
 * fh_period_parse takes (a date, month, quarter, year, ISO week or a
 * relative name), which --since starts at and --until ends with (so
 * "--until 2026-11" includes November).  opt is the option as typed, for
 * the message.  Sets r (for a time, start and end both to it) and returns
 * 0, or -1 with err ("--since: invalid period ...") at status FH_FAIL: by
 * fh(1)'s rule a value that is wrong exits 1, a malformed command line 2.
 */
int fh_period_option(const char *opt, const char *s, struct fh_range *r,
		     struct fh_error *err);

/* Formats t as "YYYY-MM-DD HH:MM" into buf (FH_TIME_LEN bytes). */
void fh_time_format(const struct fh_time *t, char *buf);

/* Room for "YYYY-MM-DDTHH:MM:SS+HH:MM" and its NUL. */
#define FH_W3C_LEN 26

/*
 * Formats t, a time in the station's local time (the process's time
 * zone: fh_config_use_timezone), as a W3C datetime with its offset from
 * UTC at that moment, "2026-11-23T14:05:00+08:00", into buf.
 */
void fh_time_w3c(const struct fh_time *t, char buf[FH_W3C_LEN]);

/* Formats the date of t as "YYYY-MM-DD" into buf (FH_DATE_LEN bytes). */
void fh_date_format(const struct fh_time *t, char *buf);

/*
 * The current local time, or the time in $FH_NOW when it is set (so tests
 * and replays do not depend on the clock).  Returns 0, or -1 with err set
 * when $FH_NOW is not a valid time.
 */
int fh_now(struct fh_time *t, struct fh_error *err);

/*
 * The one rule for dates of things that happened (a report's time, a
 * meeting held, an activity, an action done): they are not in the future.
 * Compares t with now (NULL: fh_now), by date alone when date_only.  On a
 * future t sets err to "time 'GIVEN' is in the future" ("date ..." when
 * date_only), given being the text as typed, and returns -1; else 0.
 */
int fh_time_check_past(const struct fh_time *t, int date_only, const struct fh_time *now,
		       const char *given, struct fh_error *err);

/* Days since 1970-01-01 of t's date (negative before). */
long fh_days_from_civil(int year, int month, int day);

/* Moves t by n days (n may be negative), keeping the time of day. */
void fh_time_add_days(struct fh_time *t, long n);

/* Day of the week of t's date, 1 = Monday ... 7 = Sunday. */
int fh_weekday(const struct fh_time *t);

/* Compares two times; <0, 0, >0 like strcmp. */
int fh_time_cmp(const struct fh_time *a, const struct fh_time *b);

#endif
