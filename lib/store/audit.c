/*
 * The audit trail (see include/fh/audit.h): the command line it records,
 * with personal values redacted, and reading it.  lib/store/db.c writes it.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "fh/audit.h"
#include "fh/mask.h"

int fh_audit_list(struct fh_db *db, const struct fh_audit_filter *f, struct fh_out *out,
		  struct fh_error *err)
{
	sqlite3_stmt *stmt;
	int rc;

	if (fh_db_prepare(db, &stmt,
			  "SELECT id, at, actor, command, changes FROM audit_v"
			  " WHERE (?1 = '' OR at >= ?1) AND (?2 = '' OR at < ?2)"
			  " AND (?3 IS NULL OR instr(',' || ?3 || ',', ',' || actor || ',') > 0) ORDER BY id", err))
		return -1;
	sqlite3_bind_text(stmt, 1, f->since ? f->since : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 2, f->until ? f->until : "", -1, SQLITE_STATIC);
	sqlite3_bind_text(stmt, 3, f->actor, -1, SQLITE_STATIC);
	rc = fh_out_stmt(out, stmt, err);
	sqlite3_finalize(stmt);
	return rc == SQLITE_DONE ? 0 : -1;
}

/*
 * Options whose value is personal, in every tool: a member's or household's
 * name, contact, phone, address and coordinates, and the free texts (notes,
 * report texts and places, reasons, chairs, owners, leaders of activities,
 * meetings' minutes and places)
 * that may name or number a person.  One list for every tool, so that a
 * new subcommand with --name or --note is redacted without being listed.
 */
static const char *const personal_options[] = {
	"name", "contact", "phone", "address", "lat", "lon", "note", "text",
	"where", "reason", "chair", "led-by", "owner", "minutes", "place",
};

/*
 * Options whose value is kept: only needed to tell an option's value from
 * an operand in the commands below, whose operands are personal.  An option
 * in neither list is taken for a flag, so the word after it counts as an
 * operand and is redacted there: too much is hidden rather than too little.
 */
static const char *const kept_options[] = {
	"db", "format", "as", "category", "by", "zone", "group", "at", "severity",
	"via", "activity", "photo", "due", "on", "kind", "team", "count",
};

/*
 * Subcommands whose operands are free text (a report's text, a note, an
 * action item), bar the plain numbers among them (report and meeting ids).
 */
static const struct {
	const char *tool, *words;
} text_operands[] = {
	{ "fh-report", "add" },
	{ "fh-report", "note" },
	{ "fh-meeting", "action add" },
};

/*
 * Whether option name (n bytes, as typed after "--") is in list; getopt
 * takes any unambiguous abbreviation, so a prefix of a listed name counts.
 */
static bool option_in(const char *const *list, size_t count, const char *name, size_t n)
{
	for (size_t i = 0; i < count; i++)
		if (n && !strncmp(list[i], name, n))
			return true;
	return false;
}

/* Whether s is a plain number (an id), which no operand list hides. */
static bool is_number(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return false;
	return true;
}

/* Whether the operands at ops (n of them, indexes into argv) start a text command of tool. */
static size_t text_command(const char *tool, char *const *argv, const int *ops, size_t n)
{
	for (size_t i = 0; i < sizeof(text_operands) / sizeof(*text_operands); i++) {
		const char *w = text_operands[i].words;
		size_t k = 0;

		if (strcmp(text_operands[i].tool, tool))
			continue;
		while (*w && k < n) {
			size_t len = strcspn(w, " ");

			if (strlen(argv[ops[k]]) != len || strncmp(argv[ops[k]], w, len))
				break;
			k++;
			w += len + (w[len] == ' ');
		}
		if (!*w)
			return k;
	}
	return 0;
}

/*
 * Marks in redact[] the arguments whose value is personal: values of the
 * personal options, and the free-text operands of the text commands.
 * "--name=VALUE" is marked with 2 (the value after '=' is hidden).
 */
