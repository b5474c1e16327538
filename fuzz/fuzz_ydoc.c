/* libFuzzer target: any bytes as a YAML document are read or refused, never crash or blow up. */
#include <stdint.h>
#include <stdio.h>

#include "fh/ydoc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fh_error err;
	struct fh_ynode *root;
	FILE *fp;

	if (!size)
		return 0;
	fp = fmemopen((void *)data, size, "r");
	if (!fp)
		return 0;
	if (fh_ydoc_read(fp, "fuzz.yaml", &root, &err) == 0)
		fh_ydoc_free(root);
	fclose(fp);
	return 0;
}
