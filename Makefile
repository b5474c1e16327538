# fh: a plain Makefile.  `make` builds everything into $(BUILD); `make check`
# runs every test; `make sanitize` runs them again under ASan and UBSan.

PREFIX  ?= /usr/local
BINDIR  ?= $(PREFIX)/bin
MANDIR  ?= $(PREFIX)/share/man
LIBDIR  ?= $(PREFIX)/lib
LOCALEDIR ?= $(PREFIX)/share/locale
COMPLETIONDIR ?= $(PREFIX)/share/bash-completion/completions
DESTDIR ?=
BUILD   ?= build

CC      ?= cc
CFLAGS  ?= -O2 -g
PKG_CONFIG ?= pkg-config
PKGS    = sqlite3 yaml-0.1 jansson libutf8proc nettle
WARN    = -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
          -Wformat=2 -Wno-format-nonliteral
SANITIZERS = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_CFLAGS = -fsanitize=fuzzer-no-link,address,undefined
SANFLAGS = $(if $(SAN),$(SANITIZERS)) $(if $(FUZZ),$(FUZZ_CFLAGS))
# Evaluated when used, so `make deps` can run before the packages exist.
PKG_CFLAGS = $(shell $(PKG_CONFIG) --cflags $(PKGS))
PKG_LIBS   = $(shell $(PKG_CONFIG) --libs $(PKGS))
# CPPFLAGS, CFLAGS and LDFLAGS come last, so a packager's (dpkg-buildflags:
# _FORTIFY_SOURCE, -fstack-protector, -z now) apply to every compile and link.
ALL_CFLAGS = -std=c17 -D_GNU_SOURCE -Iinclude $(PKG_CFLAGS) $(WARN) $(SANFLAGS) $(CPPFLAGS) $(CFLAGS) -MMD -MP
ALL_LDFLAGS = $(SANFLAGS) $(LDFLAGS)
# The shell extension is loaded by a program without the sanitizer runtime.
EXT_CFLAGS = -std=c17 -D_GNU_SOURCE -Iinclude $(PKG_CFLAGS) $(WARN) $(CPPFLAGS) $(CFLAGS)
LIBS    = $(PKG_LIBS) -lcsv -lpthread -lm

# Debian packages the build, the tests and the demo need (faketime runs
# the demo on other days, hyperfine times the benchmarks, lintian checks
# the .deb in CI).
DEB_PKGS = make gcc pkg-config libsqlite3-dev libyaml-dev libjansson-dev \
           libutf8proc-dev libcsv-dev libcmocka-dev nettle-dev sqlite3 mandoc gettext locales \
           faketime hyperfine lintian python3-jsonschema libxml2-utils

