/*
 * libFuzzer target: any command line (the input split at NUL bytes into
 * arguments) is parsed or refused with a usage error, never crashing,
 * and what is left is a sub-list of the arguments given.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fh/cli.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fh_error err;
	struct fh_cli cli;
	char *buf = malloc(size + 1);
	char *argv[65];
	int argc = 0;

	if (!buf)
		return 0;
	memcpy(buf, data, size);
	buf[size] = '\0';
	argv[argc++] = "fh";
	for (char *p = buf; p < buf + size && argc < 64; p += strlen(p) + 1)
		argv[argc++] = p;
	argv[argc] = NULL;
	unsetenv("FH_DB");
	/* The caller releases cli whether or not the parse succeeded. */
	if (fh_cli_parse(&cli, "fh", argc, argv, &err) == 0 && cli.argc > argc)
		abort();
	fh_cli_release(&cli);
	free(buf);
	return 0;
}
