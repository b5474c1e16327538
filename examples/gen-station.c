/*
 * gen-station: writes a realistic, made-up station roster for trying fh
 * and for its benchmarks: an old town near Fengjing whose shops,
 * households and organisations stand along a grid of streets (house
 * numbers odd on one side, even on the other, lat/lon along the street),
 * a market hall of stalls in each zone, and mobile members (riders,
 * couriers, sanitation workers, drivers) without a fixed place.
 *
 * The roster goes out as the YAML or CSV that fh-group import reads; with
 * --reports N, N reports as the JSON Lines that fh-report import reads,
 * about the same roster (same --seed, same --members ...).  Everything
 * comes from one seeded generator: the same options give the same bytes.
 * Output is streamed; a million members take a few seconds.
 *
 * Dates are the year up to the day it runs ($FH_NOW when set, else the
 * local clock), never later, so the demo works on any day: reports fall in
 * the last 365 days, and --handling writes the fh-report commands of a
 * station that handles most of them within their category's deadline.
 */
#include <getopt.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "fh/error.h"
#include "fh/period.h"

#define LAT0 30.89
#define LON0 121.02
#define M_PER_DEG_LAT 111320.0
#define STREET_GAP 90.0   /* metres between parallel streets */
#define SHOP_WIDTH 7.0    /* metres of frontage a shop */
#define SIDE_OFFSET 6.0   /* metres from a street's middle to its shop fronts */
#define STALL_PITCH 3.0   /* metres between market stalls */
#define OCCUPIED 0.8      /* share of the frontage that is taken */

static const char usage[] =
	"usage: gen-station [--members N] [--zones N] [--mobile N] [--seed S]\n"
	"                   [--format yaml|csv] [--grouped] [--reports N [--handling]]\n"
	"\n"
	"Writes a made-up station roster to stdout: N fixed-place members\n"
	"(default 1300: over 1,000 shops, then households and organisations)\n"
	"along the streets and in the market halls of an old town near Fengjing,\n"
	"in --zones zones (default 4: 北区块 南区块 东区块 西区块), plus --mobile\n"
	"members (default 50: riders, couriers, sanitation workers, drivers).\n"
	"\n"
	"  --format yaml|csv  the roster format of fh-group import (default yaml);\n"
	"                     CSV has the columns code,kind,name,contact,phone,\n"
	"                     address,zone,group,lat,lon\n"
	"  --grouped          also put the members in groups of about ten\n"
	"                     neighbours, with leaders and signed letters (YAML\n"
	"                     lists the groups; CSV names them in the group column)\n"
	"  --reports N        write N reports of the last 365 days as JSON Lines\n"
	"                     for fh-report import instead of the roster, about\n"
	"                     the roster the same options give\n"
	"  --handling         with --reports N: write instead, as a shell script,\n"
	"                     the fh-report commands (handle, assign, dismiss)\n"
	"                     that take those reports, once imported as ids 1..N,\n"
	"                     through a station's year up to now\n"
	"\n"
	"Dates end at $FH_NOW when it is set, else at the local time.\n"
	"  --seed S           the generator's seed (default 1): same seed, same output\n";

/* ---- a small seeded generator (splitmix64) ---- */

struct rng {
	uint64_t s;
};

