/*
 * Charts of counts over time, drawn with plain characters or as SVG.
 */
#include <stdio.h>

#include "fh/chart.h"
#include "fh/out.h"

/* Writes text escaped for XML. */
static void xml_text(FILE *fp, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '<': fputs("&lt;", fp); break;
		case '>': fputs("&gt;", fp); break;
		case '&': fputs("&amp;", fp); break;
		case '"': fputs("&quot;", fp); break;
		default: fputc(*s, fp);
		}
	}
}

/* A round number at or above v for the top of an axis: 1, 2 or 5 times a power of ten. */
static long long axis_top(long long v)
{
	long long p = 1;

	if (v < 5)
		return 5;
	while (p * 10 <= v)
		p *= 10;
	for (;;) {
		if (p >= v) return p;
		if (2 * p >= v) return 2 * p;
		if (5 * p >= v) return 5 * p;
		p *= 10;
	}
}

void fh_chart_pad(FILE *fp, const char *s, size_t width, bool right)
{
	size_t w = fh_display_width(s);

	if (right)
		for (size_t i = w; i < width; i++)
			fputc(' ', fp);
	fputs(s, fp);
	if (!right)
		for (size_t i = w; i < width; i++)
			fputc(' ', fp);
}

void fh_chart_bars(FILE *fp, bool color, const char (*periods)[FH_CHART_LABEL_LEN], size_t np,
		   const long long *total, const long long *done, const char *const heads[3])
{
	long long max = 0;

	for (size_t p = 0; p < np; p++)
		if (total[p] > max)
			max = total[p];
	fh_chart_pad(fp, heads[0], 8, false);
	fputc(' ', fp);
	fh_chart_pad(fp, heads[1], 6, true);
	fputc(' ', fp);
	fh_chart_pad(fp, heads[2], 6, true);
	fputc('\n', fp);
	for (size_t p = 0; p < np; p++) {
		long long w = max > 50 ? (total[p] * 50 + max / 2) / max : total[p];
		long long h = total[p] ? (w * done[p] + total[p] / 2) / total[p] : 0;

		fprintf(fp, "%-8s %6lld %6lld", periods[p], total[p], done[p]);
		if (w) {
			fputs(color ? "  \033[32m" : "  ", fp);
			for (long long i = 0; i < h; i++)
				fputc('#', fp);
			fputs(color ? "\033[31m" : "", fp);
			for (long long i = h; i < w; i++)
				fputc('-', fp);
			fputs(color ? "\033[0m" : "", fp);
		}
		fputc('\n', fp);
	}
}

void fh_chart_svg(FILE *fp, const struct fh_chart *c)
{
	static const char *const colors[] = {
		"#d62728", "#1f77b4", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b",
		"#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
	};
	const double left = 60, top = 50, width = 640, height = 300;
	const size_t np = c->np, ns = c->ns;
	long long max = 0, ymax;
	size_t every = np > 12 ? (np + 11) / 12 : 1;

	for (size_t i = 0; i < ns * np; i++)
		if (c->values[i] > max)
			max = c->values[i];
	ymax = axis_top(max);
	fprintf(fp, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"860\" height=\"420\""
		" viewBox=\"0 0 860 420\" font-family=\"'Noto Sans CJK SC', 'Source Han Sans SC',"
		" 'WenQuanYi Micro Hei', sans-serif\" font-size=\"12\">\n"
		"<rect width=\"860\" height=\"420\" fill=\"#ffffff\"/>\n"
		"<text x=\"%g\" y=\"28\" font-size=\"16\">", left);
	xml_text(fp, c->title);
	fputs("</text>\n", fp);
	/* The axes, the horizontal grid and the counts on the y axis. */
	for (int i = 0; i <= 5; i++) {
		double y = top + height - height * i / 5;

		fprintf(fp, "<line x1=\"%g\" y1=\"%g\" x2=\"%g\" y2=\"%g\" stroke=\"%s\"/>\n",
			left, y, left + width, y, i ? "#e0e0e0" : "#000000");
		fprintf(fp, "<text x=\"%g\" y=\"%g\" text-anchor=\"end\">%lld</text>\n",
			left - 6, y + 4, ymax * i / 5);
	}
	fprintf(fp, "<line x1=\"%g\" y1=\"%g\" x2=\"%g\" y2=\"%g\" stroke=\"#000000\"/>\n",
		left, top, left, top + height);
	fprintf(fp, "<text x=\"16\" y=\"%g\" transform=\"rotate(-90 16 %g)\" text-anchor=\"middle\">",
		top + height / 2, top + height / 2);
	xml_text(fp, c->y_title);
	fputs("</text>\n", fp);
	fprintf(fp, "<text x=\"%g\" y=\"%g\" text-anchor=\"middle\">", left + width / 2,
		top + height + 44);
	xml_text(fp, c->x_title);
	fputs("</text>\n", fp);
	for (size_t p = 0; p < np; p++) {
		double x = np > 1 ? left + width * p / (np - 1) : left + width / 2;

		if (p % every)
			continue;
		fprintf(fp, "<line x1=\"%g\" y1=\"%g\" x2=\"%g\" y2=\"%g\" stroke=\"#000000\"/>\n",
			x, top + height, x, top + height + 4);
		fprintf(fp, "<text x=\"%g\" y=\"%g\" text-anchor=\"middle\">%s</text>\n",
			x, top + height + 18, c->periods[p]);
	}
	for (size_t k = 0; k < ns; k++) {
		const char *color = colors[k % (sizeof(colors) / sizeof(colors[0]))];

		fprintf(fp, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"", color);
		for (size_t p = 0; p < np; p++) {
			double x = np > 1 ? left + width * p / (np - 1) : left + width / 2;
			double y = top + height - height * (double)c->values[k * np + p] / (double)ymax;

			fprintf(fp, "%s%.1f,%.1f", p ? " " : "", x, y);
		}
		fputs("\"/>\n", fp);
		/* The legend, right of the plot. */
		fprintf(fp, "<rect x=\"%g\" y=\"%g\" width=\"14\" height=\"4\" fill=\"%s\"/>\n",
			left + width + 20, top + 20.0 * k + 4, color);
		fprintf(fp, "<text x=\"%g\" y=\"%g\">", left + width + 40, top + 20.0 * k + 10);
		xml_text(fp, c->names[k]);
		fputs("</text>\n", fp);
	}
	fputs("</svg>\n", fp);
}