static int mark_personal(const char *tool, int argc, char *const *argv, char *redact)
{
	int *ops = malloc((size_t)argc * sizeof(*ops));
	size_t nops = 0, first;
	bool done = false;

	if (!ops)
		return -1;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (done || a[0] != '-' || !a[1]) {
			ops[nops++] = i;
		} else if (!strcmp(a, "--")) {
			done = true;
		} else if (a[1] == '-') {
			size_t n = strcspn(a + 2, "=");
			bool personal = option_in(personal_options,
						  sizeof(personal_options) / sizeof(*personal_options), a + 2, n);

			if (a[2 + n] == '=')
				redact[i] = personal ? 2 : 0;
			else if (i + 1 < argc && (personal ||
				 option_in(kept_options, sizeof(kept_options) / sizeof(*kept_options), a + 2, n)))
				redact[++i] = personal;
		} else if ((a[1] == 'f' || a[1] == 'o') && !a[2]) {
			i++;  /* -f FORMAT, -o FILE */
		}
	}
	first = text_command(tool, argv, ops, nops);
	for (size_t k = first ? first : nops; k < nops; k++)
		redact[ops[k]] = !is_number(argv[ops[k]]);
	free(ops);
	return 0;
}

/* Appends a to w shell-quoted (plain words as they are); returns the end. */
static char *quote(char *w, const char *a, size_t n)
{
	bool plain = n && strcspn(a, " \t\n'\"\\$`;&|<>()*?[]{}#~!") >= n;

	if (plain)
		return (char *)memcpy(w, a, n) + n;
	*w++ = '\'';
	for (size_t i = 0; i < n; i++) {
		if (a[i] == '\'')
			w = stpcpy(w, "'\\''");
		else
			*w++ = a[i];
	}
	*w++ = '\'';
	return w;
}

char *fh_audit_command(const char *prog, int argc, char *const *argv)
{
	size_t len = strlen(prog) + 1;
	char *line = NULL, *masked = NULL, *redact, *w;

	for (int i = 1; i < argc; i++)
		len += 3 + 4 * strlen(argv[i]) + sizeof(FH_AUDIT_REDACTED);
	redact = calloc((size_t)argc + 1, 1);
	if (!redact || mark_personal(prog, argc, argv, redact) ||
	    !(line = malloc(len)) || !(masked = malloc(len)))
		goto fail;
	w = stpcpy(line, prog);
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];

		*w++ = ' ';
		/* An empty value clears a field: that is no personal value, and worth seeing. */
		if (redact[i] == 1 && *a) {
			w = stpcpy(w, FH_AUDIT_REDACTED);
		} else if (redact[i] == 2 && a[strcspn(a, "=") + 1]) {
			size_t n = strcspn(a, "=") + 1;

			w = quote(w, a, n);
			w = stpcpy(w, FH_AUDIT_REDACTED);
		} else {
			w = quote(w, a, strlen(a));
		}
	}
	*w = '\0';
	/* What is left may still hold a number: personal ones in any form, then any long digit run. */
	fh_mask_digits(fh_mask_text(line, masked, len), line, len);
	free(masked);
	free(redact);
	return line;
fail:
	free(redact);
	free(line);
	return NULL;
}

/*
 * Splits a command line as fh_audit_command quotes it (words separated by
 * one space, each plain or in single quotes with '\'' for a quote) into
 * argv, in place in line.  Returns the number of words; argv has room for
 * strlen(line) / 2 + 2 of them.
 */
static int split_command(char *line, char **argv)
{
	char *r = line, *w = line;
	int argc = 0;

	while (*r) {
		argv[argc++] = w;
		while (*r && *r != ' ') {
			if (*r != '\'') {
				*w++ = *r++;
				continue;
			}
			for (r++; *r && *r != '\''; )
				*w++ = *r++;
			if (*r)
				r++;
			/* '\'' : a quote between two quoted parts. */
			if (r[0] == '\\' && r[1] == '\'') {
				*w++ = '\'';
				r += 2;
			}
		}
		if (*r)
			r++;
		*w++ = '\0';
	}
	argv[argc] = NULL;
	return argc;
}

char *fh_audit_redact(const char *command)
{
	size_t n = strlen(command);
	char *copy = strdup(command), **argv = calloc(n / 2 + 3, sizeof(*argv)), *line = NULL;
	int argc;

	if (copy && argv && (argc = split_command(copy, argv)) > 0)
		line = fh_audit_command(argv[0], argc, argv);
	else if (copy && argv)
		line = strdup(command);
	free(argv);
	free(copy);
	return line;
}
