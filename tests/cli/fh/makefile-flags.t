The Makefile honours CPPFLAGS, CFLAGS and LDFLAGS on every compile and
link (the shell extension's too), as a packager's hardening flags need; and
it keeps its objects, so the build just made is up to date (a second make
does nothing).
--- run
make -n -C "$TOP" BUILD="$PWD/b" CPPFLAGS=-DCPP_MARK CFLAGS='-O1 -DC_MARK' LDFLAGS=-Wl,-z,now all |
	grep -e ' -o ' | grep -v -e '^msgfmt' >lines
awk '/ -c / { c++; if (!/-DCPP_MARK/ || !/-DC_MARK/) print "compile without the flags: " $0; next }
     { l++; if (!/-Wl,-z,now/) print "link without LDFLAGS: " $0
	    if (/-shared/ && (!/-DCPP_MARK/ || !/-DC_MARK/)) print "extension without the flags: " $0 }
     END { print (c > 30 ? "compiles" : "few compiles: " c), (l > 8 ? "links" : "few links: " l) }' lines
make -q -C "$TOP" BUILD="$FH_BUILD" all && echo up to date
--- stdout
compiles links
up to date
--- locales
C.UTF-8
