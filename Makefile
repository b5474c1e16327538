# fh: a plain Makefile.  `make` builds everything into $(BUILD); `make check`
# runs every test; `make sanitize` runs them again under ASan and UBSan.

PREFIX  ?= /usr/local
BINDIR  ?= $(PREFIX)/bin
MANDIR  ?= $(PREFIX)/share/man
DESTDIR ?=
BUILD   ?= build

CC      ?= cc
CFLAGS  ?= -O2 -g
PKG_CONFIG ?= pkg-config
PKGS    = sqlite3 yaml-0.1 jansson libutf8proc nettle
WARN    = -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
          -Wformat=2 -Wno-format-nonliteral
SANITIZERS = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
SANFLAGS = $(if $(SAN),$(SANITIZERS))
# Evaluated when used, so `make deps` can run before the packages exist.
PKG_CFLAGS = $(shell $(PKG_CONFIG) --cflags $(PKGS))
PKG_LIBS   = $(shell $(PKG_CONFIG) --libs $(PKGS))
ALL_CFLAGS = -std=c17 -D_GNU_SOURCE -Iinclude $(PKG_CFLAGS) $(WARN) $(SANFLAGS) $(CFLAGS) -MMD -MP
ALL_LDFLAGS = $(SANFLAGS) $(LDFLAGS)
LIBS    = $(PKG_LIBS) -lcsv -lpthread -lm

# Debian packages the build, the tests and the demo need.
DEB_PKGS = make gcc pkg-config libsqlite3-dev libyaml-dev libjansson-dev \
           libutf8proc-dev libcsv-dev libcmocka-dev nettle-dev sqlite3 mandoc

LIB_SRCS  = $(wildcard lib/*.c)
LIB_OBJS  = $(LIB_SRCS:%.c=$(BUILD)/%.o)
CMD_SRCS  = $(wildcard cmd/*.c)
BINS      = $(CMD_SRCS:cmd/%.c=$(BUILD)/bin/%)
UNIT_SRCS = $(wildcard tests/unit/test_*.c)
UNITS     = $(UNIT_SRCS:tests/unit/%.c=$(BUILD)/tests/%)
MANS      = $(wildcard man/*.[1-9])
# Example tools (data generators), built but not installed.
EXAMPLE_SRCS = $(wildcard examples/*.c)
EXAMPLE_BINS = $(EXAMPLE_SRCS:examples/%.c=$(BUILD)/examples/%)
LIBFH     = $(BUILD)/libfh.a

.PHONY: all check unit-tests sanitize install uninstall clean deps demo bench check-man
.DELETE_ON_ERROR:

all: $(BINS) $(EXAMPLE_BINS) $(BUILD)/fh_bigram.so

$(BUILD)/%.o: %.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(LIBFH): $(LIB_OBJS)
	@mkdir -p $(@D)
	rm -f $@
	$(AR) rcs $@ $^

$(BUILD)/bin/%: $(BUILD)/cmd/%.o $(LIBFH)
	@mkdir -p $(@D)
	$(CC) $(ALL_LDFLAGS) -o $@ $< $(LIBFH) $(LIBS)

$(BUILD)/examples/%: $(BUILD)/examples/%.o $(LIBFH)
	@mkdir -p $(@D)
	$(CC) $(ALL_LDFLAGS) -o $@ $< $(LIBFH) $(LIBS)

$(BUILD)/tests/%: $(BUILD)/tests/unit/%.o $(LIBFH)
	@mkdir -p $(@D)
	$(CC) $(ALL_LDFLAGS) -o $@ $< $(LIBFH) $(LIBS) $(shell $(PKG_CONFIG) --libs cmocka)

# The search tokenizer for the sqlite3 shell (see ext/fh_bigram.c).
$(BUILD)/fh_bigram.so: ext/fh_bigram.c lib/tokenizer.c include/fh/tokenizer.h
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -fPIC -shared -MF $(BUILD)/fh_bigram.d -o $@ $<

unit-tests: $(UNITS)

# Installs the Debian packages that pkg-config (or the shell) cannot find.
deps:
	@if $(PKG_CONFIG) --exists $(PKGS) cmocka 2>/dev/null && [ -f /usr/include/csv.h ] && \
	    command -v sqlite3 >/dev/null && command -v mandoc >/dev/null; then :; else \
	  echo "installing: $(DEB_PKGS)"; \
	  SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $(DEB_PKGS); \
	fi

check: deps
	@$(MAKE) --no-print-directory all unit-tests
	@BUILD=$(BUILD) sh tests/check.sh

sanitize: deps
	@$(MAKE) --no-print-directory BUILD=build-san SAN=1 check

check-man: deps
	@sh tests/check-man.sh $(MANS)

demo: deps
	@$(MAKE) --no-print-directory all
	@BUILD=$(BUILD) sh examples/demo.sh

bench: deps
	@$(MAKE) --no-print-directory all
	@BUILD=$(BUILD) sh bench/run.sh

install: all
	mkdir -p $(DESTDIR)$(BINDIR)
	for b in $(BINS); do install -m 755 $$b $(DESTDIR)$(BINDIR)/; done
	for m in $(MANS); do s=$${m##*.}; mkdir -p $(DESTDIR)$(MANDIR)/man$$s; \
	  install -m 644 $$m $(DESTDIR)$(MANDIR)/man$$s/; done

uninstall:
	for b in $(BINS); do rm -f $(DESTDIR)$(BINDIR)/$${b##*/}; done
	for m in $(MANS); do s=$${m##*.}; rm -f $(DESTDIR)$(MANDIR)/man$$s/$${m##*/}; done

clean:
	rm -rf build build-san

-include $(BUILD)/fh_bigram.d $(EXAMPLE_BINS:=.d) $(LIB_OBJS:.o=.d) $(BINS:$(BUILD)/bin/%=$(BUILD)/cmd/%.d) $(UNITS:$(BUILD)/tests/%=$(BUILD)/tests/unit/%.d)
