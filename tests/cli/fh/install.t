make install honours DESTDIR and PREFIX; the installed fh runs, and its tokenizer loads into the sqlite3 shell; uninstall removes it all.  Installed under any PREFIX (with or without DESTDIR), the binaries find their catalogue beside them and speak Chinese under zh_CN.UTF-8 without FH_LOCALEDIR, and so do the binaries in the build directory.
--- run
make -s -C "$TOP" BUILD="$FH_BUILD" install DESTDIR="$PWD/inst" PREFIX=/usr >/dev/null
inst/usr/bin/fh --version
inst/usr/bin/fh init --station 测试
sqlite3 -cmd ".load $PWD/inst/usr/lib/fh/fh_bigram" fh.db "INSERT INTO reports(category, reported_at, text) VALUES ('fire', '2026-11-23 09:00', '消防通道堵塞')"
inst/usr/bin/fh sql --no-header "SELECT count(*) FROM reports_fts WHERE reports_fts MATCH '\"通道\"'"
test -f inst/usr/share/man/man1/fh.1 && test -f inst/usr/share/man/man7/fh-schema.7 && echo man-ok
test -f inst/usr/share/bash-completion/completions/fh && echo completion-ok
test -f inst/usr/share/locale/zh_CN/LC_MESSAGES/fh.mo && echo catalogue-ok
make -s -C "$TOP" BUILD="$FH_BUILD" install PREFIX="$PWD/opt" >/dev/null
unset FH_LOCALEDIR
LC_ALL=zh_CN.UTF-8 inst/usr/bin/fh-report list --bogus
LC_ALL=zh_CN.UTF-8 opt/bin/fh-group list --bogus
LC_ALL=zh_CN.UTF-8 "$FH_BUILD/bin/fh" bogus
LC_ALL=C.UTF-8 opt/bin/fh bogus
make -s -C "$TOP" BUILD="$FH_BUILD" uninstall DESTDIR="$PWD/inst" PREFIX=/usr >/dev/null
make -s -C "$TOP" BUILD="$FH_BUILD" uninstall PREFIX="$PWD/opt" >/dev/null
find inst opt -type f | wc -l
--- stdout
fh (fh) 0.1.0
1
man-ok
completion-ok
catalogue-ok
0
--- stderr
fh-report: 未知选项 '--bogus'（见 'fh-report --help'）
fh-group: 未知选项 '--bogus'（见 'fh-group --help'）
fh: 未知命令 'bogus'（见 'fh --help'）
fh: unknown command 'bogus' (see 'fh --help')
--- locales
C.UTF-8
