/*
 * Charts of counts over time: bars of plain characters for a terminal or
 * a mail, and an SVG line chart, one line per series.
 */
#ifndef FH_CHART_H
#define FH_CHART_H

#include <stdbool.h>
#include <stdio.h>

/* The longest label of a period ("2026-W47", "2026-11") plus its end. */
#define FH_CHART_LABEL_LEN 32

/* What a chart shows: values[s * np + p] of series s at period p. */
struct fh_chart {
	const char *title, *x_title, *y_title;     /* SVG only */
	const char (*periods)[FH_CHART_LABEL_LEN]; /* np labels along the x axis */
	size_t np;
	const char *const *names;                  /* ns series names, the legend */
	size_t ns;
	const long long *values;                   /* ns x np */
};

/*
 * Writes one bar a period: total[p] long, of which done[p] drawn '#' and
 * the rest '-', scaled to 50 columns at most, under the headings heads
 * (period, total, done); green and red when color.  A period of 0 has an
 * empty bar but its line.
 */
void fh_chart_bars(FILE *fp, bool color, const char (*periods)[FH_CHART_LABEL_LEN], size_t np,
		   const long long *total, const long long *done, const char *const heads[3]);

/* Writes c as an SVG document: a line per series, the axes, the legend. */
void fh_chart_svg(FILE *fp, const struct fh_chart *c);

/*
 * Writes s padded with spaces to width display columns (on the left when
 * right), so that Chinese headings line up over the figures.
 */
void fh_chart_pad(FILE *fp, const char *s, size_t width, bool right);

#endif