LIB_SRCS  = $(wildcard lib/*.c lib/*/*.c)
# The long options that take a value, made from cmd/'s getopt tables
# (tools/value-options.sh) and linked into libfh for lib/io/cli.c.
GEN_VALUE_OPTIONS = $(BUILD)/gen/value_options.c
LIB_OBJS  = $(LIB_SRCS:%.c=$(BUILD)/%.o) $(BUILD)/gen/value_options.o
CMD_SRCS  = $(wildcard cmd/*.c)
BINS      = $(CMD_SRCS:cmd/%.c=$(BUILD)/bin/%)
UNIT_SRCS = $(wildcard tests/unit/test_*.c)
UNITS     = $(UNIT_SRCS:tests/unit/%.c=$(BUILD)/tests/%)
MANS      = $(wildcard man/*.[1-9])
POS       = $(wildcard po/*.po)
MOS       = $(POS:po/%.po=$(BUILD)/locale/%/LC_MESSAGES/fh.mo)
# Example tools (data generators), built but not installed.
EXAMPLE_SRCS = $(wildcard examples/*.c)
EXAMPLE_BINS = $(EXAMPLE_SRCS:examples/%.c=$(BUILD)/examples/%)
LIBFH     = $(BUILD)/libfh.a

.PHONY: deb pot fuzz fuzzers all check check-valgrind unit-tests sanitize install uninstall clean deps demo bench check-man stress
.DELETE_ON_ERROR:
# Objects are kept between builds (make would delete the intermediate ones
# of cmd/, examples/ and tests/), so a second `make` has nothing to do.
.SECONDARY:

all: $(BINS) $(EXAMPLE_BINS) $(BUILD)/fh_bigram.so $(MOS)

# The tools find their catalogues beside themselves (PREFIX/share/locale,
# whatever PREFIX install is given, or build/locale: see lib/base/i18n.c); this
# place is only the last resort, and $$FH_LOCALEDIR overrides them all.
$(BUILD)/lib/base/i18n.o: ALL_CFLAGS += -DFH_LOCALEDIR='"$(LOCALEDIR)"'

$(BUILD)/locale/%/LC_MESSAGES/fh.mo: po/%.po
	@mkdir -p $(@D)
	msgfmt --check -o $@ $<

# A Debian package, built from a copy of the tracked files into build/deb/.
deb: deps
	@command -v dh >/dev/null && command -v dpkg-buildpackage >/dev/null || { \
	  SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; $$SUDO apt-get update -qq; \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends debhelper dpkg-dev; }
	rm -rf build/deb && mkdir -p build/deb/fh
	git ls-files -z | tar --null -T - -cf - | tar -xf - -C build/deb/fh
	cd build/deb/fh && dpkg-buildpackage -us -uc -b >../build.log 2>&1 || { tail -n 30 ../build.log; exit 1; }
	@ls build/deb/*.deb

# Refreshes the message template and merges it into every translation.
pot:
	xgettext --from-code=UTF-8 -k_ -kN_ -kfh_out_column:2 -kNC_:1c,2 --add-comments=TRANSLATORS \
	  --package-name=fh -o po/fh.pot $(sort $(wildcard cmd/*.c lib/*.c lib/*/*.c))
	for p in $(POS); do msgmerge -q --update --backup=none $$p po/fh.pot; done

$(BUILD)/%.o: %.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(GEN_VALUE_OPTIONS): tools/value-options.sh $(CMD_SRCS)
	@mkdir -p $(@D)
	sh tools/value-options.sh $(CMD_SRCS) > $@

$(BUILD)/gen/value_options.o: $(GEN_VALUE_OPTIONS)
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

# The floor fh-report add is measured against (bench/report-add.sh): SQLite alone.
$(BUILD)/bench/add-bare: bench/add-bare.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $< $(shell $(PKG_CONFIG) --libs sqlite3)

# The search tokenizer for the sqlite3 shell (see ext/fh_bigram.c).
$(BUILD)/fh_bigram.so: ext/fh_bigram.c lib/report/tokenizer.c include/fh/tokenizer.h
	@mkdir -p $(@D)
	$(CC) $(EXT_CFLAGS) -fPIC -shared -MMD -MP -MF $(BUILD)/fh_bigram.d $(LDFLAGS) -o $@ $<

unit-tests: $(UNITS)

# Installs the Debian packages that pkg-config (or the shell) cannot find.
deps:
	@if $(PKG_CONFIG) --exists $(PKGS) cmocka 2>/dev/null && [ -f /usr/include/csv.h ] && \
	    command -v sqlite3 >/dev/null && command -v mandoc >/dev/null && \
	    command -v msgfmt >/dev/null && command -v localedef >/dev/null && \
	    command -v faketime >/dev/null && command -v hyperfine >/dev/null && \
	    command -v lintian >/dev/null; then :; else \
	  echo "installing: $(DEB_PKGS)"; \
	  SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $(DEB_PKGS); \
	fi
	@# The tests run in Chinese too: the zh_CN.UTF-8 locale must exist.
	@locale -a 2>/dev/null | grep -qi '^zh_CN.utf-\?8$$' || { \
	  SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  [ -f /usr/share/i18n/locales/zh_CN ] || { $$SUDO apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends locales; }; \
	  $$SUDO localedef -i zh_CN -f UTF-8 zh_CN.UTF-8; }