static uint64_t next64(struct rng *r)
{
	uint64_t z = (r->s += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* A uniform number in [0, 1). */
static double unif(struct rng *r)
{
	return (double)(next64(r) >> 11) / 9007199254740992.0;
}

/* A uniform integer in [0, n). */
static long below(struct rng *r, long n)
{
	return (long)(unif(r) * (double)n);
}

/* An index drawn with the given weights. */
static int weighted(struct rng *r, const int *w, int n)
{
	int total = 0, x;

	for (int i = 0; i < n; i++)
		total += w[i];
	x = (int)below(r, total);
	for (int i = 0; i < n; i++) {
		if (x < w[i])
			return i;
		x -= w[i];
	}
	return n - 1;
}

#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))
#define PICK(r, a) ((a)[below((r), COUNT(a))])

/* ---- names ---- */

static const char *const street_bases[] = {
	"北大街", "和平街", "生产路", "朱枫公路", "南大街", "新枫路", "友好路", "白牛路",
	"亭枫公路", "枫阳路", "东大街", "西大街", "北圩街", "枫泾路", "泖亭路", "环东路",
	"环西路", "枫湾路", "建设路", "民乐路", "兴塔路", "枫兴路", "枫美路", "长征路",
	"工业路", "振兴路", "人民路", "解放路", "中山路", "文化路", "商业街", "花园路",
	"新华路", "曹家路", "天平路", "清风路", "临河路", "长安路", "光明路", "团结路",
};
static const char *const street_prefixes[] = { "", "新", "东", "西", "南", "北", "中", "老" };
static const char *const surnames[] = {
	"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
	"胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯",
	"邓", "曹", "彭", "曾", "沈", "顾", "陆", "蒋", "金", "姚", "钱", "施", "范", "汪",
};
static const char *const given[] = {
	"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰",
	"娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建国", "建华", "国强",
	"志强", "海燕", "春梅", "晓东", "文彬", "雪梅", "玉兰", "卫东", "红梅", "家豪",
	"子涵", "浩然", "雨婷", "欣怡", "宇航", "梓萱", "俊杰", "佳怡", "金凤", "根宝",
};
static const char *const shop_prefixes[] = {
	"老街", "古镇", "枫泾", "阿婆", "小桥", "水乡", "福源", "德兴", "聚丰", "万和",
	"金枫", "三桥", "荷风", "丰泰", "同福", "长兴",
};
static const char *const products[] = {
	"茶馆", "酱鸭店", "丁蹄店", "黄酒铺", "农家菜馆", "粽子店", "糕团店", "服装店",
	"便利店", "五金店", "药房", "理发店", "民宿", "书画店", "手工艺品店", "奶茶店",
	"咖啡馆", "面馆", "馄饨店", "烧饼铺", "豆腐坊", "水果店", "眼镜店", "花店",
	"照相馆", "小吃店", "土布坊", "金银饰品店", "手机店", "电动车行",
};
static const char *const organisations[] = {
	"居委会", "社区卫生服务站", "幼儿园", "邮政所", "农业银行网点", "物业服务中心",
	"文化活动中心", "敬老院", "便民服务中心", "供电营业厅", "游客服务中心", "消防站",
};
static const char *const mobile_roles[] = {
	"外卖骑手·美团枫泾站", "外卖骑手·饿了么枫泾站", "快递员·中通枫泾网点",
	"快递员·顺丰枫泾营业部", "环卫工人·枫泾镇环卫所", "网约车司机·滴滴出行",
};
static const char *const numerals[] = {
	"一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
};

/* Writes the name of street j into buf. */
static void street_name(long j, char *buf, size_t size)
{
	long nbase = COUNT(street_bases), npre = COUNT(street_prefixes);

	if (j < nbase * npre)
		snprintf(buf, size, "%s%s", street_prefixes[j / nbase], street_bases[j % nbase]);
	else
		snprintf(buf, size, "规划%ld路", j - nbase * npre + 1);
}

/* Writes a person's name into buf. */
static void person(struct rng *r, char *buf, size_t size)
{
	/* One draw a statement: the order of a call's arguments is unspecified. */
	const char *surname = PICK(r, surnames);

	snprintf(buf, size, "%s%s", surname, PICK(r, given));
}

/* Writes a mobile phone number: 1, then 3-9, then nine digits. */
static void phone(struct rng *r, char *buf)
{
	buf[0] = '1';
	buf[1] = (char)('3' + below(r, 7));
	for (int i = 2; i < 11; i++)
		buf[i] = (char)('0' + below(r, 10));
	buf[11] = '\0';
}

/* ---- the layout ---- */

enum kind { SHOP, HOUSEHOLD, ORGANISATION, MOBILE };
static const char *const kind_names[] = { "shop", "household", "organisation", "mobile" };

struct member {
	double x, y;      /* metres east and north of the town's middle */
	long street;      /* street index, or -1 in a market hall */
	int num;          /* house or stall number */
	int side;         /* street side, or the market row */
	int zone;
	int kind;
	int fresh;        /* joined lately: not yet in a group */
	long group;       /* -1 without */
};

struct town {
	long members, mobile;
	int zones;
	double side;        /* of the square town, metres */
	long nstreets;      /* each way; streets 0 .. n-1 run east-west, n .. 2n-1 north-south */
	long slots_a_side;  /* shop fronts along one side of a street */
	long stalls;        /* stalls a market hall */
	int cols, rows;     /* of the zone grid */
	struct member *m;   /* members[0 .. members) then the mobile ones */
	long ngroups;
	long *leader;       /* a member index or -1, a group */
	int *letter;        /* day after start, less one, the letter was signed, or -1 */
	int *group_zone;
	int width, gwidth;  /* digits in member and group codes */
	struct fh_time start; /* midnight 365 days before now: day 0 of the year */
	long now;           /* minutes from start to now */
};

/* The zone of a point: quadrants for four zones, else a grid of cells. */
static int zone_of(const struct town *t, double x, double y)
{
	int c, r, z;

	if (t->zones == 4) {
		if (y >= fabs(x))
			return 0;
		if (-y >= fabs(x))
			return 1;
		return x > 0 ? 2 : 3;
	}
	c = (int)((x / t->side + 0.5) * t->cols);
	r = (int)((0.5 - y / t->side) * t->rows);
	c = c < 0 ? 0 : c >= t->cols ? t->cols - 1 : c;
	r = r < 0 ? 0 : r >= t->rows ? t->rows - 1 : r;
	z = r * t->cols + c;
	return z < t->zones ? z : t->zones - 1;
}

/* The middle of a block inside zone z, where its market hall stands. */
static void market_site(const struct town *t, int z, double *x, double *y)
{
	static const double quad[4][2] = { { 0, 0.25 }, { 0, -0.25 }, { 0.25, 0 }, { -0.25, 0 } };
	double bx, by;

	if (t->zones == 4) {
		bx = quad[z][0] * t->side;
		by = quad[z][1] * t->side;
	} else {
		bx = ((z % t->cols) + 0.5) / t->cols * t->side - t->side / 2;
		by = t->side / 2 - ((z / t->cols) + 0.5) / t->rows * t->side;
	}
	/* Into the middle of the block, between streets. */
	*x = -t->side / 2 + (floor((bx + t->side / 2) / STREET_GAP) + 0.5) * STREET_GAP;
	*y = -t->side / 2 + (floor((by + t->side / 2) / STREET_GAP) + 0.5) * STREET_GAP;
}

static void zone_name(const struct town *t, int z, char *buf, size_t size)
{
	static const char *const four[] = { "北区块", "南区块", "东区块", "西区块" };

	if (t->zones == 4)
		snprintf(buf, size, "%s", four[z]);
	else if (t->zones == 1)
		snprintf(buf, size, "古镇区块");
	else if (z < 10)
		snprintf(buf, size, "第%s区块", numerals[z]);
	else
		snprintf(buf, size, "第%d区块", z + 1);
}

static void market_name(const struct town *t, int z, char *buf, size_t size)
{
	char zn[64];

	zone_name(t, z, zn, sizeof(zn));
	/* 北区块 -> 北区农贸市场 */
	if (strlen(zn) > 3 && !strcmp(zn + strlen(zn) - 3, "块"))
		zn[strlen(zn) - 3] = '\0';
	snprintf(buf, size, "%s农贸市场", zn);
}

/*
 * Sizes the town for the members wanted, then picks which shop fronts and
 * stalls are taken (selection sampling: exactly the number wanted, spread
 * evenly), in street order.
 */
static int lay_out(struct town *t, uint64_t seed)
{
	struct rng r = { seed * 4 + 1 };
	long slots, street_slots, total, want = t->members, taken = 0, seen = 0;

	t->cols = (int)ceil(sqrt((double)t->zones));
	t->rows = (t->zones + t->cols - 1) / t->cols;
	slots = (long)ceil((double)want / OCCUPIED) + 8;
	t->stalls = (long)ceil(0.06 * (double)slots / t->zones);
	street_slots = slots - t->stalls * t->zones;
	for (t->side = 200;; t->side += 10) {
		t->nstreets = (long)(t->side / STREET_GAP) + 1;
		t->slots_a_side = (long)(t->side / SHOP_WIDTH);
		if (2 * t->nstreets * 2 * t->slots_a_side >= street_slots)
			break;
	}
	total = 2 * t->nstreets * 2 * t->slots_a_side + t->stalls * t->zones;
	t->m = calloc((size_t)(want + t->mobile), sizeof(*t->m));
	if (!t->m)
		return -1;
	for (long j = 0; j < 2 * t->nstreets; j++) {
		/* East-west streets from the north edge down, north-south from the west. */
		double at = j < t->nstreets ? t->side / 2 - (double)j * STREET_GAP :
			    -t->side / 2 + (double)(j - t->nstreets) * STREET_GAP;

		for (int s = 0; s < 2; s++) {
			for (long p = 0; p < t->slots_a_side; p++, seen++) {
				double along = -t->side / 2 + ((double)p + 0.5) * SHOP_WIDTH;
				double across = at + (s ? SIDE_OFFSET : -SIDE_OFFSET);
				struct member *m;

				if ((double)(want - taken) <= unif(&r) * (double)(total - seen))
					continue;
				m = &t->m[taken++];
				m->x = j < t->nstreets ? along : across;
				m->y = j < t->nstreets ? across : along;
				m->street = j;
				m->side = s;
				m->num = (int)(2 * p + 1 + s);
			}
		}
	}
	for (int z = 0; z < t->zones; z++) {
		long per_row = (long)ceil(sqrt((double)t->stalls));
		double cx, cy;

		market_site(t, z, &cx, &cy);
		for (long p = 0; p < t->stalls; p++, seen++) {
			struct member *m;

			if ((double)(want - taken) <= unif(&r) * (double)(total - seen))
				continue;
			m = &t->m[taken++];
			m->x = cx + ((double)(p % per_row) - (double)per_row / 2) * STALL_PITCH;
			m->y = cy + ((double)(p / per_row) - (double)per_row / 2) * STALL_PITCH;
			m->street = -1;
			m->side = (int)(p / per_row);
			m->num = (int)(p % per_row + 1);
			m->zone = z;
		}
	}
	t->members = taken;
	for (long i = 0; i < taken; i++) {
		struct member *m = &t->m[i];
		static const int kinds[] = { 82, 14, 4 };

		if (m->street >= 0)
			m->zone = zone_of(t, m->x, m->y);
		m->kind = m->street >= 0 ? weighted(&r, kinds, 3) : SHOP;
		m->fresh = unif(&r) < 0.02;
		m->group = -1;
	}
	for (long i = taken; i < taken + t->mobile; i++) {
		t->m[i].kind = MOBILE;
		t->m[i].zone = (int)below(&r, t->zones);
		t->m[i].street = -1;
		t->m[i].group = -1;
	}
	return 0;
}

/*
 * Makes groups of about ten of the members idx[from .. end), cut evenly,
 * leaving the size of the last in last[zone].  Returns 0 or -1.
 */
static int emit_groups(struct town *t, const long *idx, long from, long end,
		       long *cap, long *last)
{
	int z = t->m[idx[from]].zone;
	long len = end - from, k = (len + 5) / 10;

	if (k < 1)
		k = 1;
	if (t->ngroups + k > *cap) {
		int *p;

		*cap = (t->ngroups + k) * 2;
		if (!(p = realloc(t->group_zone, (size_t)*cap * sizeof(*p))))
			return -1;
		t->group_zone = p;
	}
	for (long g = 0; g < k; g++) {
		for (long j = from + len * g / k; j < from + len * (g + 1) / k; j++)
			t->m[idx[j]].group = t->ngroups;
		t->group_zone[t->ngroups++] = z;
	}
	last[z] = t->ngroups - 1;
	last[z + t->zones] = len - len * (k - 1) / k;
	return 0;
}

/*
 * Puts the members in groups of about ten: runs of neighbours on one side
 * of a street (or in one market hall) within one zone, cut evenly.  A run
 * too short for a group joins the next run in its zone (often the other
 * side of the street), else the zone's latest group.
 */
static int form_groups(struct town *t, uint64_t seed)
{
	struct rng r = { seed * 4 + 2 };
	long cap = t->members / 8 + 16, start = 0, pending = -1;
	long *idx = malloc((size_t)(t->members ? t->members : 1) * sizeof(*idx)), n = 0;
	/* Each zone's latest group, then its size. */
	long *last = malloc((size_t)t->zones * 2 * sizeof(*last));

	int ok;

	t->group_zone = malloc((size_t)cap * sizeof(*t->group_zone));
	ok = idx && last && t->group_zone;
	for (int z = 0; ok && z < t->zones; z++)
		last[z] = -1;
	for (long i = 0; ok && i < t->members; i++)
		if (!t->m[i].fresh)
			idx[n++] = i;
	while (ok && start < n) {
		const struct member *a = &t->m[idx[start]];
		long end = start + 1, from = start;

		while (end < n && t->m[idx[end]].street == a->street &&
		       t->m[idx[end]].side == a->side && t->m[idx[end]].zone == a->zone)
			end++;
		if (pending >= 0 && t->m[idx[pending]].zone == a->zone)
			from = pending;
		else if (pending >= 0 && emit_groups(t, idx, pending, start, &cap, last)) {
			ok = 0;
			break;
		}
		pending = -1;
		if (end - from < 5 && end < n && t->m[idx[end]].zone == a->zone) {
			pending = from;
		} else if (end - from < 5 && last[a->zone] >= 0 &&
			   last[a->zone + t->zones] + end - from <= 13) {
			for (long j = from; j < end; j++)
				t->m[idx[j]].group = last[a->zone];
			last[a->zone + t->zones] += end - from;
		} else if (emit_groups(t, idx, from, end, &cap, last)) {
			ok = 0;
		}
		start = end;
	}
	if (ok && pending >= 0 && emit_groups(t, idx, pending, n, &cap, last))
		ok = 0;
	free(idx);
	free(last);
	if (!ok)
		return -1;
	t->leader = malloc((size_t)(t->ngroups ? t->ngroups : 1) * sizeof(*t->leader));
	t->letter = malloc((size_t)(t->ngroups ? t->ngroups : 1) * sizeof(*t->letter));
	if (!t->leader || !t->letter)
		return -1;
	for (long g = 0; g < t->ngroups; g++)
		t->leader[g] = -1;
	/* The leader is one of the group's members, drawn by reservoir. */
	{
		long *seen = calloc((size_t)(t->ngroups ? t->ngroups : 1), sizeof(*seen));

		if (!seen)
			return -1;
		for (long i = 0; i < t->members; i++) {
			long g = t->m[i].group;

			if (g >= 0 && below(&r, ++seen[g]) == 0)
				t->leader[g] = i;
		}
		free(seen);
	}
	for (long g = 0; g < t->ngroups; g++) {
		double u = unif(&r);

		if (u < 0.03)
			t->leader[g] = -1;  /* the leader moved away; none elected yet */
		t->letter[g] = u < 0.12 ? -1 : (int)(4 + below(&r, 150));
	}
	return 0;
}

/* ---- output ---- */

static int digits(long n)
{
	int d = 1;

	while (n >= 10) {
		n /= 10;
		d++;
	}
	return d;
}

static void member_code(const struct town *t, long i, char *buf, size_t size)
{
	int n;

	if (i < t->members)
		n = snprintf(buf, size, "S%0*ld", t->width, i + 1);
	else
		n = snprintf(buf, size, "M%03ld", i - t->members + 1);
	if (n < 0)
		buf[0] = '\0';
}

static void group_code(const struct town *t, long g, char *buf, size_t size)
{
	if (snprintf(buf, size, "G%0*ld", t->gwidth, g + 1) < 0)
		buf[0] = '\0';
}

/* The time the given minutes after the start of the year, "YYYY-MM-DD HH:MM". */
static void minute_time(const struct town *t, long minute, char buf[FH_TIME_LEN])
{
	struct fh_time at = t->start;

	fh_time_add_days(&at, minute / 1440);
	at.hour = (int)(minute / 60 % 24);
	at.minute = (int)(minute % 60);
	fh_time_format(&at, buf);
}

/* The date of day d after the start of the year, "YYYY-MM-DD". */
static void day_date(const struct town *t, int d, char buf[FH_DATE_LEN])
{
	struct fh_time at = t->start;

	fh_time_add_days(&at, d);
	fh_date_format(&at, buf);
}

static void lat_lon(const struct member *m, double *lat, double *lon)
{
	*lat = LAT0 + m->y / M_PER_DEG_LAT;
	*lon = LON0 + m->x / (M_PER_DEG_LAT * cos(LAT0 * 3.14159265358979323846 / 180));
}

/* The text fields of one member. */
struct fields {
	char code[24], name[96], contact[48], phone[16], address[128], group[24];
	int has_contact, has_address;
};

static void fill(const struct town *t, long i, struct rng *r, struct fields *f)
{
	const struct member *m = &t->m[i];
	char street[64], who[48];

	member_code(t, i, f->code, sizeof(f->code));
	person(r, who, sizeof(who));
	phone(r, f->phone);
	f->has_contact = 1;
	f->has_address = 1;
	snprintf(f->contact, sizeof(f->contact), "%s", who);
	f->group[0] = '\0';
	if (m->group >= 0)
		group_code(t, m->group, f->group, sizeof(f->group));
	if (m->street >= 0) {
		street_name(m->street, street, sizeof(street));
		snprintf(f->address, sizeof(f->address), "%s%d号", street, m->num);
	} else if (m->kind != MOBILE) {
		char market[96];

		market_name(t, m->zone, market, sizeof(market));
		snprintf(f->address, sizeof(f->address), "%s%c区%d号", market, 'A' + m->side % 26, m->num);
	}
	switch (m->kind) {
	case SHOP:
		switch (below(r, 3)) {
		case 0:
			snprintf(f->name, sizeof(f->name), "%.3s记%s", who, PICK(r, products));
			break;
		case 1: {
			const char *prefix = PICK(r, shop_prefixes);

			snprintf(f->name, sizeof(f->name), "%s%s", prefix, PICK(r, products));
			break;
		}
		default:
			snprintf(f->name, sizeof(f->name), "%s%s", who, PICK(r, products));
			break;
		}
		break;
	case HOUSEHOLD:
		snprintf(f->name, sizeof(f->name), "%s家", who);
		break;
	case ORGANISATION:
		snprintf(f->name, sizeof(f->name), "%s%s", m->street >= 0 ? street : "", PICK(r, organisations));
		break;
	default:
		snprintf(f->name, sizeof(f->name), "%s", who);
		snprintf(f->address, sizeof(f->address), "%s", PICK(r, mobile_roles));
		f->has_contact = 0;
		break;
	}
}

/* Writes a CSV field, quoted when it must be (RFC 4180). */
static void csv_field(const char *s, int last)
{
	if (strpbrk(s, ",\"\r\n")) {
		putchar('"');
		for (; *s; s++) {
			if (*s == '"')
				putchar('"');
			putchar(*s);
		}
		putchar('"');
	} else {
		fputs(s, stdout);
	}
	putchar(last ? '\n' : ',');
}

static void write_csv(const struct town *t, uint64_t seed)
{
	struct rng r = { seed * 4 + 3 };
	struct fields f;
	char lat[32], lon[32];

	fputs("code,kind,name,contact,phone,address,zone,group,lat,lon\n", stdout);
	for (long i = 0; i < t->members + t->mobile; i++) {
		const struct member *m = &t->m[i];
		char zone[16];

		fill(t, i, &r, &f);
		snprintf(zone, sizeof(zone), "Z%d", m->zone + 1);
		lat[0] = lon[0] = '\0';
		if (m->kind != MOBILE) {
			double la, lo;

			lat_lon(m, &la, &lo);
			snprintf(lat, sizeof(lat), "%.6f", la);
			snprintf(lon, sizeof(lon), "%.6f", lo);
		}
		csv_field(f.code, 0);
		csv_field(kind_names[m->kind], 0);
		csv_field(f.name, 0);
		csv_field(f.has_contact ? f.contact : "", 0);
		csv_field(f.phone, 0);
		csv_field(f.address, 0);
		csv_field(zone, 0);
		csv_field(f.group, 0);
		csv_field(lat, 0);
		csv_field(lon, 1);
	}
}

static void write_yaml(const struct town *t, uint64_t seed)
{
	struct rng r = { seed * 4 + 3 };
	struct fields f;
	char buf[96];

	fputs("station: 枫泾派出所\nzones:\n", stdout);
	for (int z = 0; z < t->zones; z++) {
		zone_name(t, z, buf, sizeof(buf));
		printf("  - {code: Z%d, name: %s}\n", z + 1, buf);
	}
	if (t->ngroups) {
		fputs("groups:\n", stdout);
		for (long g = 0; g < t->ngroups; g++) {
			group_code(t, g, buf, sizeof(buf));
			printf("  - {code: %s, zone: Z%d", buf, t->group_zone[g] + 1);
			if (t->leader[g] >= 0) {
				member_code(t, t->leader[g], buf, sizeof(buf));
				printf(", leader: %s", buf);
				if (t->letter[g] >= 0) {
					day_date(t, 1 + t->letter[g], buf);
					printf(", letter_signed: %s", buf);
				}
			}
			fputs("}\n", stdout);
		}
	}
	fputs("members:\n", stdout);
	for (long i = 0; i < t->members + t->mobile; i++) {
		const struct member *m = &t->m[i];

		fill(t, i, &r, &f);
		printf("  - code: %s\n    kind: %s\n    name: %s\n", f.code, kind_names[m->kind], f.name);
		if (f.has_contact)
			printf("    contact: %s\n", f.contact);
		printf("    phone: \"%s\"\n", f.phone);
		if (f.address[0])
			printf("    address: %s\n", f.address);
		printf("    zone: Z%d\n", m->zone + 1);
		if (f.group[0])
			printf("    group: %s\n", f.group);
		if (m->kind != MOBILE) {
			double la, lo;

			lat_lon(m, &la, &lo);
			printf("    lat: %.6f\n    lon: %.6f\n", la, lo);
		}
	}
}

/* ---- reports ---- */

struct category {
	const char *code;
	int weight;
	int severity[4];  /* weights of low, normal, high, urgent */
	const char *texts[6];
};

static const struct category categories[] = {
	{ "fire", 14, { 5, 45, 40, 10 }, { "消防通道被堵", "电动车违规充电", "楼道堆放杂物，影响疏散",
	  "灭火器过期未更换", "电线私拉乱接", "店内使用液化气罐未按规定存放" } },
	{ "traffic", 10, { 15, 60, 20, 5 }, { "路口信号灯损坏", "电动车逆行，险些撞到游客", "违章停车堵塞路口",
	  "窨井盖缺失", "路面塌陷，需设置警示", "节假日游客车辆拥堵" } },
	{ "safety", 8, { 10, 50, 35, 5 }, { "店招松动有坠落风险", "临河护栏破损", "燃气管道有异味",
	  "施工围挡倒塌", "老房屋檐瓦片松动", "河边台阶湿滑，游客摔倒" } },
	{ "dispute", 12, { 10, 70, 18, 2 }, { "邻里因占道经营发生纠纷", "游客与商户因价格发生争执",
	  "租户与房东因押金起纠纷", "两家商户因油烟问题争吵", "停车位纠纷，已现场调解", "噪音扰民引发邻里矛盾" } },
	{ "theft", 5, { 5, 60, 30, 5 }, { "店内手机被盗", "电动车电瓶被盗", "游客钱包被扒窃",
	  "夜间店铺门锁被撬", "晾晒衣物被盗" } },
	{ "suspicious", 6, { 10, 60, 25, 5 }, { "有陌生人夜间在店铺附近徘徊", "有人冒充工作人员上门推销",
	  "可疑车辆长时间停放", "有人在巷口散发非法小广告" } },
	{ "fraud", 8, { 5, 50, 35, 10 }, { "劝阻一起冒充客服退款诈骗", "店主接到冒充公安的诈骗电话，已劝阻",
	  "老人险些被保健品骗局骗走积蓄，已制止", "有人以刷单返利为名诱骗店员，已提醒",
	  "游客遭遇虚假订房诈骗" } },
	{ "lost-person", 6, { 0, 30, 50, 20 }, { "走失老人被找到，已联系家属", "走失儿童被找到，已交给家长",
	  "游客与同伴走散，已帮助联系", "智力障碍人员走失，已送回家中" } },
	{ "lost-item", 10, { 40, 60, 0, 0 }, { "游客遗失钱包，已归还", "拾到身份证一张，已交派出所",
	  "拾到手机一部，已联系失主", "游客遗失背包，已找回" } },
	{ "consult", 12, { 60, 40, 0, 0 }, { "游客咨询停车场位置", "游客问路，已指引", "游客咨询景点开放时间",
	  "居民咨询居住证办理", "商户咨询消防安全检查要求" } },
	{ "lead", 3, { 5, 45, 40, 10 }, { "发现有人收购银行卡", "提供一条盗窃线索", "发现疑似在逃人员，已报告",
	  "提供一条非法集资线索" } },
	{ "other", 6, { 40, 55, 5, 0 }, { "路灯不亮", "流浪犬伤人隐患", "垃圾清运不及时",
	  "公共厕所设施损坏" } },
};

static const char *const vias[] = { "wechat", "phone", "walk-in", "patrol", "inspection", "app" };
static const int via_weights[] = { 45, 20, 10, 10, 5, 10 };
static const char *const severities[] = { "low", "normal", "high", "urgent" };

struct report_time {
	long minute;  /* from the start of the year */
	long seq;
};

static int report_time_cmp(const void *a, const void *b)
{
	const struct report_time *x = a, *y = b;

	if (x->minute != y->minute)
		return x->minute < y->minute ? -1 : 1;
	return (x->seq > y->seq) - (x->seq < y->seq);
}

/*
 * Writes n reports as JSON Lines, in time order; with cats, writes nothing
 * but fills cats[i] and minutes[i] with the category and the time of the
 * report that would be the i-th, for write_handling.
 */
static int write_reports(const struct town *t, long n, uint64_t seed, int *cats, long *minutes)
{
	struct rng r = { seed * 4 + 4 };
	struct report_time *when = malloc((size_t)(n ? n : 1) * sizeof(*when));
	int cw[COUNT(categories)];
	long all = t->members + t->mobile;

	if (!when)
		return -1;
	for (int c = 0; c < COUNT(categories); c++)
		cw[c] = categories[c].weight;
	for (long i = 0; i < n; i++) {
		/* Days 1 .. 365: yesterday a year ago up to today, but no later than now. */
		long day = 1 + below(&r, 365), hour = 7 + below(&r, 15);

		when[i].minute = (day * 24 + hour) * 60 + below(&r, 60);
		if (when[i].minute >= t->now)
			when[i].minute -= 1440;
		when[i].seq = i;
	}
	qsort(when, (size_t)n, sizeof(*when), report_time_cmp);
	for (long i = 0; i < n; i++) {
		int ci = weighted(&r, cw, COUNT(categories));
		const struct category *c = &categories[ci];
		const char *text = c->texts[0];
		char at[FH_TIME_LEN], where[160], code[24], zone[16], group[24];
		long who = -1, ntexts = 0;
		json_t *o;
		double u = unif(&r), x, y;
		int zn;

		while (ntexts < 6 && c->texts[ntexts])
			ntexts++;
		text = c->texts[below(&r, ntexts)];
		if (all && u < 0.95)
			who = u < 0.80 && t->members ? below(&r, t->members) :
			      t->mobile ? t->members + below(&r, t->mobile) : below(&r, t->members);
		if (who >= 0 && t->m[who].kind != MOBILE) {
			x = t->m[who].x + (unif(&r) - 0.5) * 20;
			y = t->m[who].y + (unif(&r) - 0.5) * 20;
		} else {
			/* Somewhere along a street, as a rider or a patrol finds it. */
			long j = below(&r, 2 * t->nstreets);
			double along = (unif(&r) - 0.5) * t->side;
			double at_street = -t->side / 2 + (double)(j % t->nstreets) * STREET_GAP;

			x = j < t->nstreets ? along : at_street;
			y = j < t->nstreets ? at_street : along;
		}
		zn = who >= 0 && t->m[who].kind != MOBILE ? t->m[who].zone : zone_of(t, x, y);
		minute_time(t, when[i].minute, at);
		if (cats) {
			cats[i] = ci;
			minutes[i] = when[i].minute;
		}
		snprintf(zone, sizeof(zone), "Z%d", zn + 1);
		if (who >= 0 && t->m[who].street >= 0) {
			char street[64];

			street_name(t->m[who].street, street, sizeof(street));
			snprintf(where, sizeof(where), "%s%d号", street, t->m[who].num);
		} else if (who >= 0 && t->m[who].kind != MOBILE) {
			market_name(t, t->m[who].zone, where, sizeof(where));
		} else {
			char s1[64], s2[64];

			street_name(below(&r, t->nstreets), s1, sizeof(s1));
			street_name(t->nstreets + below(&r, t->nstreets), s2, sizeof(s2));
			snprintf(where, sizeof(where), "%s%s路口", s1, s2);
		}
		o = json_object();
		json_object_set_new(o, "category", json_string(c->code));
		if (who >= 0) {
			member_code(t, who, code, sizeof(code));
			json_object_set_new(o, "by", json_string(code));
		}
		json_object_set_new(o, "zone", json_string(zone));
		if (who >= 0 && t->m[who].group >= 0) {
			group_code(t, t->m[who].group, group, sizeof(group));
			json_object_set_new(o, "group", json_string(group));
		}
		json_object_set_new(o, "at", json_string(at));
		json_object_set_new(o, "where", json_string(where));
		json_object_set_new(o, "lat", json_real(round((LAT0 + y / M_PER_DEG_LAT) * 1e6) / 1e6));
		json_object_set_new(o, "lon", json_real(round((LON0 + x / (M_PER_DEG_LAT *
			cos(LAT0 * 3.14159265358979323846 / 180))) * 1e6) / 1e6));
		json_object_set_new(o, "severity", json_string(severities[weighted(&r, c->severity, 4)]));
		json_object_set_new(o, "via", json_string(vias[weighted(&r, via_weights, COUNT(vias))]));
		json_object_set_new(o, "text", json_string(text));
		if (!cats && json_dumpf(o, stdout, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(10)) < 0) {
			json_decref(o);
			free(when);
			return -1;
		}
		if (!cats)
			putchar('\n');
		json_decref(o);
	}
	free(when);
	return 0;
}

/* ---- a station's year of handling ---- */

enum family { HAZARD, INCIDENT, SERVICE, OTHER };

/* The family of each of categories[], as fh's default categories have them. */
static const int family_of[] = {
	HAZARD, HAZARD, HAZARD, INCIDENT, INCIDENT, INCIDENT, INCIDENT,
	SERVICE, SERVICE, SERVICE, SERVICE, OTHER,
};
_Static_assert(COUNT(family_of) == COUNT(categories), "a family for each category");

/*
 * fh's default deadlines (hours) and how long a station that keeps them
 * takes: most reports between quick and slow hours, the short ones more.
 */
static const struct {
	long deadline, quick, slow;
	const char *notes[3];
} families[] = {
	[HAZARD] = { 72, 1, 48, { "已督促整改，隐患消除", "现场整改完毕，已复查", "已清理，通道畅通" } },
	[INCIDENT] = { 168, 2, 96, { "已到场处置，双方达成和解", "已调查处理，告知当事人", "已移交办案队处理" } },
	[SERVICE] = { 24, 0, 8, { "已帮助解决，群众满意", "已办结并回访", "已当场解决" } },
	[OTHER] = { 168, 4, 120, { "已转相关部门处理", "已协调解决", "已办结并回访" } },
};

static const char *const officers[] = { "王警官", "李警官", "张警官" };
static const char *const dismissals[] = { "重复上报", "经核实情况不属实" };

enum fate { STAYS_OPEN, HANDLED, ASSIGNED, DISMISSED };

/*
 * What becomes of a report filed at the given minute: most are handled
 * within their deadline, a few late, some dismissed; of the last month's a
 * few are still with an officer past their deadline, and those filed too
 * lately to be handled yet are with an officer, or open for a day.
 * Sets *at to the minute it was handled and *pick to an index for its note,
 * officer or reason.
 */
static enum fate fate_of(const struct town *t, struct rng *h, int family, long filed,
			 long *at, int *pick)
{
	double u = unif(h), v = unif(h);
	long age = t->now - filed, deadline = families[family].deadline * 60, delay;

	*pick = (int)below(h, 3);
	if (u < 0.03) {
		*pick %= COUNT(dismissals);
		return age >= 1440 ? DISMISSED : STAYS_OPEN;
	}
	if (u < 0.045 || (u < 0.12 && age < 30 * 1440)) {
		/* Old ones are done by now; the last month's wait for an officer. */
		if (age < 30 * 1440)
			return age >= 1440 ? ASSIGNED : STAYS_OPEN;
		u = 0.05;
	}
	if (u < 0.11)
		delay = deadline + 60 * (2 + below(h, 120));
	else
		delay = 10 + 60 * families[family].quick +
			(long)(v * v * 60.0 * (double)(families[family].slow - families[family].quick));
	*at = filed + delay;
	if (*at < t->now)
		return HANDLED;
	return age >= 1440 ? ASSIGNED : STAYS_OPEN;
}

/*
 * Writes, as a shell script, the fh-report commands that take the n reports
 * (filed as ids 1 .. n, with the given categories and times) through the
 * year: each handled one at its own time, then the still open ones given to
 * officers and the dismissed ones dismissed, a command for each officer and
 * reason.
 */
static int write_handling(const struct town *t, long n, uint64_t seed, const int *cats,
			  const long *minutes)
{
	struct rng h = { seed * 4 + 5 };
	int *fate = malloc((size_t)(n ? n : 1) * sizeof(*fate));
	int *pick = malloc((size_t)(n ? n : 1) * sizeof(*pick));

	if (!fate || !pick) {
		free(fate);
		free(pick);
		return -1;
	}
	printf("#!/bin/sh\n# The handling of the reports of gen-station --seed %llu --reports %ld,\n"
	       "# once imported into a new database (ids 1 .. %ld).\nset -e\n",
	       (unsigned long long)seed, n, n);
	for (long i = 0; i < n; i++) {
		int family = family_of[cats[i]];
		long at = 0;
		char when[FH_TIME_LEN];

		fate[i] = fate_of(t, &h, family, minutes[i], &at, &pick[i]);
		if (fate[i] != HANDLED)
			continue;
		minute_time(t, at, when);
		printf("fh-report handle %ld --at '%s' --note %s\n", i + 1, when, families[family].notes[pick[i]]);
	}
	for (int k = 0; k < COUNT(officers) + COUNT(dismissals); k++) {
		int dismiss = k >= COUNT(officers), which = dismiss ? k - COUNT(officers) : k;
		int any = 0;

		for (long i = 0; i < n; i++) {
			if (fate[i] != (dismiss ? DISMISSED : ASSIGNED) || pick[i] != which)
				continue;
			printf("%s %ld", any ? "" : dismiss ? "fh-report dismiss" : "fh-report assign --new", i + 1);
			any = 1;
		}
		if (any && dismiss)
			printf(" --reason %s\n", dismissals[which]);
		else if (any)
			printf(" %s\n", officers[which]);
	}
	free(fate);
	free(pick);
	return 0;
}

/* Writes the reports, or with handling the commands that handle them. */
static int reports_out(const struct town *t, long n, uint64_t seed, int handling)
{
	int *cats;
	long *minutes;
	int rc;

	if (!handling)
		return write_reports(t, n, seed, NULL, NULL);
	cats = malloc((size_t)(n ? n : 1) * sizeof(*cats));
	minutes = malloc((size_t)(n ? n : 1) * sizeof(*minutes));
	rc = cats && minutes ? write_reports(t, n, seed, cats, minutes) : -1;
	if (!rc)
		rc = write_handling(t, n, seed, cats, minutes);
	free(cats);
	free(minutes);
	return rc;
}

/* Sets the year the dates fall in: the 365 days up to now, as fh sees it. */
static int set_clock(struct town *t)
{
	struct fh_error err = { 0 };
	struct fh_time now;

	if (fh_now(&now, &err)) {
		fprintf(stderr, "gen-station: %s\n", err.msg);
		return -1;
	}
	t->start = now;
	t->start.hour = t->start.minute = 0;
	fh_time_add_days(&t->start, -365);
	t->now = 365 * 1440 + now.hour * 60 + now.minute;
	return 0;
}

/* Parses a whole number in [min, max] or exits with the usage. */
static long number(const char *s, long min, long max, const char *opt)
{
	char *end;
	long v = strtol(s, &end, 10);

	if (!*s || *end || v < min || v > max) {
		fprintf(stderr, "gen-station: invalid %s '%s' (expected %ld..%ld)\n", opt, s, min, max);
		exit(2);
	}
	return v;
}

int main(int argc, char **argv)
{
	static const struct option options[] = {
		{ "members", required_argument, NULL, 'n' },
		{ "zones", required_argument, NULL, 'z' },
		{ "mobile", required_argument, NULL, 'm' },
		{ "seed", required_argument, NULL, 's' },
		{ "format", required_argument, NULL, 'f' },
		{ "grouped", no_argument, NULL, 'g' },
		{ "reports", required_argument, NULL, 'r' },
		{ "handling", no_argument, NULL, 'H' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct town t = { .members = 1300, .mobile = 50, .zones = 4 };
	uint64_t seed = 1;
	int csv = 0, grouped = 0, handling = 0, c, status = 0;
	long reports = -1;

	while ((c = getopt_long(argc, argv, "h", options, NULL)) != -1) {
		switch (c) {
		case 'n':
			t.members = number(optarg, 0, 100000000, "--members");
			break;
		case 'z':
			t.zones = (int)number(optarg, 1, 10000, "--zones");
			break;
		case 'm':
			t.mobile = number(optarg, 0, 999, "--mobile");
			break;
		case 's':
			seed = (uint64_t)number(optarg, 0, 0x7fffffffL, "--seed");
			break;
		case 'f':
			if (!strcmp(optarg, "csv"))
				csv = 1;
			else if (strcmp(optarg, "yaml")) {
				fprintf(stderr, "gen-station: unknown format '%s' (expected yaml or csv)\n", optarg);
				return 2;
			}
			break;
		case 'g':
			grouped = 1;
			break;
		case 'r':
			reports = number(optarg, 0, 100000000, "--reports");
			break;
		case 'H':
			handling = 1;
			break;
		case 'h':
			fputs(usage, stdout);
			return 0;
		default:
			fputs(usage, stderr);
			return 2;
		}
	}
	if (optind < argc) {
		fprintf(stderr, "gen-station: unexpected argument '%s'\n", argv[optind]);
		fputs(usage, stderr);
		return 2;
	}
	if (handling && reports < 0) {
		fprintf(stderr, "gen-station: --handling needs --reports N\n");
		return 2;
	}
	if (set_clock(&t))
		return 1;
	if (lay_out(&t, seed) || (grouped && form_groups(&t, seed))) {
		fprintf(stderr, "gen-station: out of memory\n");
		return 1;
	}
	t.width = digits(t.members) < 4 ? 4 : digits(t.members);
	t.gwidth = digits(t.ngroups) < 3 ? 3 : digits(t.ngroups);
	if (reports >= 0)
		status = reports_out(&t, reports, seed, handling);
	else if (csv)
		write_csv(&t, seed);
	else
		write_yaml(&t, seed);
	if (status || fflush(stdout) || ferror(stdout) || fclose(stdout)) {
		fprintf(stderr, "gen-station: cannot write the output\n");
		status = 1;
	}
	free(t.m);
	free(t.leader);
	free(t.letter);
	free(t.group_zone);
	return status;
}
