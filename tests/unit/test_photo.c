/* Unit tests of lib/report/photo.c: media types read from bytes, SHA-256, size limits. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "fh/photo.h"

static void sniff_knows_the_four_image_types(void **state)
{
	static const unsigned char jpeg[] = { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 'J', 'F', 'I', 'F' };
	static const unsigned char png[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 };
	static const unsigned char webp[] = "RIFF\x24\0\0\0WEBPVP8 ";
	static const unsigned char heic[] = "\0\0\0\x18" "ftypheic\0\0\0\0mif1heic";
	static const unsigned char mif1[] = "\0\0\0\x18" "ftypmif1\0\0\0\0mif1heic";
	static const unsigned char heix[] = "\0\0\0\x18" "ftypheix\0\0\0\0";

	(void)state;
	assert_string_equal(fh_photo_sniff(jpeg, sizeof(jpeg)), "image/jpeg");
	assert_string_equal(fh_photo_sniff(png, sizeof(png)), "image/png");
	assert_string_equal(fh_photo_sniff(webp, sizeof(webp) - 1), "image/webp");
	assert_string_equal(fh_photo_sniff(heic, sizeof(heic) - 1), "image/heic");
	assert_string_equal(fh_photo_sniff(mif1, sizeof(mif1) - 1), "image/heic");
	assert_string_equal(fh_photo_sniff(heix, sizeof(heix) - 1), "image/heic");
}

static void sniff_refuses_other_and_short_bytes(void **state)
{
	static const unsigned char gif[] = "GIF89a\x01\0\x01\0";
	static const unsigned char avi[] = "RIFF\x24\0\0\0AVI LIST";
	static const unsigned char mp4[] = "\0\0\0\x18" "ftypisom\0\0\0\0";
	static const unsigned char pdf[] = "%PDF-1.7";
	static const unsigned char half_png[] = { 0x89, 'P', 'N', 'G' };
	static const unsigned char half_jpeg[] = { 0xFF, 0xD8 };

	(void)state;
	assert_null(fh_photo_sniff(gif, sizeof(gif) - 1));
	assert_null(fh_photo_sniff(avi, sizeof(avi) - 1));
	assert_null(fh_photo_sniff(mp4, sizeof(mp4) - 1));
	assert_null(fh_photo_sniff(pdf, sizeof(pdf) - 1));
	assert_null(fh_photo_sniff(half_png, sizeof(half_png)));
	assert_null(fh_photo_sniff(half_jpeg, sizeof(half_jpeg)));
	assert_null(fh_photo_sniff(NULL, 0));
}

static void sniff_refuses_a_jpeg_start_without_a_marker(void **state)
{
	static const unsigned char three[] = { 0xFF, 0xD8, 0xFF };
	static const unsigned char no_marker[] = { 0xFF, 0xD8, 0xFF, 0x00, 'J', 'F', 'I', 'F' };

	(void)state;
	assert_null(fh_photo_sniff(three, sizeof(three)));
	assert_null(fh_photo_sniff(no_marker, sizeof(no_marker)));
}

static void read_refuses_a_fifo_without_blocking(void **state)
{
	char dir[] = "/tmp/fh-photo-XXXXXX", path[64];
	struct fh_error err = { 0 };
	unsigned char *bytes;
	const char *type;
	size_t n;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/fifo", dir);
	assert_int_equal(mkfifo(path, 0600), 0);
	/* Before, fopen waited here for a writer that never comes. */
	assert_int_equal(fh_photo_read(path, "fifo", 1000, &bytes, &n, &type, &err), -1);
	assert_string_equal(err.msg, "photo 'fifo' is not a regular file");
	unlink(path);
	rmdir(dir);
}

static void sha256_is_the_standard_digest(void **state)
{
	char hex[FH_SHA256_HEX_LEN];

	(void)state;
	assert_int_equal(fh_photo_sha256("abc", 3, hex), 0);
	assert_string_equal(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	assert_int_equal(fh_photo_sha256("", 0, hex), 0);
	assert_string_equal(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

/* Writes n bytes of data (repeated) to a new temporary file; returns its path. */
static char *temp_file(const unsigned char *data, size_t len, size_t n)
{
	char *path = strdup("/tmp/fh-test-photo-XXXXXX");
	int fd = mkstemp(path);
	FILE *fp = fdopen(fd, "wb");

	for (size_t i = 0; i < n; i++)
		fputc(data[i % len], fp);
	fclose(fp);
	return path;
}

static void read_checks_type_and_size(void **state)
{
	static const unsigned char jpeg[] = { 0xFF, 0xD8, 0xFF, 0xE0 };
	static const unsigned char gif[] = { 'G', 'I', 'F', '8' };
	struct fh_error err = { 0 };
	unsigned char *bytes;
	const char *type;
	size_t n;
	char *ok = temp_file(jpeg, sizeof(jpeg), 1000), *bad = temp_file(gif, sizeof(gif), 10);

	(void)state;
	assert_int_equal(fh_photo_read(ok, "ok.jpg", 1000, &bytes, &n, &type, &err), 0);
	assert_int_equal(n, 1000);
	assert_string_equal(type, "image/jpeg");
	assert_memory_equal(bytes, jpeg, sizeof(jpeg));
	free(bytes);
	assert_int_equal(fh_photo_read(ok, "ok.jpg", 999, &bytes, &n, &type, &err), -1);
	assert_string_equal(err.msg, "photo 'ok.jpg' is 1000 bytes, over the limit of 999 bytes");
	assert_int_equal(fh_photo_read(bad, "x.gif", 1000, &bytes, &n, &type, &err), -1);
	assert_string_equal(err.msg, "photo 'x.gif' is not a JPEG, PNG, WebP or HEIC image");
	assert_int_equal(fh_photo_read("/nonexistent/a.jpg", "a.jpg", 1000, &bytes, &n, &type, &err), -1);
	assert_string_equal(err.msg, "cannot open photo 'a.jpg': No such file or directory");
	unlink(ok);
	unlink(bad);
	free(ok);
	free(bad);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(sniff_knows_the_four_image_types),
		cmocka_unit_test(sniff_refuses_other_and_short_bytes),
		cmocka_unit_test(sniff_refuses_a_jpeg_start_without_a_marker),
		cmocka_unit_test(read_refuses_a_fifo_without_blocking),
		cmocka_unit_test(sha256_is_the_standard_digest),
		cmocka_unit_test(read_checks_type_and_size),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