check: deps
	@$(MAKE) --no-print-directory all unit-tests
	@BUILD=$(BUILD) sh tests/check.sh

sanitize: deps
	@$(MAKE) --no-print-directory BUILD=build-san SAN=1 check

# libFuzzer targets, one per parser (fuzz/fuzz_*.c), built with clang into
# build-fuzz and each run for FUZZ_SECONDS on its corpus in fuzz/corpus/.
FUZZ_SECONDS ?= 30
# FUZZ_RUNS=N instead runs each target N inputs from a fixed seed, the same
# every time (CI's choice: a finding shows up here before it can in CI).
FUZZ_LIMIT = $(if $(FUZZ_RUNS),-runs=$$runs -seed=1,-max_total_time=$(FUZZ_SECONDS))
# A target whose every input builds and imports whole databases (the roster
# round trip: about 7 ms an input under the sanitizers) runs at most
# FUZZ_RUNS_SLOW inputs under FUZZ_RUNS, so CI stays within its time.
FUZZ_SLOW = fuzz_roster_roundtrip
FUZZ_RUNS_SLOW ?= 5000
FUZZ_SRCS = $(wildcard fuzz/fuzz_*.c)
FUZZERS   = $(FUZZ_SRCS:fuzz/%.c=$(BUILD)/fuzz/%)

$(BUILD)/fuzz/%: $(BUILD)/fuzz/%.o $(LIBFH)
	@mkdir -p $(@D)
	$(CC) -fsanitize=fuzzer,address,undefined $(LDFLAGS) -o $@ $< $(LIBFH) $(LIBS)

fuzzers: $(FUZZERS)

