/* Unit tests of lib/views/agenda.c: reading agenda templates. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "fh/agenda.h"

/* Reads a template from text; returns what fh_agenda_template_read returns. */
static int read_text(const char *text, struct fh_agenda_template **tpl, struct fh_error *err)
{
	FILE *fp = fmemopen((void *)text, strlen(text), "r");
	int rc;

	assert_non_null(fp);
	rc = fh_agenda_template_read(fp, "t.yaml", tpl, err);
	fclose(fp);
	return rc;
}

static void default_template_has_every_section_in_order(void **state)
{
	static const char *const keys[] = {
		"meeting", "opening", "reports_by_category", "open_reports", "group_issues",
		"activities", "praise", "open_actions", "comparison", "text",
	};
	struct fh_agenda_template *tpl = NULL;
	struct fh_error err = { 0 };

	(void)state;
	assert_int_equal(fh_agenda_template_default(&tpl, &err), 0);
	assert_int_equal(tpl->nsections, 10);
	for (size_t i = 0; i < 10; i++)
		assert_string_equal(tpl->sections[i].key, keys[i]);
	assert_string_equal(tpl->title, "{zone_name}（{zone}）{quarter} 十户联防组长例会议程");
	assert_string_equal(tpl->place, "派出所二楼会议室");
	assert_non_null(tpl->opening);
	assert_string_equal(tpl->sections[3].empty, "没有尚未处置的上报，隐患已清零。");
	fh_agenda_template_free(tpl);
}

static void template_keeps_titles_texts_and_order(void **state)
{
	struct fh_agenda_template *tpl = NULL;
	struct fh_error err = { 0 };

	(void)state;
	assert_int_equal(read_text("title: 例会\n"
				   "chair: 张队长\n"
				   "sections:\n"
				   "  - {key: comparison, title: 对比}\n"
				   "  - key: text\n"
				   "    text: 散会\n"
				   "  - key: open_reports\n"
				   "    empty: 无\n", &tpl, &err), 0);
	assert_int_equal(tpl->nsections, 3);
	assert_string_equal(tpl->chair, "张队长");
	assert_null(tpl->place);
	assert_string_equal(tpl->sections[0].key, "comparison");
	assert_string_equal(tpl->sections[0].title, "对比");
	assert_null(tpl->sections[1].title);
	assert_string_equal(tpl->sections[1].text, "散会");
	assert_string_equal(tpl->sections[2].empty, "无");
	fh_agenda_template_free(tpl);
}

/* Expects text to be refused with message msg. */
static void expect_error(const char *text, const char *msg)
{
	struct fh_agenda_template *tpl = (void *)1;
	struct fh_error err = { 0 };

	assert_int_equal(read_text(text, &tpl, &err), -1);
	assert_null(tpl);
	assert_string_equal(err.msg, msg);
}

static void bad_templates_are_errors_at_their_line_and_column(void **state)
{
	(void)state;
	expect_error("title: x\nsections:\n  - key: weather\n",
		     "t.yaml:3:10: unknown section 'weather' (use meeting, opening, reports_by_category,"
		     " open_reports, group_issues, activities, praise, open_actions, comparison or text)");
	expect_error("title: x\nsections:\n  - title: y\n", "t.yaml:3:5: a section needs a key");
	expect_error("title: x\nsections:\n  - key: [a]\n",
		     "t.yaml:3:10: the section's key must be text, not a list");
	expect_error("sections:\n  - key: meeting\n", "t.yaml:1:1: the template needs a title");
	expect_error("title: x\nsections:\n  - meeting\n",
		     "t.yaml:3:5: a section must be a mapping with a key and a title");
	expect_error("title: x\nsections:\n  - key: meeting\n  - key: meeting\n    key: text\n",
		     "t.yaml:5:5: duplicate key 'key'");
	expect_error("", "t.yaml:1:1: a template must be a mapping with a title and sections");
}

static void placeholders_must_be_known(void **state)
{
	struct fh_agenda_template *tpl = NULL;
	struct fh_error err = { 0 };

	(void)state;
	expect_error("title: x\nsections:\n  - key: text\n    text: \"{owner} 负责\"\n",
		     "t.yaml:4:11: unknown placeholder '{owner}' in the text");
	/* Known placeholders pass, and a brace without its pair is plain text. */
	assert_int_equal(read_text("title: \"{zone} {zone_name} {quarter} {date} {since} {until}"
				   " {place} {chair} {\"\nsections: [{key: meeting}]\n", &tpl, &err), 0);
	fh_agenda_template_free(tpl);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(default_template_has_every_section_in_order),
		cmocka_unit_test(template_keeps_titles_texts_and_order),
		cmocka_unit_test(bad_templates_are_errors_at_their_line_and_column),
		cmocka_unit_test(placeholders_must_be_known),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