fuzz: deps
	@command -v clang >/dev/null && [ -n "$$(ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a 2>/dev/null)" ] || { \
	  SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; $$SUDO apt-get update -qq; \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends clang libclang-rt-14-dev; }
	@$(MAKE) --no-print-directory BUILD=build-fuzz CC=clang FUZZ=1 fuzzers
	@fail=0; for f in $(FUZZ_SRCS:fuzz/%.c=%); do \
	  mkdir -p build-fuzz/corpus/$${f#fuzz_}; \
	  runs=$(FUZZ_RUNS); case " $(FUZZ_SLOW) " in *" $$f "*) [ "$$runs" -gt $(FUZZ_RUNS_SLOW) ] 2>/dev/null && runs=$(FUZZ_RUNS_SLOW);; esac; \
	  build-fuzz/fuzz/$$f $(FUZZ_LIMIT) -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
	    -artifact_prefix=build-fuzz/$$f- build-fuzz/corpus/$${f#fuzz_} fuzz/corpus/$${f#fuzz_} \
	    >build-fuzz/$$f.log 2>&1 || { fail=1; echo "FAIL $$f:"; tail -n 40 build-fuzz/$$f.log; }; \
	  echo "$$f: $$(grep -Eo 'Done [0-9]+ runs in [0-9]+ second' build-fuzz/$$f.log)"; \
	done; exit $$fail

# The library's unit tests under valgrind: no leaks, no invalid accesses.
check-valgrind: deps
	@$(MAKE) --no-print-directory unit-tests
	@fail=0; for t in $(UNITS); do \
	  valgrind -q --leak-check=full --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect \
	    --error-exitcode=1 $$t >/dev/null 2>$(BUILD)/valgrind.log || { fail=1; echo "FAIL valgrind $$t"; cat $(BUILD)/valgrind.log; }; \
	done; [ $$fail = 0 ] && echo "valgrind: $(words $(UNITS)) unit test programs clean"

check-man: deps
	@sh tests/check-man.sh $(MANS)

demo: deps
	@$(MAKE) --no-print-directory all
	@BUILD=$(BUILD) sh examples/demo.sh

bench: deps
	@$(MAKE) --no-print-directory all $(BUILD)/bench/add-bare
	@BUILD=$(BUILD) sh bench/run.sh

# The stress tests at full size, by hand: make check runs them small (six
# seconds; eight kills over 3,000 rows).  STRESS_SECONDS of STRESS_FILERS
# processes filing reports beside the handlers, statistics, backups and a
# restore; then STRESS_ROUNDS kills of each bulk write over STRESS_ROWS
# rows.  Prints the verdicts and, on stderr, the figures.
STRESS_SECONDS ?= 60
STRESS_FILERS ?= 12
STRESS_ROUNDS ?= 20
STRESS_ROWS ?= 20000

stress: deps
	@$(MAKE) --no-print-directory all
	@top=$$(pwd); d=$$(mktemp -d "$${TMPDIR:-/tmp}/fh-stress.XXXXXX"); cd "$$d" && \
	  PATH="$$top/$(BUILD)/bin:$$PATH" bash "$$top/tests/stress/concurrency.sh" $(STRESS_SECONDS) $(STRESS_FILERS); \
	  rm -f fh.db fh.db-wal fh.db-shm; \
	  PATH="$$top/$(BUILD)/bin:$$PATH" GEN="$$top/$(BUILD)/examples/gen-station" \
	    bash "$$top/tests/stress/crash.sh" $(STRESS_ROUNDS) $(STRESS_ROWS); \
	  rc=$$?; cd "$$top"; rm -rf "$$d"; exit $$rc

install: all
	mkdir -p $(DESTDIR)$(BINDIR)
	for b in $(BINS); do install -m 755 $$b $(DESTDIR)$(BINDIR)/; done
	mkdir -p $(DESTDIR)$(LIBDIR)/fh $(DESTDIR)$(COMPLETIONDIR)
	for b in $(BINS); do install -m 644 completion/fh.bash $(DESTDIR)$(COMPLETIONDIR)/$${b##*/}; done
	install -m 644 $(BUILD)/fh_bigram.so $(DESTDIR)$(LIBDIR)/fh/
	for p in $(POS:po/%.po=%); do mkdir -p $(DESTDIR)$(LOCALEDIR)/$$p/LC_MESSAGES; \
	  install -m 644 $(BUILD)/locale/$$p/LC_MESSAGES/fh.mo $(DESTDIR)$(LOCALEDIR)/$$p/LC_MESSAGES/; done
	for m in $(MANS); do s=$${m##*.}; mkdir -p $(DESTDIR)$(MANDIR)/man$$s; \
	  install -m 644 $$m $(DESTDIR)$(MANDIR)/man$$s/; done

uninstall:
	for b in $(BINS); do rm -f $(DESTDIR)$(BINDIR)/$${b##*/} $(DESTDIR)$(COMPLETIONDIR)/$${b##*/}; done
	rm -f $(DESTDIR)$(LIBDIR)/fh/fh_bigram.so
	for p in $(POS:po/%.po=%); do rm -f $(DESTDIR)$(LOCALEDIR)/$$p/LC_MESSAGES/fh.mo; done
	-rmdir $(DESTDIR)$(LIBDIR)/fh 2>/dev/null
	for m in $(MANS); do s=$${m##*.}; rm -f $(DESTDIR)$(MANDIR)/man$$s/$${m##*/}; done

clean:
	rm -rf build build-san build-clang build-fuzz

-include $(FUZZERS:=.d) $(BUILD)/fh_bigram.d $(BUILD)/gen/value_options.d $(EXAMPLE_BINS:=.d) $(LIB_OBJS:.o=.d) $(BINS:$(BUILD)/bin/%=$(BUILD)/cmd/%.d) $(UNITS:$(BUILD)/tests/%=$(BUILD)/tests/unit/%.d)
